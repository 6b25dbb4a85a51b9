/** The app's skin query from vertices alone: distance to the nearest vertex, side by its normal. */
import { describe, expect, it } from 'vitest';
import { vertexSkinQuery } from '../../src/domain/vertexSkinQuery';
import { sphereSkin } from '../support/sphereSkin';

describe('vertex skin query', () => {
  const query = vertexSkinQuery(sphereSkin([0, 1, 0], 0.1));

  it('tells a point under the surface from one outside it, with the distance', () => {
    const under = query.nearest([0.08, 1, 0]);
    expect(under.inside).toBe(true);
    expect(under.distance).toBeCloseTo(0.02, 2);
    const out = query.nearest([0.13, 1, 0]);
    expect(out.inside).toBe(false);
    expect(out.distance).toBeCloseTo(0.03, 2);
  });

  it('widens its search for deep and far points', () => {
    const centre = query.nearest([0, 1, 0]);
    expect(centre.inside).toBe(true);
    expect(centre.distance).toBeCloseTo(0.1, 2);
    const far = query.nearest([0.4, 1, 0]);
    expect(far.inside).toBe(false);
    expect(far.distance).toBeCloseTo(0.3, 2);
  });

  it('measures a point far beyond the search radii against every vertex', () => {
    const far = query.nearest([2, 1, 0]);
    expect(far.inside).toBe(false);
    expect(far.distance).toBeCloseTo(1.9, 2);
  });

  it('has no distance on an empty skin', () => {
    const empty = vertexSkinQuery({ positions: new Float32Array(0), normals: new Float32Array(0) });
    expect(empty.nearest([0, 1, 0]).distance).toBe(Infinity);
  });
});
