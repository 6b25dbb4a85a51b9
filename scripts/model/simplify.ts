/**
 * Reduces the half-body mesh to its triangle budget with meshoptimizer's error-driven simplifier.
 * The midline border is locked so the mirrored halves still weld vertex for vertex on x = 0.
 * Invariant: deterministic (same input, same output); vertices are never moved, only dropped.
 */
import { MeshoptSimplifier } from 'meshoptimizer';
import type { Mesh } from './mesh-ops';
import { compact } from './mesh-zip';

export const simplifyHalf = async (m: Mesh, targetTriangles: number): Promise<Mesh> => {
  await MeshoptSimplifier.ready;
  const pos = new Float32Array(m.pos);
  const idx = new Uint32Array(m.tri);
  // the triangle count is the binding limit; the error bound (1 % of the mesh size) is generous
  const [out] = MeshoptSimplifier.simplify(idx, pos, 3, targetTriangles * 3, 0.01, ['LockBorder']);
  // positions go through float32 here so that the written file and all later checks agree
  return compact({ pos: Array.from(pos), tri: dropFins(Array.from(out)) });
};

/**
 * Removes pairs of triangles over the same three vertices with opposite winding: zero-volume fins
 * the simplifier can leave behind, whose normals cancel and confuse inside/outside tests.
 */
const dropFins = (tri: number[]): number[] => {
  const key = (a: number, b: number, c: number): string => [a, b, c].sort((x, y) => x - y).join('_');
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
