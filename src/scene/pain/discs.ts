/**
 * Which discs draw the pain marks: for each mark, one numbered label disc at the sample nearest
 * the mark's centre, plus a small hatched dot at every other sample of an area (stroke or
 * region). Pure: marks in, flat arrays out (the GPU field uploads them as they are).
 */
import type { PainMark } from '../../domain/rank';
import { PAIN_MARK_SIZE } from './painMarkMaterial';

export interface DiscArrays {
  readonly count: number;
  /** xyz per disc. */
  readonly points: Float32Array;
  readonly normals: Float32Array;
  /** The number shown (1-based), 0 for an area dot. */
  readonly numbers: Float32Array;
  /** World radius (m) and minimum on-screen radius (CSS px). */
  readonly radii: Float32Array;
  readonly minPx: Float32Array;
}

/** Index of the sample nearest the centroid of the mark's samples (−1 when empty). */
export function labelSample(mark: PainMark): number {
  const n = mark.samples.length;
  if (n === 0) return -1;
  let cx = 0;
  let cy = 0;
  let cz = 0;
  for (const s of mark.samples) {
    cx += s.point[0];
    cy += s.point[1];
    cz += s.point[2];
  }
  cx /= n;
  cy /= n;
  cz /= n;
  let best = 0;
  let bestD = Infinity;
  mark.samples.forEach((s, i) => {
    const d = (s.point[0] - cx) ** 2 + (s.point[1] - cy) ** 2 + (s.point[2] - cz) ** 2;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return best;
}

/**
 * Discs for `marks`; `numbers[i]` is the label of marks[i] (its 1-based position in the user's
 * list), 0 to draw it without a label disc (a stroke still being painted).
 */
export function discsFor(marks: readonly PainMark[], numbers: readonly number[]): DiscArrays {
  const count = marks.reduce((n, m) => n + m.samples.length, 0);
  const points = new Float32Array(count * 3);
  const normals = new Float32Array(count * 3);
  const nums = new Float32Array(count);
  const radii = new Float32Array(count);
  const minPx = new Float32Array(count);
  let k = 0;
  marks.forEach((mark, m) => {
    const label = labelSample(mark);
    const number = numbers[m] ?? 0;
    // Dots first, the label disc last, so it draws over its own dots.
    const order = mark.samples.map((_, i) => i).filter((i) => i !== label || number === 0);
    if (label >= 0 && number > 0) order.push(label);
    for (const i of order) {
      const s = mark.samples[i];
      if (!s) continue;
      points.set(s.point, k * 3);
      normals.set(s.normal, k * 3);
      const isLabel = i === label && number > 0;
      nums[k] = isLabel ? number : 0;
      const size = !isLabel
        ? PAIN_MARK_SIZE.dot
        : number >= 10
          ? PAIN_MARK_SIZE.twoDigitLabel
          : PAIN_MARK_SIZE.label;
      radii[k] = size.world;
      minPx[k] = size.minPx;
      k++;
    }
  });
  return { count, points, normals, numbers: nums, radii, minPx };
}
