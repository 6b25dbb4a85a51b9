import { describe, expect, it } from 'vitest';
import { describeMark, sideOfPoint } from '../../src/ui/pain/describeMark';
import type { PainMark } from '../../src/domain/rank';
import type { Vec3 } from '../../src/domain/vec';
import { atlasFrom, miniAtlasFiles } from '../ui/fixtures';

const atlas = atlasFrom(miniAtlasFiles());
const spot = (point: Vec3, normal: Vec3 = [-1, 0, 0]): PainMark => ({
  samples: [{ point, normal }],
});

describe('describeMark', () => {
  it('names a spot by the region that contains it, with its side', () => {
    const place = describeMark(atlas, spot([-0.07, 1.66, 0.03]));
    expect(place.by).toBe('region');
    expect(place.name).toEqual({ patient: 'Temple', clinical: 'Temporal region' });
    expect(place.side).toBe('right');
  });

  it('finds regions on the left side too (mirrored)', () => {
    const place = describeMark(atlas, spot([0.05, 1.55, 0.03], [0.8, -0.2, 0.2]));
    expect(place.region?.id).toBe('angle-of-jaw');
    expect(place.side).toBe('left');
  });

  it('respects a region facing: the temple is on the side of the head, not its front', () => {
    const place = describeMark(atlas, spot([-0.07, 1.66, 0.03], [0, 0, 1]));
    expect(place.region?.id).not.toBe('temple');
  });

  it('prefers the region holding most samples of an area', () => {
    const area: PainMark = {
      samples: [
        { point: [-0.055, 1.58, -0.03], normal: [-0.7, 0, -0.7] },
        { point: [-0.056, 1.585, -0.03], normal: [-0.7, 0, -0.7] },
        { point: [-0.05, 1.55, 0.03], normal: [-0.8, -0.2, 0.2] },
      ],
    };
    expect(describeMark(atlas, area).region?.id).toBe('mastoid');
  });

  it('falls back to the nearest landmark, then to "this spot"', () => {
    const near = describeMark(atlas, spot([-0.19, 1.4, -0.01], [-0.3, 1, 0]));
    expect(near.by).toBe('landmark');
    expect(near.name.patient).toBe('near the acromion');
    const far = describeMark(atlas, spot([-0.1, 0.3, 0.05], [0, 0, 1]));
    expect(far).toMatchObject({ by: 'none', name: { patient: 'this spot' } });
  });

  it('gives no side on the midline', () => {
    expect(sideOfPoint([0.004, 1.46, -0.09])).toBeNull();
    expect(describeMark(atlas, spot([0, 1.46, -0.09], [0, 0.3, -1])).side).toBeNull();
  });
});
