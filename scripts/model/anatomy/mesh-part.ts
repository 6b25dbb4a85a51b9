/**
 * Meshes one anatomical part (a muscle or a bone) from its signed distance: manifold-3d's
 * levelSet over the part's box at an edge length fitted to its thinnest section, then
 * meshoptimizer's simplifier down to a triangle target, then smooth normals.
 * Invariant: deterministic; the output is a closed, consistently wound surface in the body frame.
 */
import { MeshoptSimplifier } from 'meshoptimizer';
import { manifold } from '../meshing';
import type { Mesh } from '../mesh-ops';
import { compact, vertexNormals } from '../mesh-zip';
import { dropFins } from '../simplify';
import type { SdfNode } from '../sdf';
import type { Vec3 } from '../vec';

export interface PartMesh {
  pos: Float32Array;
  nrm: Float32Array;
  tri: Uint32Array;
}

const area = (m: Mesh): number => {
  let a = 0;
  for (let t = 0; t < m.tri.length; t += 3) {
    const p = [0, 1, 2].map((k) => (m.tri[t + k] ?? 0) * 3);
    const [i, j, l] = p as [number, number, number];
    const ux = (m.pos[j] ?? 0) - (m.pos[i] ?? 0);
    const uy = (m.pos[j + 1] ?? 0) - (m.pos[i + 1] ?? 0);
    const uz = (m.pos[j + 2] ?? 0) - (m.pos[i + 2] ?? 0);
    const vx = (m.pos[l] ?? 0) - (m.pos[i] ?? 0);
    const vy = (m.pos[l + 1] ?? 0) - (m.pos[i + 1] ?? 0);
    const vz = (m.pos[l + 2] ?? 0) - (m.pos[i + 2] ?? 0);
    a += 0.5 * Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx);
  }
  return a;
};

/**
 * Meshes `node` at `edge` metres and reduces it to about one triangle per `triArea` m² of surface,
 * clamped to [minTris, maxTris]. Faces on one of the `flat` planes `[n, c]` (n · p = c, where a
 * muscle is cut flat) do not bend the normals of the surface around them, so where two cut
 * neighbours abut, their shading runs on without a line.
 */
export const meshPart = async (
  node: SdfNode,
  edge: number,
  triArea: number,
  minTris: number,
  maxTris: number,
  flat: readonly [Vec3, number][] = [],
): Promise<PartMesh> => {
  const wasm = await manifold();
  await MeshoptSimplifier.ready;
  const pad = edge * 2;
  const box = {
    min: [node.box.min[0] - pad, node.box.min[1] - pad, node.box.min[2] - pad] as [
      number,
      number,
      number,
    ],
    max: [node.box.max[0] + pad, node.box.max[1] + pad, node.box.max[2] + pad] as [
      number,
      number,
      number,
    ],
  };
  const solid = wasm.Manifold.levelSet((p) => -node.dist(p[0], p[1], p[2]), box, edge, 0);
  const raw = solid.getMesh();
  const pos: number[] = [];
  for (let i = 0; i < raw.vertProperties.length; i += raw.numProp) {
    pos.push(
      raw.vertProperties[i] ?? 0,
      raw.vertProperties[i + 1] ?? 0,
      raw.vertProperties[i + 2] ?? 0,
    );
  }
  const full: Mesh = { pos, tri: Array.from(raw.triVerts) };
  solid.delete();
  if (full.tri.length === 0) throw new Error('meshPart: empty surface');
  const target = Math.max(minTris, Math.min(maxTris, Math.round(area(full) / triArea)));
  const p32 = new Float32Array(full.pos);
  const [idx] = MeshoptSimplifier.simplify(new Uint32Array(full.tri), p32, 3, target * 3, 0.02, []);
  // a thin tip (a spinous process, a tapering sheet's edge) can collapse into a back-to-back pair
  // of triangles: its normals cancel to zero, which shades black, so the pair goes
  const m = compact({ pos: Array.from(p32), tri: dropFins(Array.from(idx)) });
  // a face on a cut plane has all three corners on it
  const onCut = (f: number): boolean =>
    flat.some(([d, c]) =>
      [0, 1, 2].every((k) => {
        const i = (m.tri[3 * f + k] ?? 0) * 3;
        return (
          Math.abs(
            d[0] * (m.pos[i] ?? 0) + d[1] * (m.pos[i + 1] ?? 0) + d[2] * (m.pos[i + 2] ?? 0) - c,
          ) < 3e-4
        );
      }),
    );
  const nrm = vertexNormals(m, flat.length > 0 ? (f) => !onCut(f) : undefined);
  // what is left of a collapsed tip can still cancel its vertex's normal: shade it by the surface
  // it stands for instead
  for (let i = 0; i < nrm.length; i += 3) {
    if (Math.hypot(nrm[i] ?? 0, nrm[i + 1] ?? 0, nrm[i + 2] ?? 0) > 0.5) continue;
    const g = gradient(node, m.pos[i] ?? 0, m.pos[i + 1] ?? 0, m.pos[i + 2] ?? 0, edge * 0.25);
    for (let k = 0; k < 3; k++) nrm[i + k] = g[k] ?? 0;
  }
  // along a cut's rim the mesher's bevel tilts the last faces of the surface towards the cut, and
  // the neighbour's rim tilts the other way: the seam shades as a line. Rim vertices take the
  // direction of the surface a few cells back from the cut instead, where neither bevel reaches.
  if (flat.length > 0) {
    const kept = new Uint8Array(m.pos.length / 3);
    for (let f = 0; f < m.tri.length / 3; f++)
      if (!onCut(f)) for (let k = 0; k < 3; k++) kept[m.tri[3 * f + k] ?? 0] = 1;
    const back = RIM_CELLS * edge;
    const midlineCut = flat.some(([d, c]) => d[0] === 1 && d[1] === 0 && d[2] === 0 && c >= 0);
    for (let v = 0; v < kept.length; v++) {
      if (!kept[v]) continue;
      const q: [number, number, number] = [
        m.pos[3 * v] ?? 0,
        m.pos[3 * v + 1] ?? 0,
        m.pos[3 * v + 2] ?? 0,
      ];
      let near = false;
      for (const [d, c] of flat) {
        const s = d[0] * q[0] + d[1] * q[1] + d[2] * q[2] - c;
        if (s <= -back) continue;
        near = true;
        for (let k = 0; k < 3; k++) q[k] = (q[k] ?? 0) - (d[k] ?? 0) * (s + back);
      }
      if (!near) continue;
      const g = [...gradient(node, q[0], q[1], q[2], edge * 0.25)];
      // the midline is a mirror plane: there the surface's normal has no sideways part, and it
      // grows from zero about linearly with the distance from the midline
      const x = m.pos[3 * v] ?? 0;
      if (midlineCut && q[0] < 0) g[0] = (g[0] ?? 0) * Math.min(1, Math.max(0, x / q[0]));
      const l = Math.hypot(g[0] ?? 0, g[1] ?? 0, g[2] ?? 0) || 1;
      for (let k = 0; k < 3; k++) nrm[3 * v + k] = (g[k] ?? 0) / l;
    }
  }
  return { pos: new Float32Array(m.pos), nrm: new Float32Array(nrm), tri: new Uint32Array(m.tri) };
};

/** how many mesh cells back from a cut its rim's normals are taken */
const RIM_CELLS = 2.5;

/** Unit gradient of `node` at (x, y, z) by central differences of step `e`. */
const gradient = (node: SdfNode, x: number, y: number, z: number, e: number): Vec3 => {
  const g: Vec3 = [
    node.dist(x + e, y, z) - node.dist(x - e, y, z),
    node.dist(x, y + e, z) - node.dist(x, y - e, z),
    node.dist(x, y, z + e) - node.dist(x, y, z - e),
  ];
  const l = Math.hypot(...g) || 1;
  return [g[0] / l, g[1] / l, g[2] / l];
};

/** The mirror image (x → −x) with reversed winding so it still faces outward. */
export const mirrorPart = (m: PartMesh): PartMesh => {
  const pos = new Float32Array(m.pos);
  const nrm = new Float32Array(m.nrm);
  for (let i = 0; i < pos.length; i += 3) {
    pos[i] = -(pos[i] ?? 0);
    nrm[i] = -(nrm[i] ?? 0);
  }
  const tri = new Uint32Array(m.tri.length);
  for (let t = 0; t < m.tri.length; t += 3) {
    tri[t] = m.tri[t] ?? 0;
    tri[t + 1] = m.tri[t + 2] ?? 0;
    tri[t + 2] = m.tri[t + 1] ?? 0;
  }
  return { pos, nrm, tri };
};
