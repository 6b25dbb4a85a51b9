/**
 * Where the muscle striations come from. The model (scripts/model/anatomy/fibres.ts) writes:
 *
 *   TEXCOORD_0  u along the fibre (origin 0 → insertion 1), v = distance ACROSS the fibres in
 *               metres, +0.5, modulo 1          → kind 'across': stripes follow v
 *   _FIBER      unit fibre direction (body frame) → kind 'direction': stripes follow the surface
 *               direction perpendicular to it (used only when there is no TEXCOORD_0)
 *
 * GLTFLoader maps TEXCOORD_0 to `uv` and lower-cases custom names (`_FIBER` → `_fiber`).
 * A model with neither gets plain muscles.
 *
 * A muscle node's extras may carry `tendon: [origin, insertion]`, the share of u at each end
 * that is tendon rather than belly; with u along the fibre, those ends are drawn pale.
 */
import type { BufferGeometry } from 'three';

export type FibreKind = 'across' | 'direction';

export interface FibreSource {
  /** The attribute's name on the loaded geometries. */
  readonly attribute: string;
  readonly kind: FibreKind;
}

const FIBRE_NAME = /^_?fib(re|er)$/i;

/** The fibre data every geometry has, or null when they do not all have the same. */
export function findFibreAttribute(geometries: readonly BufferGeometry[]): FibreSource | null {
  const first = geometries[0];
  if (!first) return null;
  const all = (name: string) => geometries.every((g) => g.getAttribute(name));
  if (first.getAttribute('uv') && all('uv')) return { attribute: 'uv', kind: 'across' };
  const direction = Object.keys(first.attributes).find(
    (n) => FIBRE_NAME.test(n) && first.getAttribute(n).itemSize === 3,
  );
  return direction && all(direction) ? { attribute: direction, kind: 'direction' } : null;
}

/** A node's tendon fractions `[origin, insertion]` from its extras, or null when it has none. */
export function tendonFractions(extras: Record<string, unknown>): [number, number] | null {
  const t = extras.tendon;
  if (!Array.isArray(t) || t.length !== 2) return null;
  const [a, b] = t as unknown[];
  if (typeof a !== 'number' || typeof b !== 'number') return null;
  // Each end's share of the length; together they cannot be more than the whole muscle.
  if (!(a >= 0 && b >= 0 && a + b <= 1)) return null;
  return [a, b];
}

const smoothstep = (e0: number, e1: number, x: number): number => {
  const t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
};

/**
 * How much of a tendon a point `u` along the fibre is: 1 at the very ends, 0 in the belly,
 * blending over the outer half of each end's tendon fraction so the change is not a hard line.
 */
export function tendonShare(u: number, [origin, insertion]: readonly [number, number]): number {
  const end = (fraction: number, d: number): number =>
    fraction <= 0 ? 0 : 1 - smoothstep(0.5 * fraction, fraction, d);
  return Math.max(end(origin, u), end(insertion, 1 - u));
}
