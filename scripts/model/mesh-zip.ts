/**
 * Stitches two meshes along matching boundary chains on a cutting plane (the coarse body and a
 * finely meshed hand, foot or head), and mirrors/welds the right half into the whole body.
 * Invariant: the strip reuses the boundary edges in the opposite direction to their owners, so
 * the result stays consistently wound and, where both inputs were closed elsewhere, watertight.
 */
import type { Mesh } from './mesh-ops';

const P = (m: Mesh, i: number): [number, number, number] => [
  m.pos[3 * i] ?? 0,
  m.pos[3 * i + 1] ?? 0,
  m.pos[3 * i + 2] ?? 0,
];
const dist = (a: readonly number[], b: readonly number[]): number =>
  Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0), (a[2] ?? 0) - (b[2] ?? 0));

/** normalised arc-length parameter of each chain vertex (closed: includes the return to start) */
const params = (m: Mesh, chain: number[], closed: boolean): number[] => {
  const t = [0];
  const n = closed ? chain.length + 1 : chain.length;
  for (let i = 1; i < n; i++)
    t.push(
      (t[i - 1] ?? 0) +
        dist(P(m, chain[(i - 1) % chain.length] ?? 0), P(m, chain[i % chain.length] ?? 0)),
    );
  const total = t[t.length - 1] ?? 1;
  return t.map((x) => x / total);
};

/** rotate a closed chain to start at the vertex farthest along `ref` */
const startAt = (m: Mesh, chain: number[], ref: readonly number[]): number[] => {
  let best = 0;
  let bestV = -Infinity;
  chain.forEach((v, i) => {
    const p = P(m, v);
    const d = p[0] * (ref[0] ?? 0) + p[1] * (ref[1] ?? 0) + p[2] * (ref[2] ?? 0);
    if (d > bestV) {
      bestV = d;
      best = i;
    }
  });
  return [...chain.slice(best), ...chain.slice(0, best)];
};

/**
 * Appends mesh `b` to `a` and stitches chain `ca` (of a, in a's winding) to chain `cb` (of b, in
 * b's winding, which runs the opposite way round the shared contour).
 */
export const zip = (
  a: Mesh,
  ca: number[],
  b: Mesh,
  cb: number[],
  closed: boolean,
  ref: readonly number[],
): Mesh => {
  const off = a.pos.length / 3;
  const out: Mesh = { pos: [...a.pos, ...b.pos], tri: [...a.tri, ...b.tri.map((i) => i + off)] };
  let C = ca;
  let F = [...cb].reverse();
  if (closed) {
    C = startAt(a, C, ref);
    F = startAt(b, F, ref);
  } else if (dist(P(a, C[0] ?? 0), P(b, F[0] ?? 0)) > 0.02) {
    throw new Error('zip: open chains do not start at the same end');
  }
  const tc = params(a, C, closed);
  const tf = params(b, F, closed);
  const nc = closed ? C.length : C.length - 1;
  const nf = closed ? F.length : F.length - 1;
  const c = (i: number): number => C[i % C.length] ?? 0;
  const f = (j: number): number => (F[j % F.length] ?? 0) + off;
  let i = 0;
  let j = 0;
  while (i < nc || j < nf) {
    const advanceC = j >= nf || (i < nc && (tc[i + 1] ?? 1) <= (tf[j + 1] ?? 1));
    if (advanceC) {
      out.tri.push(c(i + 1), c(i), f(j));
      i++;
    } else {
      out.tri.push(f(j), f(j + 1), c(i));
      j++;
    }
  }
  return out;
};

/** Whole body from the right half (x ≤ 0): mirrored copy, reversed winding, welded on x = 0. */
export const mirrorWeld = (half: Mesh): Mesh => {
  const n = half.pos.length / 3;
  const pos = half.pos.slice();
  const map: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = half.pos[3 * i] ?? 0;
    if (x === 0) map.push(i);
    else {
      map.push(pos.length / 3);
      pos.push(-x, half.pos[3 * i + 1] ?? 0, half.pos[3 * i + 2] ?? 0);
    }
  }
  const tri = half.tri.slice();
  for (let t = 0; t < half.tri.length; t += 3) {
    tri.push(
      map[half.tri[t] ?? 0] ?? 0,
      map[half.tri[t + 2] ?? 0] ?? 0,
      map[half.tri[t + 1] ?? 0] ?? 0,
    );
  }
  return { pos, tri };
};

/** Drops unreferenced vertices, keeping first-use order (deterministic). */
export const compact = (m: Mesh): Mesh => {
  const remap = new Map<number, number>();
  const pos: number[] = [];
  const tri = m.tri.map((i) => {
    let r = remap.get(i);
    if (r === undefined) {
      r = pos.length / 3;
      remap.set(i, r);
      pos.push(m.pos[3 * i] ?? 0, m.pos[3 * i + 1] ?? 0, m.pos[3 * i + 2] ?? 0);
    }
    return r;
  });
  return { pos, tri };
};

/** Area-weighted smooth vertex normals. */
export const vertexNormals = (m: Mesh, keep?: (face: number) => boolean): number[] => {
  const n = new Array<number>(m.pos.length).fill(0);
  // faces `keep` rejects only shade vertices that no kept face touches
  const rest = keep ? new Array<number>(m.pos.length).fill(0) : n;
  for (let t = 0; t < m.tri.length; t += 3) {
    const ia = m.tri[t] ?? 0;
    const ib = m.tri[t + 1] ?? 0;
    const ic = m.tri[t + 2] ?? 0;
    const a = P(m, ia);
    const b = P(m, ib);
    const c = P(m, ic);
    const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
    const fn = [
      (u[1] ?? 0) * (v[2] ?? 0) - (u[2] ?? 0) * (v[1] ?? 0),
      (u[2] ?? 0) * (v[0] ?? 0) - (u[0] ?? 0) * (v[2] ?? 0),
      (u[0] ?? 0) * (v[1] ?? 0) - (u[1] ?? 0) * (v[0] ?? 0),
    ];
    const to = !keep || keep(t / 3) ? n : rest;
    for (const i of [ia, ib, ic])
      for (let k = 0; k < 3; k++) to[3 * i + k] = (to[3 * i + k] ?? 0) + (fn[k] ?? 0);
  }
  for (let i = 0; i < n.length; i += 3) {
    if (n[i] === 0 && n[i + 1] === 0 && n[i + 2] === 0)
      for (let k = 0; k < 3; k++) n[i + k] = rest[i + k] ?? 0;
    const l = Math.hypot(n[i] ?? 0, n[i + 1] ?? 0, n[i + 2] ?? 0) || 1;
    for (let k = 0; k < 3; k++) n[i + k] = (n[i + k] ?? 0) / l;
  }
  return n;
};
