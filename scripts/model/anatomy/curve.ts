/**
 * Smooth curves through control points (uniform Catmull-Rom), resampled to evenly spaced points.
 * Muscle paths (origin → via points → insertion), ribs and the clavicle are drawn with it.
 * Invariant: the first and last samples are exactly the first and last control points.
 */
import type { Vec3 } from '../vec';

const cr = (p0: Vec3, p1: Vec3, p2: Vec3, p3: Vec3, t: number): Vec3 => {
  const t2 = t * t;
  const t3 = t2 * t;
  const f = (k: 0 | 1 | 2): number =>
    0.5 * (2 * p1[k] + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2 + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3);
  return [f(0), f(1), f(2)];
};

/** `n` points evenly spaced by arc length along the Catmull-Rom curve through `ctrl`. */
export const sampleCurve = (ctrl: readonly Vec3[], n: number): Vec3[] => {
  if (ctrl.length < 2) throw new Error('sampleCurve: need two points');
  const first = ctrl[0] as Vec3;
  const last = ctrl[ctrl.length - 1] as Vec3;
  // reflected end points keep the end tangents pointing along the first and last spans
  const ext: Vec3[] = [
    [2 * first[0] - (ctrl[1] as Vec3)[0], 2 * first[1] - (ctrl[1] as Vec3)[1], 2 * first[2] - (ctrl[1] as Vec3)[2]],
    ...ctrl,
    [
      2 * last[0] - (ctrl[ctrl.length - 2] as Vec3)[0],
      2 * last[1] - (ctrl[ctrl.length - 2] as Vec3)[1],
      2 * last[2] - (ctrl[ctrl.length - 2] as Vec3)[2],
    ],
  ];
  const dense: Vec3[] = [];
  const per = 16;
  for (let s = 0; s + 1 < ctrl.length; s++) {
    for (let j = 0; j < per; j++) dense.push(cr(ext[s] as Vec3, ext[s + 1] as Vec3, ext[s + 2] as Vec3, ext[s + 3] as Vec3, j / per));
  }
  dense.push(last);
  const cum = [0];
  for (let i = 1; i < dense.length; i++) {
    const a = dense[i - 1] as Vec3;
    const b = dense[i] as Vec3;
    cum.push((cum[i - 1] as number) + Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]));
  }
  const total = cum[cum.length - 1] as number;
  const out: Vec3[] = [];
  let j = 0;
  for (let i = 0; i < n; i++) {
    const target = (total * i) / (n - 1);
    while (j + 1 < cum.length - 1 && (cum[j + 1] as number) < target) j++;
    const seg = (cum[j + 1] as number) - (cum[j] as number) || 1;
    const f = Math.min(1, Math.max(0, (target - (cum[j] as number)) / seg));
    const a = dense[j] as Vec3;
    const b = dense[j + 1] as Vec3;
    out.push([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f]);
  }
  out[0] = first;
  out[n - 1] = last;
  return out;
};
