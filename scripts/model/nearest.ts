/**
 * Exact closest point on a triangle mesh, accelerated by a uniform grid of triangle buckets.
 * Used by the landmark snapper and by scripts/lib/body-glb.ts (tests and data checks).
 * Invariant: the answer equals a brute-force search over all triangles: the ring search only
 * stops when no unsearched cell can hold a closer triangle.
 */
import { cross, dot, sub, type Vec3 } from './vec';

export interface TriangleGrid {
  min: [number, number, number];
  cell: number;
  dims: [number, number, number];
  buckets: Map<number, number[]>;
}

const CELL = 0.02;

export const createGrid = (pos: Float32Array, idx: Uint32Array): TriangleGrid => {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < pos.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k] ?? 0, pos[i + k] ?? 0);
      max[k] = Math.max(max[k] ?? 0, pos[i + k] ?? 0);
    }
  }
  const dims = [0, 1, 2].map((k) => Math.max(1, Math.ceil(((max[k] ?? 0) - (min[k] ?? 0)) / CELL) + 1)) as [number, number, number];
  const buckets = new Map<number, number[]>();
  const cellOf = (v: number, k: number): number =>
    Math.min((dims[k] ?? 1) - 1, Math.max(0, Math.floor((v - (min[k] ?? 0)) / CELL)));
  for (let t = 0; t < idx.length / 3; t++) {
    const lo = [Infinity, Infinity, Infinity];
    const hi = [-Infinity, -Infinity, -Infinity];
    for (let c = 0; c < 3; c++) {
      const v = idx[3 * t + c] ?? 0;
      for (let k = 0; k < 3; k++) {
        lo[k] = Math.min(lo[k] ?? 0, pos[3 * v + k] ?? 0);
        hi[k] = Math.max(hi[k] ?? 0, pos[3 * v + k] ?? 0);
      }
    }
    for (let i = cellOf(lo[0] ?? 0, 0); i <= cellOf(hi[0] ?? 0, 0); i++)
      for (let j = cellOf(lo[1] ?? 0, 1); j <= cellOf(hi[1] ?? 0, 1); j++)
        for (let k = cellOf(lo[2] ?? 0, 2); k <= cellOf(hi[2] ?? 0, 2); k++) {
          const key = (i * dims[1] + j) * dims[2] + k;
          const b = buckets.get(key);
          if (b) b.push(t);
          else buckets.set(key, [t]);
        }
  }
  return { min, cell: CELL, dims, buckets };
};

/** Closest point on triangle abc to p (Ericson, Real-Time Collision Detection, 5.1.5), as barycentrics. */
const closestBary = (p: number[], a: number[], b: number[], c: number[]): [number, number, number] => {
  const ab = [0, 1, 2].map((k) => (b[k] ?? 0) - (a[k] ?? 0));
  const ac = [0, 1, 2].map((k) => (c[k] ?? 0) - (a[k] ?? 0));
  const ap = [0, 1, 2].map((k) => (p[k] ?? 0) - (a[k] ?? 0));
  const d = (u: number[], v: number[]): number => (u[0] ?? 0) * (v[0] ?? 0) + (u[1] ?? 0) * (v[1] ?? 0) + (u[2] ?? 0) * (v[2] ?? 0);
  const d1 = d(ab, ap);
  const d2 = d(ac, ap);
  if (d1 <= 0 && d2 <= 0) return [1, 0, 0];
  const bp = [0, 1, 2].map((k) => (p[k] ?? 0) - (b[k] ?? 0));
  const d3 = d(ab, bp);
  const d4 = d(ac, bp);
  if (d3 >= 0 && d4 <= d3) return [0, 1, 0];
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) {
    const v = d1 / (d1 - d3);
    return [1 - v, v, 0];
  }
  const cp = [0, 1, 2].map((k) => (p[k] ?? 0) - (c[k] ?? 0));
  const d5 = d(ab, cp);
  const d6 = d(ac, cp);
  if (d6 >= 0 && d5 <= d6) return [0, 0, 1];
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) {
    const w = d2 / (d2 - d6);
    return [1 - w, 0, w];
  }
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / (d4 - d3 + (d5 - d6));
    return [0, 1 - w, w];
  }
  const denom = 1 / (va + vb + vc);
  const v = vb * denom;
  const w = vc * denom;
  return [1 - v - w, v, w];
};

export const nearestInGrid = (
  g: TriangleGrid,
  pos: Float32Array,
  nor: Float32Array,
  idx: Uint32Array,
  q: [number, number, number],
): { distance: number; point: [number, number, number]; normal: [number, number, number]; inside: boolean } => {
  const c = [0, 1, 2].map((k) => Math.min(g.dims[k as 0] - 1, Math.max(0, Math.floor((q[k as 0] - g.min[k as 0]) / g.cell))));
  let best = Infinity;
  let bestT = -1;
  let bestBary: [number, number, number] = [1, 0, 0];
  const seen = new Set<number>();
  const vtx = (v: number): number[] => [pos[3 * v] ?? 0, pos[3 * v + 1] ?? 0, pos[3 * v + 2] ?? 0];
  const maxR = Math.max(...g.dims);
  for (let r = 0; r <= maxR; r++) {
    for (let i = (c[0] ?? 0) - r; i <= (c[0] ?? 0) + r; i++)
      for (let j = (c[1] ?? 0) - r; j <= (c[1] ?? 0) + r; j++)
        for (let k = (c[2] ?? 0) - r; k <= (c[2] ?? 0) + r; k++) {
          const onShell = Math.max(Math.abs(i - (c[0] ?? 0)), Math.abs(j - (c[1] ?? 0)), Math.abs(k - (c[2] ?? 0))) === r;
          if (!onShell || i < 0 || j < 0 || k < 0 || i >= g.dims[0] || j >= g.dims[1] || k >= g.dims[2]) continue;
          for (const t of g.buckets.get((i * g.dims[1] + j) * g.dims[2] + k) ?? []) {
            if (seen.has(t)) continue;
            seen.add(t);
            const a = vtx(idx[3 * t] ?? 0);
            const b = vtx(idx[3 * t + 1] ?? 0);
            const cc = vtx(idx[3 * t + 2] ?? 0);
            const bc = closestBary(q, a, b, cc);
            const p = [0, 1, 2].map((m) => bc[0] * (a[m] ?? 0) + bc[1] * (b[m] ?? 0) + bc[2] * (cc[m] ?? 0));
            const dd = Math.hypot(q[0] - (p[0] ?? 0), q[1] - (p[1] ?? 0), q[2] - (p[2] ?? 0));
            if (dd < best) {
              best = dd;
              bestT = t;
              bestBary = bc;
            }
          }
        }
    if (bestT >= 0 && best <= r * g.cell) break;
  }
  const ids = [idx[3 * bestT] ?? 0, idx[3 * bestT + 1] ?? 0, idx[3 * bestT + 2] ?? 0];
  const point = [0, 1, 2].map((m) => ids.reduce((s, v, i) => s + bestBary[i as 0] * (pos[3 * v + m] ?? 0), 0)) as [number, number, number];
  const raw = [0, 1, 2].map((m) => ids.reduce((s, v, i) => s + bestBary[i as 0] * (nor[3 * v + m] ?? 0), 0));
  let l = Math.hypot(raw[0] ?? 0, raw[1] ?? 0, raw[2] ?? 0);
  if (l < 1e-6) {
    // a fold can cancel the vertex normals: fall back to the triangle's own (wound) normal
    const [a, b, c] = ids.map((v) => [0, 1, 2].map((m) => pos[3 * v + m] ?? 0)) as [number[], number[], number[]];
    const u = [0, 1, 2].map((m) => (b[m] ?? 0) - (a[m] ?? 0));
    const w = [0, 1, 2].map((m) => (c[m] ?? 0) - (a[m] ?? 0));
    raw.splice(0, 3, (u[1] ?? 0) * (w[2] ?? 0) - (u[2] ?? 0) * (w[1] ?? 0), (u[2] ?? 0) * (w[0] ?? 0) - (u[0] ?? 0) * (w[2] ?? 0), (u[0] ?? 0) * (w[1] ?? 0) - (u[1] ?? 0) * (w[0] ?? 0));
    l = Math.hypot(raw[0] ?? 0, raw[1] ?? 0, raw[2] ?? 0);
  }
  const normal = raw.map((x) => x / (l || 1)) as [number, number, number];
  const side = (q[0] - point[0]) * normal[0] + (q[1] - point[1]) * normal[1] + (q[2] - point[2]) * normal[2];
  return { distance: best, point, normal, inside: side < 0 };
};

/** Ray from q along +axis meets triangle abc (Möller–Trumbore with an axis-aligned direction). */
const rayHits = (q: Vec3, axis: number, a: Vec3, b: Vec3, c: Vec3): boolean => {
  const dir: Vec3 = [axis === 0 ? 1 : 0, axis === 1 ? 1 : 0, axis === 2 ? 1 : 0];
  const e1 = sub(b, a);
  const e2 = sub(c, a);
  const p = cross(dir, e2);
  const det = dot(e1, p);
  if (Math.abs(det) < 1e-14) return false;
  const s = sub(q, a);
  const u = dot(s, p) / det;
  if (u < 0 || u > 1) return false;
  const qq = cross(s, e1);
  const v = dot(dir, qq) / det;
  if (v < 0 || u + v > 1) return false;
  return dot(e2, qq) / det > 0;
};

/**
 * Whether q is enclosed by the (closed) mesh, by the parity of crossings along +x, +y and +z,
 * majority of three so a ray grazing an edge cannot decide alone. Unlike the side of the nearest
 * point's normal, it does not depend on smooth normals, which can point the wrong way in tight
 * creases (under the chin, between the lips).
 */
export const insideByRays = (g: TriangleGrid, pos: Float32Array, idx: Uint32Array, q: [number, number, number]): boolean => {
  const vtx = (v: number): Vec3 => [pos[3 * v] ?? 0, pos[3 * v + 1] ?? 0, pos[3 * v + 2] ?? 0];
  // Rays from a point exactly on the mirror plane (x = 0) run along the seam's shared edges and
  // may count one crossing twice; starting a micrometre off every such plane avoids the tie.
  const o: Vec3 = [q[0] + 1.3e-6, q[1] + 0.7e-6, q[2] + 0.9e-6];
  const c = [0, 1, 2].map((k) => Math.floor((o[k as 0] - g.min[k as 0]) / g.cell));
  let votes = 0;
  for (let axis = 0; axis < 3; axis++) {
    const seen = new Set<number>();
    let crossings = 0;
    const cell = [...c];
    for (let n = Math.max(0, c[axis] ?? 0); n < g.dims[axis as 0]; n++) {
      cell[axis] = n;
      const [i, j, k] = cell as [number, number, number];
      if (i < 0 || j < 0 || k < 0 || i >= g.dims[0] || j >= g.dims[1] || k >= g.dims[2]) break;
      for (const t of g.buckets.get((i * g.dims[1] + j) * g.dims[2] + k) ?? []) {
        if (seen.has(t)) continue;
        seen.add(t);
        if (rayHits(o, axis, vtx(idx[3 * t] ?? 0), vtx(idx[3 * t + 1] ?? 0), vtx(idx[3 * t + 2] ?? 0))) crossings++;
      }
    }
    if (crossings % 2 === 1) votes++;
  }
  return votes >= 2;
};
