/**
 * Named bony points (attachment sites) and the helper that places a point a given depth under the
 * skin. Bones and muscles are both built from these names, so a muscle's origin and insertion lie
 * on the bone that carries them; the GLB stores each bone's points in its node extras.
 * Invariants: every point is on the right side (x < 0) or the midline (x = 0); lookups of an
 * unknown name throw, so a typo fails generation instead of silently placing a muscle at 0.
 */
import type { BodySdf } from '../body-sdf';
import { add, normalize, scale, type Vec3 } from '../vec';

export type Points = ReadonlyMap<string, Vec3>;

/** Point at `depth` under the skin on the ray from the interior point `from` along `dir`. */
export const underSkin = (sdf: BodySdf, from: Vec3, dir: Vec3, depth: number): Vec3 => {
  const d = normalize(dir);
  const f = (t: number): number => {
    const p = add(from, scale(d, t));
    return sdf(p[0], p[1], p[2]);
  };
  let lo = 0;
  while (f(lo) > 0 && lo > -0.3) lo -= 0.002;
  let hi = lo;
  while (f(hi) <= 0 && hi < 0.5) hi += 0.002;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) <= 0) lo = mid;
    else hi = mid;
  }
  return add(from, scale(d, (lo + hi) / 2 - depth));
};

/** Collects named points; `get` throws on unknown names. */
export class PointSet {
  private readonly map = new Map<string, Vec3>();
  set(name: string, p: Vec3): Vec3 {
    if (this.map.has(name)) throw new Error(`point defined twice: ${name}`);
    this.map.set(name, p);
    return p;
  }
  get(name: string): Vec3 {
    const p = this.map.get(name);
    if (!p) throw new Error(`unknown bony point: ${name}`);
    return p;
  }
  /** `name` moved by an offset (metres) */
  at(name: string, dx: number, dy: number, dz: number): Vec3 {
    const p = this.get(name);
    return [p[0] + dx, p[1] + dy, p[2] + dz];
  }
  /** point a fraction `t` of the way from `a` to `b` */
  mix(a: string, b: string, t: number): Vec3 {
    const p = this.get(a);
    const q = this.get(b);
    return [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t, p[2] + (q[2] - p[2]) * t];
  }
  entries(): [string, Vec3][] {
    return [...this.map.entries()];
  }
}
