/**
 * Reduces the half-body mesh to its triangle budget with meshoptimizer's error-driven simplifier.
 * The midline border is locked so the mirrored halves still weld vertex for vertex on x = 0.
 * `detail` (0…1 by position) marks regions whose small forms need more of the budget than their
 * size earns them (the face): there the change of the surface normal counts as error too.
 * Invariant: deterministic (same input, same output); vertices are never moved, only dropped.
 */
import { MeshoptSimplifier } from 'meshoptimizer';
import type { Mesh } from './mesh-ops';
import { compact, vertexNormals } from './mesh-zip';

export type Detail = (x: number, y: number, z: number) => number;

/** weight of a unit normal change against the position error (relative to the mesh size) */
const NORMAL_WEIGHT = 1;

export const simplifyHalf = async (
  m: Mesh,
  targetTriangles: number,
  detail?: Detail,
): Promise<Mesh> => {
  await MeshoptSimplifier.ready;
  const pos = new Float32Array(m.pos);
  const idx = new Uint32Array(m.tri);
  // the triangle count is the binding limit; the error bound (1 % of the mesh size) is generous
  const [out] = detail
    ? MeshoptSimplifier.simplifyWithAttributes(
        idx,
        pos,
        3,
        detailNormals(m, detail),
        3,
        [NORMAL_WEIGHT, NORMAL_WEIGHT, NORMAL_WEIGHT],
        null,
        targetTriangles * 3,
        0.01,
        ['LockBorder'],
      )
    : MeshoptSimplifier.simplify(idx, pos, 3, targetTriangles * 3, 0.01, ['LockBorder']);
  // positions go through float32 here so that the written file and all later checks agree
  return compact({ pos: Array.from(pos), tri: dropFins(Array.from(out)) });
};

/** Vertex normals scaled by the detail weight: zero (no attribute error) outside detail regions. */
const detailNormals = (m: Mesh, detail: Detail): Float32Array => {
  const n = vertexNormals(m);
  const out = new Float32Array(n.length);
  for (let i = 0; i < n.length; i += 3) {
    const w = detail(m.pos[i] ?? 0, m.pos[i + 1] ?? 0, m.pos[i + 2] ?? 0);
    for (let k = 0; k < 3; k++) out[i + k] = (n[i + k] ?? 0) * w;
  }
  return out;
};

/**
 * Removes pairs of triangles over the same three vertices with opposite winding: zero-volume fins
 * the simplifier can leave behind, whose normals cancel and confuse inside/outside tests.
 */
export const dropFins = (tri: number[]): number[] => {
  const key = (a: number, b: number, c: number): string =>
    [a, b, c].sort((x, y) => x - y).join('_');
  const count = new Map<string, number>();
  for (let t = 0; t < tri.length; t += 3) {
    const k = key(tri[t] ?? 0, tri[t + 1] ?? 0, tri[t + 2] ?? 0);
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  const out: number[] = [];
  for (let t = 0; t < tri.length; t += 3) {
    const k = key(tri[t] ?? 0, tri[t + 1] ?? 0, tri[t + 2] ?? 0);
    if ((count.get(k) ?? 0) === 1) out.push(tri[t] ?? 0, tri[t + 1] ?? 0, tri[t + 2] ?? 0);
  }
  return out;
};
