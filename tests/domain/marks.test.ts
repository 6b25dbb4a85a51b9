/**
 * Which way a pain mark faces: the mean of its samples' normals, or none when they disagree
 * (a region wrapping round a limb) or are unknown.
 */
import { describe, expect, it } from 'vitest';
import { markFacing } from '../../src/domain/marks';
import type { PainMark } from '../../src/domain/rank';
import type { Vec3 } from '../../src/domain/vec';

const mark = (...normals: Vec3[]): PainMark => ({
  samples: normals.map((normal) => ({ point: [0, 1, 0], normal })),
});

describe('markFacing', () => {
  it('averages the samples into a unit vector', () => {
    const facing = markFacing(mark([0, 0, -1], [0.6, 0, -0.8], [-0.6, 0, -0.8]));
    expect(facing?.[2]).toBeCloseTo(-1);
    expect(Math.hypot(...facing!)).toBeCloseTo(1);
  });

  it('has no facing for samples all round a limb, unknown normals or no samples', () => {
    expect(markFacing(mark([1, 0, 0], [-1, 0, 0], [0, 0, 1], [0, 0, -1]))).toBeNull();
    expect(markFacing(mark([0, 0, 0], [0, 0, 0]))).toBeNull();
    expect(markFacing({ samples: [] })).toBeNull();
  });
});
