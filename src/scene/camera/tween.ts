/**
 * Allocation-free camera tween: swings the camera around its target (spherical interpolation of
 * the offset, shortest way round in azimuth) while the target slides linearly, so a move from
 * the front to the back orbits around the body instead of passing through it. Pure numbers;
 * the caller copies the result into three.js objects.
 */

/** Smooth start and stop (cubic ease-in-out). */
export function easeInOut(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x < 0.5 ? 4 * x * x * x : 1 - Math.pow(-2 * x + 2, 3) / 2;
}

/** Duration of a camera move (ms). */
export const TWEEN_MS = 700;

export class CameraTween {
  private t0 = 0;
  private duration = 0;
  private active = false;
  // Start and end in spherical form around the target: radius, azimuth (around +Y from +Z), polar.
  private readonly from = new Float64Array(6); // target xyz, r, theta, phi
  private readonly to = new Float64Array(6);

  get running(): boolean {
    return this.active;
  }

  /** Begin a move from the current pose to the goal pose (flat xyz numbers). */
  start(
    now: number,
    duration: number,
    fromPos: ArrayLike<number>,
    fromTarget: ArrayLike<number>,
    toPos: ArrayLike<number>,
    toTarget: ArrayLike<number>,
  ): void {
    CameraTween.encode(fromPos, fromTarget, this.from);
    CameraTween.encode(toPos, toTarget, this.to);
    // Shortest way round in azimuth.
    const f = this.from[4] ?? 0;
    let t = this.to[4] ?? 0;
    while (t - f > Math.PI) t -= 2 * Math.PI;
    while (t - f < -Math.PI) t += 2 * Math.PI;
    this.to[4] = t;
    this.t0 = now;
    this.duration = Math.max(0, duration);
    this.active = true;
  }

  stop(): void {
    this.active = false;
  }

  /**
   * Write the pose at time `now` into outPos / outTarget (length ≥ 3). Returns true while the
   * move is still running; the final call writes the exact goal and returns false.
   */
  step(now: number, outPos: Float64Array | number[], outTarget: Float64Array | number[]): boolean {
    if (!this.active) return false;
    const raw = this.duration > 0 ? (now - this.t0) / this.duration : 1;
    const k = easeInOut(raw);
    const v = (i: number) => (this.from[i] ?? 0) + ((this.to[i] ?? 0) - (this.from[i] ?? 0)) * k;
    outTarget[0] = v(0);
    outTarget[1] = v(1);
    outTarget[2] = v(2);
    const r = v(3),
      theta = v(4),
      phi = v(5);
    outPos[0] = outTarget[0] + r * Math.sin(phi) * Math.sin(theta);
    outPos[1] = outTarget[1] + r * Math.cos(phi);
    outPos[2] = outTarget[2] + r * Math.sin(phi) * Math.cos(theta);
    if (raw >= 1) this.active = false;
    return this.active;
  }

  private static encode(
    pos: ArrayLike<number>,
    target: ArrayLike<number>,
    out: Float64Array,
  ): void {
    const tx = target[0] ?? 0,
      ty = target[1] ?? 0,
      tz = target[2] ?? 0;
    const dx = (pos[0] ?? 0) - tx,
      dy = (pos[1] ?? 0) - ty,
      dz = (pos[2] ?? 0) - tz;
    const r = Math.hypot(dx, dy, dz) || 1e-6;
    out[0] = tx;
    out[1] = ty;
    out[2] = tz;
    out[3] = r;
    out[4] = Math.atan2(dx, dz);
    out[5] = Math.acos(Math.min(1, Math.max(-1, dy / r)));
  }
}
