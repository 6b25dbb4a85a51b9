/**
 * Thinning a painted stroke into a pain mark: the pointer reports many skin points while the
 * finger drags; the mark keeps points about STROKE_SPACING apart and at most MAX_STROKE_POINTS
 * (the URL's limit per stroke), so a long stroke is sampled evenly along its whole length.
 * Pure: tuples in, tuples out.
 */
import type { Vec3 } from '../../domain/vec';
import { distance } from '../../domain/vec';

/** Spacing of kept points along a stroke (metres): about a fingertip's width on the body. */
export const STROKE_SPACING = 0.01;
/** Most points one stroke keeps (src/state/url.ts accepts 64 per mark). */
export const MAX_STROKE_POINTS = 64;

/**
 * Keep the first point, then every point at least `spacing` from the last kept one; the final
 * point is kept too when it is far enough. If more than `max` remain, take `max` evenly spaced
 * (first and last included).
 */
export function thinStroke(
  points: readonly Vec3[],
  spacing = STROKE_SPACING,
  max = MAX_STROKE_POINTS,
): Vec3[] {
  const first = points[0];
  if (!first || max < 1) return [];
  const kept: Vec3[] = [first];
  let last = first;
  for (const p of points.slice(1)) {
    if (distance(p, last) >= spacing - 1e-9) {
      kept.push(p);
      last = p;
    }
  }
  if (kept.length <= max) return kept;
  if (max === 1) return [first];
  const out: Vec3[] = [];
  for (let k = 0; k < max; k++) {
    const p = kept[Math.round((k * (kept.length - 1)) / (max - 1))];
    if (p) out.push(p);
  }
  return out;
}

/** Round to whole millimetres, as the URL stores them, so a mark survives a reload unchanged. */
export const toMillimetres = (p: Vec3): Vec3 => [
  Math.round(p[0] * 1000) / 1000,
  Math.round(p[1] * 1000) / 1000,
  Math.round(p[2] * 1000) / 1000,
];
