/**
 * Minimal 3-vector helpers for the model generator (build time only).
 * Invariant: every function is pure and returns a new tuple; nothing mutates its arguments.
 */
export type Vec3 = readonly [number, number, number];

export const v3 = (x: number, y: number, z: number): Vec3 => [x, y, z];
export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a);
  return l > 0 ? scale(a, 1 / l) : [0, 0, 0];
};
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => add(a, scale(sub(b, a), t));
/** Mirror across the mid-sagittal plane (body right ↔ left). */
export const mirrorX = (a: Vec3): Vec3 => [-a[0], a[1], a[2]];

/** Point `o + a·u + b·v + c·w`: placing points in a local frame (hand, foot). */
export const inFrame = (o: Vec3, u: Vec3, v: Vec3, w: Vec3, a: number, b: number, c: number): Vec3 => [
  o[0] + a * u[0] + b * v[0] + c * w[0],
  o[1] + a * u[1] + b * v[1] + c * w[1],
  o[2] + a * u[2] + b * v[2] + c * w[2],
];

/** Rotate `v` about the unit axis `k` by `angle` radians (Rodrigues). */
export const rotate = (v: Vec3, k: Vec3, angle: number): Vec3 => {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return add(add(scale(v, c), scale(cross(k, v), s)), scale(k, dot(k, v) * (1 - c)));
};
