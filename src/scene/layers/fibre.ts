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
