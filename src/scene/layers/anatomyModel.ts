/**
 * Muscles and bones from the body model, merged for drawing: every `muscle.<id>.R|L` mesh under
 * the model goes into ONE world-space geometry with a per-vertex `muscleIndex` (so ~160 muscles
 * are one draw call whose highlight and dimming are shader uniforms), and every `bone.*` mesh
 * into one more. Positions and normals are read through getX/Y/Z and the node's world matrix
 * (the GLB is quantised), exactly like the skin. A fibre attribute, when the model has one, is
 * carried over as `fibre` (vec2 with v across the fibres, or a vec3 direction; fibre.ts). A model without these nodes gives null parts.
 */
import { Box3, BufferAttribute, BufferGeometry, Mesh, Vector3, type Object3D } from 'three';
import { findFibreAttribute, tendonFractions, tendonShare, type FibreKind } from './fibre';
import { writeWorldVertices } from '../body/worldVertices';
import { isBoneNode, parseMuscleNode, type MuscleNodeRef } from './nodeNames';

/** One muscle on one side inside the merged geometry. */
export interface MusclePart extends MuscleNodeRef {
  /** The model's node name, e.g. `muscle.deltoid.R`. */
  readonly name: string;
  /** Its triangles: index-buffer range [start, start + count). */
  readonly start: number;
  readonly count: number;
  readonly box: Box3;
}

export interface MuscleSet {
  readonly geometry: BufferGeometry;
  readonly parts: readonly MusclePart[];
  readonly indexByName: ReadonlyMap<string, number>;
  /** What the `fibre` attribute holds, or null when the model has no fibre data. */
  readonly fibre: FibreKind | null;
  /** Whether the geometry has a `tendon` attribute (0 belly … 1 tendon), from node extras. */
  readonly tendons: boolean;
}

export interface AnatomyParts {
  readonly muscles: MuscleSet | null;
  readonly bones: BufferGeometry | null;
}

/**
 * A node's name as written in the file. GLTFLoader strips dots from `Object3D.name`
 * (`muscle.deltoid.R` → `muscledeltoidR`) and keeps the original in `userData.name`.
 */
export const gltfName = (o: Object3D): string =>
  typeof o.userData.name === 'string' ? o.userData.name : o.name;

const meshesOf = (node: Object3D): Mesh[] => {
  const out: Mesh[] = [];
  node.traverse((o) => {
    if (
      o instanceof Mesh &&
      o.geometry instanceof BufferGeometry &&
      o.geometry.getAttribute('position')
    )
      out.push(o);
  });
  return out;
};

interface Merged {
  geometry: BufferGeometry;
  /** First index and index count of each input mesh. */
  ranges: [number, number][];
}

/** Merge meshes into one world-space geometry; `extra` writes per-vertex values per mesh. */
/** A per-vertex attribute written mesh by mesh while merging. */
interface Extra {
  name: string;
  size: number;
  fill: (mesh: Mesh, meshIndex: number, out: Float32Array, base: number) => void;
}

function merge(meshes: readonly Mesh[], extras: readonly Extra[]): Merged {
  const total = meshes.reduce((n, m) => n + m.geometry.getAttribute('position').count, 0);
  const positions = new Float32Array(total * 3);
  const normals = new Float32Array(total * 3);
  const extraArrays = extras.map((e) => new Float32Array(total * e.size));
  const indexCount = meshes.reduce(
    (n, m) => n + (m.geometry.getIndex()?.count ?? m.geometry.getAttribute('position').count),
    0,
  );
  const indices = total > 65535 ? new Uint32Array(indexCount) : new Uint16Array(indexCount);
  const ranges: [number, number][] = [];
  let base = 0;
  let at = 0;
  meshes.forEach((mesh, k) => {
    mesh.updateWorldMatrix(true, false);
    const pos = mesh.geometry.getAttribute('position');
    writeWorldVertices(mesh, positions, normals, base);
    extras.forEach((e, j) => e.fill(mesh, k, extraArrays[j] as Float32Array, base));
    const start = at;
    const source = mesh.geometry.getIndex()?.array;
    const vertex = (i: number) => (source ? (source[i] ?? 0) : i) + base;
    // The mirror transform of a left-side node (negative determinant) would turn faces inside out.
    const flip = mesh.matrixWorld.determinant() < 0;
    const count = source ? (mesh.geometry.getIndex()?.count ?? 0) : pos.count;
    for (let i = 0; i + 2 < count; i += 3) {
      indices[at++] = vertex(i);
      indices[at++] = vertex(flip ? i + 2 : i + 1);
      indices[at++] = vertex(flip ? i + 1 : i + 2);
    }
    ranges.push([start, at - start]);
    base += pos.count;
  });
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setAttribute('normal', new BufferAttribute(normals, 3));
  extras.forEach((e, j) =>
    geometry.setAttribute(e.name, new BufferAttribute(extraArrays[j] as Float32Array, e.size)),
  );
  geometry.setIndex(new BufferAttribute(at === indexCount ? indices : indices.slice(0, at), 1));
  if (meshes.some((m) => !m.geometry.getAttribute('normal'))) geometry.computeVertexNormals();
  geometry.computeBoundingBox();
  geometry.computeBoundingSphere();
  return { geometry, ranges };
}

function extractMuscles(root: Object3D): MuscleSet | null {
  const found: {
    mesh: Mesh;
    ref: MuscleNodeRef;
    name: string;
    tendon: [number, number] | null;
  }[] = [];
  root.traverse((o) => {
    const name = gltfName(o);
    const ref = parseMuscleNode(name);
    if (!ref) return;
    const tendon = tendonFractions(o.userData);
    for (const mesh of meshesOf(o)) found.push({ mesh, ref, name, tendon });
  });
  if (found.length === 0) return null;
  // A fixed order (by name) keeps muscle indices stable whatever the file's node order.
  found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const fibre = findFibreAttribute(found.map((f) => f.mesh.geometry));
  const names = [...new Set(found.map((f) => f.name))];
  const indexOf = new Map(names.map((n, i) => [n, i]));
  const extras: Extra[] = [
    {
      name: 'muscleIndex',
      size: 1,
      fill: (mesh: Mesh, k: number, out: Float32Array, base: number) => {
        const count = mesh.geometry.getAttribute('position').count;
        out.fill(indexOf.get(found[k]?.name ?? '') ?? 0, base, base + count);
      },
    },
  ];
  if (fibre) {
    const size = fibre.kind === 'direction' ? 3 : 2;
    extras.push({
      name: 'fibre',
      size,
      fill: (mesh, _k, out, base) => {
        const a = mesh.geometry.getAttribute(fibre.attribute);
        for (let i = 0; i < a.count; i++)
          for (let c = 0; c < size; c++)
            out[(base + i) * size + c] = c < a.itemSize ? a.getComponent(i, c) : 0;
      },
    });
  }
  // Tendon ends need u along the fibre, which only the 'across' fibre coordinates carry.
  const tendons = fibre?.kind === 'across' && found.some((f) => f.tendon);
  if (fibre && tendons)
    extras.push({
      name: 'tendon',
      size: 1,
      fill: (mesh, k, out, base) => {
        const a = mesh.geometry.getAttribute(fibre.attribute);
        const fractions = found[k]?.tendon ?? [0, 0];
        for (let i = 0; i < a.count; i++) out[base + i] = tendonShare(a.getX(i), fractions);
      },
    });
  const { geometry, ranges } = merge(
    found.map((f) => f.mesh),
    extras,
  );
  const index = geometry.getIndex();
  const position = geometry.getAttribute('position');
  const parts: MusclePart[] = names.map((name) => {
    const ref = parseMuscleNode(name) as MuscleNodeRef;
    // A node may hold several meshes (primitives): they were sorted next to each other.
    const mine = found
      .map((f, k) => (f.name === name ? ranges[k] : undefined))
      .filter((r) => r !== undefined);
    const start = Math.min(...mine.map((r) => r[0]));
    const count = mine.reduce((n, r) => n + r[1], 0);
    const box = new Box3();
    const v = new Vector3();
    for (let i = start; i < start + count; i++)
      box.expandByPoint(v.fromBufferAttribute(position, index?.getX(i) ?? i));
    return { ...ref, name, start, count, box };
  });
  return { geometry, parts, indexByName: indexOf, fibre: fibre?.kind ?? null, tendons };
}

function extractBones(root: Object3D): BufferGeometry | null {
  const meshes: Mesh[] = [];
  root.traverse((o) => {
    if (isBoneNode(gltfName(o))) meshes.push(...meshesOf(o));
  });
  return meshes.length ? merge([...new Set(meshes)], []).geometry : null;
}

/** Muscles and bones under `root` (the loaded model's scene), merged in the body frame. */
export function extractAnatomy(root: Object3D): AnatomyParts {
  root.updateWorldMatrix(true, true);
  return { muscles: extractMuscles(root), bones: extractBones(root) };
}
