import { describe, expect, it } from 'vitest';
import { MAX_STROKE_POINTS, thinStroke, toMillimetres } from '../../src/scene/pain/stroke';
import { distance, type Vec3 } from '../../src/domain/vec';

const line = (n: number, step: number): Vec3[] =>
  Array.from({ length: n }, (_, i) => [i * step, 1, 0.1] as Vec3);

describe('thinStroke', () => {
  it('keeps points about 1 cm apart', () => {
    const out = thinStroke(line(101, 0.002)); // 20 cm in 2 mm steps
    expect(out.length).toBe(21);
    for (let i = 1; i < out.length; i++)
      expect(distance(out[i]!, out[i - 1]!)).toBeGreaterThanOrEqual(0.01 - 1e-8);
  });

  it('keeps at most 64 points, spread over the whole stroke', () => {
    const raw = line(1000, 0.01);
    const out = thinStroke(raw);
    expect(out.length).toBe(MAX_STROKE_POINTS);
    expect(out[0]).toEqual(raw[0]);
    expect(out[out.length - 1]).toEqual(raw[raw.length - 1]);
  });

  it('turns a tap-sized stroke into one point and nothing into nothing', () => {
    expect(
      thinStroke([
        [0, 1, 0],
        [0.001, 1, 0],
        [0.002, 1, 0],
      ]),
    ).toEqual([[0, 1, 0]]);
    expect(thinStroke([])).toEqual([]);
  });

  it('rounds to whole millimetres as the URL stores them', () => {
    expect(toMillimetres([-0.07049, 1.66051, 0.0304])).toEqual([-0.07, 1.661, 0.03]);
  });
});
