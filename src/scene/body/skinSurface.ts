/**
 * The skin as the scene uses it: one BufferGeometry whose positions and
 * normals are plain Float32 in the body frame (world space), plus a `zone` attribute (vec2:
 * essential, spillover coverage) that paint.ts fills. The GLB may be quantized (int16/int8,
 * normalized, with the scale in the node matrix), so every attribute is read through
 * getX/getY/getZ and the node's world matrix is applied here, once, never in a shader.
 */
import { Box3, BufferAttribute, BufferGeometry, Mesh, type Object3D } from 'three';
import type { Box } from '../camera/views';
import { writeWorldVertices } from './worldVertices';

export interface SkinSurface {
  /** Geometry drawn at the identity transform: its coordinates already are the body frame. */
  readonly geometry: BufferGeometry;
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  /** Two coverage values per vertex, uploaded as the `zone` attribute. */
  readonly zone: BufferAttribute;
  readonly bounds: Box;
  readonly vertexCount: number;
}

/** The smallest index type for `vertexCount` vertices; a fitting Uint32Array is used as is. */
function indexArray(index: ArrayLike<number>, vertexCount: number): Uint16Array | Uint32Array {
  if (vertexCount <= 65535) return Uint16Array.from(index);
  return index instanceof Uint32Array ? index : Uint32Array.from(index);
}

/** Wrap world-space arrays (and an optional index) into a SkinSurface. */
export function surfaceFromArrays(
  positions: Float32Array,
  normals: Float32Array | null,
  index: ArrayLike<number> | null,
): SkinSurface {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  const count = positions.length / 3;
  if (index) geometry.setIndex(new BufferAttribute(indexArray(index, count), 1));
  if (normals) geometry.setAttribute('normal', new BufferAttribute(normals, 3));
  else geometry.computeVertexNormals();
  const normalArray = geometry.getAttribute('normal').array as Float32Array;
  const zone = new BufferAttribute(new Float32Array(count * 2), 2);
  geometry.setAttribute('zone', zone);
  geometry.computeBoundingBox();
  geometry.computeBoundingSphere();
  const bb = geometry.boundingBox ?? new Box3();
  return {
    geometry,
    positions,
    normals: normalArray,
    zone,
    bounds: { min: [bb.min.x, bb.min.y, bb.min.z], max: [bb.max.x, bb.max.y, bb.max.z] },
    vertexCount: count,
  };
}

/**
 * Collect every mesh under `root` (the `skin` node) into one world-space surface. Throws with a
 * plain message when there is nothing to draw.
 */
export function extractSkinSurface(root: Object3D): SkinSurface {
  root.updateWorldMatrix(true, true);
  const meshes: Mesh[] = [];
  root.traverse((o) => {
    if (
      o instanceof Mesh &&
      o.geometry instanceof BufferGeometry &&
      o.geometry.getAttribute('position')
    )
      meshes.push(o);
  });
  if (meshes.length === 0) throw new Error('the "skin" node holds no mesh');
  const total = meshes.reduce((n, m) => n + m.geometry.getAttribute('position').count, 0);
  const positions = new Float32Array(total * 3);
  const normals = new Float32Array(total * 3);
  const indexCount = meshes.reduce(
    (n, m) => n + (m.geometry.getIndex()?.count ?? m.geometry.getAttribute('position').count),
    0,
  );
  const indices = new Uint32Array(indexCount);
  let allNormals = true;
  let base = 0;
  let at = 0;
  for (const mesh of meshes) {
    const pos = mesh.geometry.getAttribute('position');
    if (!writeWorldVertices(mesh, positions, normals, base)) allNormals = false;
    const index = mesh.geometry.getIndex();
    if (index) {
      const source = index.array;
      for (let i = 0; i < index.count; i++) indices[at++] = (source[i] ?? 0) + base;
    } else for (let i = 0; i < pos.count; i++) indices[at++] = i + base;
    base += pos.count;
  }
  const surface = surfaceFromArrays(positions, allNormals ? normals : null, indices);
  if (allNormals) repairNormals(surface);
  return surface;
}

/**
 * Replace degenerate normals (zero or near-zero length, which light as black specks) with
 * normals computed from the faces around the vertex. Returns how many were repaired.
 */
export function repairNormals(surface: SkinSurface): number {
  const n = surface.normals;
  const bad = new Uint8Array(surface.vertexCount);
  let count = 0;
  for (let i = 0; i < surface.vertexCount; i++) {
    const x = n[i * 3] ?? 0,
      y = n[i * 3 + 1] ?? 0,
      z = n[i * 3 + 2] ?? 0;
    if (x * x + y * y + z * z < 0.25) {
      bad[i] = 1;
      count++;
    }
  }
  if (count === 0) return 0;
  // Area-weighted face normals (as BufferGeometry.computeVertexNormals), but only for the faces
  // around a bad vertex: the skin has ~100k faces and a handful of bad normals.
  const p = surface.positions;
  const index = surface.geometry.getIndex()?.array;
  const faces = index ? index.length : surface.vertexCount;
  const sum = new Map<number, [number, number, number]>();
  for (let f = 0; f + 2 < faces; f += 3) {
    const a = index ? (index[f] ?? 0) : f;
    const b = index ? (index[f + 1] ?? 0) : f + 1;
    const c = index ? (index[f + 2] ?? 0) : f + 2;
    if (!bad[a] && !bad[b] && !bad[c]) continue;
    const [ax, ay, az] = [p[a * 3] ?? 0, p[a * 3 + 1] ?? 0, p[a * 3 + 2] ?? 0];
    const [bx, by, bz] = [p[b * 3] ?? 0, p[b * 3 + 1] ?? 0, p[b * 3 + 2] ?? 0];
    const [cx, cy, cz] = [p[c * 3] ?? 0, p[c * 3 + 1] ?? 0, p[c * 3 + 2] ?? 0];
    // (c - b) × (a - b)
    const ux = cx - bx,
      uy = cy - by,
      uz = cz - bz;
    const vx = ax - bx,
      vy = ay - by,
      vz = az - bz;
    const face: [number, number, number] = [
      uy * vz - uz * vy,
      uz * vx - ux * vz,
      ux * vy - uy * vx,
    ];
    for (const v of [a, b, c]) {
      if (!bad[v]) continue;
      const acc = sum.get(v) ?? [0, 0, 0];
      sum.set(v, [acc[0] + face[0], acc[1] + face[1], acc[2] + face[2]]);
    }
  }
  for (let i = 0; i < surface.vertexCount; i++) {
    if (!bad[i]) continue;
    const [x, y, z] = sum.get(i) ?? [0, 0, 0];
    const length = Math.sqrt(x * x + y * y + z * z);
    const inv = length > 0 ? 1 / length : 0;
    n[i * 3] = x * inv;
    n[i * 3 + 1] = y * inv;
    n[i * 3 + 2] = z * inv;
  }
  surface.geometry.getAttribute('normal').needsUpdate = true;
  return count;
}
