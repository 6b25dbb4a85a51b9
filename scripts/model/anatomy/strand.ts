/**
 * A strand: an elliptical cross-section swept along a sampled curve, the building block of every
 * muscle (one strand for a fusiform belly, a row of strands for a sheet or fan, one per head for
 * multi-headed muscles) and of curved bones (ribs, clavicle).
 *
 * Each sample i carries a centre, a half-width w (across the fibres, in the sheet's plane), a
 * half-thickness h (along `n`, the outward axis) and the curve tangent. The distance is the usual
 * first-order ellipsoid approximation around the nearest axis point, with rounded end caps, so its
 * zero set is a smooth tube; magnitudes are only roughly Euclidean, which is all meshing and
 * smooth blending need. `probe` also returns where along and across the strand a point lies: the
 * fibre coordinates written into the GLB.
 * Invariant: pure and deterministic; no allocation per distance call beyond the result object.
 */
import type { Box, SdfNode } from '../sdf';
import { cross, normalize, sub, type Vec3 } from '../vec';

export interface Strand extends SdfNode {
  readonly pts: readonly Vec3[];
  /** per-sample unit tangent, outward axis and side axis */
  readonly tan: readonly Vec3[];
  readonly nrm: readonly Vec3[];
  readonly side: readonly Vec3[];
  readonly w: readonly number[];
  readonly h: readonly number[];
  /** arc-length parameter of each sample, 0 at the first, 1 at the last */
  readonly cum: readonly number[];
  readonly length: number;
}

export interface Probe {
  d: number;
  /** 0..1 along the strand */
  u: number;
  /** signed offsets from the axis along the side and outward axes (metres) */
  s: number;
  n: number;
  /** interpolated unit tangent and side axis */
  t: Vec3;
  sd: Vec3;
}

/** Builds a strand from samples; `outward` gives the thickness axis at each sample. */
export const makeStrand = (pts: readonly Vec3[], w: readonly number[], h: readonly number[], outward: readonly Vec3[]): Strand => {
  const n = pts.length;
  const tan: Vec3[] = pts.map((_, i) => normalize(sub(pts[Math.min(i + 1, n - 1)] as Vec3, pts[Math.max(i - 1, 0)] as Vec3)));
  const side: Vec3[] = tan.map((t, i) => normalize(cross(outward[i] as Vec3, t)));
  // re-orthogonalise the outward axis against the tangent
  const nrm: Vec3[] = tan.map((t, i) => normalize(cross(t, side[i] as Vec3)));
  const cum = [0];
  for (let i = 1; i < n; i++) {
    const a = pts[i - 1] as Vec3;
    const b = pts[i] as Vec3;
    cum.push((cum[i - 1] ?? 0) + Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]));
  }
  const length = cum[n - 1] ?? 1;
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  pts.forEach((p, i) => {
    const r = Math.max(w[i] ?? 0, h[i] ?? 0);
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k] as number, (p[k] as number) - r);
      max[k] = Math.max(max[k] as number, (p[k] as number) + r);
    }
  });
  const box: Box = { min, max };
  const st = { pts, tan, nrm, side, w, h, cum: cum.map((c) => c / length), length, box };
  return { ...st, dist: (x, y, z) => probeStrand(st, x, y, z).d };
};

type StrandData = Omit<Strand, 'dist'>;
const lerp3 = (a: Vec3, b: Vec3, f: number): Vec3 => [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];

/** Distance and fibre coordinates of point (x, y, z) relative to the strand. */
export const probeStrand = (st: StrandData, x: number, y: number, z: number): Probe => {
  const { pts } = st;
  let best = Infinity;
  let bi = 0;
  let bf = 0;
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i] as Vec3;
    const b = pts[i + 1] as Vec3;
    const ex = b[0] - a[0];
    const ey = b[1] - a[1];
    const ez = b[2] - a[2];
    const l2 = ex * ex + ey * ey + ez * ez || 1e-12;
    let f = ((x - a[0]) * ex + (y - a[1]) * ey + (z - a[2]) * ez) / l2;
    f = f < 0 ? 0 : f > 1 ? 1 : f;
    const dx = x - a[0] - f * ex;
    const dy = y - a[1] - f * ey;
    const dz = z - a[2] - f * ez;
    const d2 = dx * dx + dy * dy + dz * dz;
    if (d2 < best) {
      best = d2;
      bi = i;
      bf = f;
    }
  }
  const i1 = Math.min(bi + 1, pts.length - 1);
  const c = lerp3(pts[bi] as Vec3, pts[i1] as Vec3, bf);
  const t = normalize(lerp3(st.tan[bi] as Vec3, st.tan[i1] as Vec3, bf));
  const sd = normalize(lerp3(st.side[bi] as Vec3, st.side[i1] as Vec3, bf));
  const nd = normalize(lerp3(st.nrm[bi] as Vec3, st.nrm[i1] as Vec3, bf));
  const w = (st.w[bi] ?? 0) + ((st.w[i1] ?? 0) - (st.w[bi] ?? 0)) * bf;
  const h = (st.h[bi] ?? 0) + ((st.h[i1] ?? 0) - (st.h[bi] ?? 0)) * bf;
  const q: Vec3 = [x - c[0], y - c[1], z - c[2]];
  const s = q[0] * sd[0] + q[1] * sd[1] + q[2] * sd[2];
  const n = q[0] * nd[0] + q[1] * nd[1] + q[2] * nd[2];
  // beyond either end the excess along the tangent rounds the cap off
  const atEnd = (bi === 0 && bf === 0) || (i1 === pts.length - 1 && bf === 1);
  const a = atEnd ? q[0] * t[0] + q[1] * t[1] + q[2] * t[2] : 0;
  const cap = Math.min(w, h);
  const A = a / cap;
  const S = s / w;
  const N = n / h;
  const k0 = Math.sqrt(A * A + S * S + N * N);
  const k1 = Math.sqrt((A * A) / (cap * cap) + (S * S) / (w * w) + (N * N) / (h * h));
  const d = k1 > 1e-12 ? (k0 * (k0 - 1)) / k1 : -cap;
  const u = (st.cum[bi] ?? 0) + ((st.cum[i1] ?? 0) - (st.cum[bi] ?? 0)) * bf;
  return { d, u, s, n, t, sd };
};
