/**
 * Minimal 3-vector arithmetic for the body frame (metres; +Y up, +Z anterior, +X body-left).
 * Pure functions on readonly tuples so domain code never depends on three.js.
 */
export type Vec3 = readonly [number, number, number];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const distance = (a: Vec3, b: Vec3): number => length(sub(a, b));

/** Unit vector in the direction of `a`; the zero vector stays zero. */
export function normalize(a: Vec3): Vec3 {
  const l = length(a);
  return l > 0 ? scale(a, 1 / l) : [0, 0, 0];
}

/** Reflect across the mid-sagittal plane (x → −x): right-side content becomes left-side. */
export const mirrorX = (a: Vec3): Vec3 => [-a[0], a[1], a[2]];

/** Squared distance from point p to the segment a–b. */
export function segmentDistanceSq(p: Vec3, a: Vec3, b: Vec3): number {
  const ab = sub(b, a);
  const ap = sub(p, a);
  const lenSq = dot(ab, ab);
  const t = lenSq > 0 ? Math.min(1, Math.max(0, dot(ap, ab) / lenSq)) : 0;
  const d = sub(ap, scale(ab, t));
  return dot(d, d);
}
