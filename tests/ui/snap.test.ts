import { describe, expect, it } from 'vitest';
import { cycleSnap, settleSnap, snapHeights, stepSnap } from '../../src/ui/sheet/snap';

describe('bottom sheet snapping', () => {
  const heights = snapHeights(800, 136);

  it('computes heights for a container', () => {
    expect(heights).toEqual({ peek: 136, half: 416, full: 800 });
    expect(snapHeights(100, 136)).toEqual({ peek: 136, half: 136, full: 136 });
  });

  it('settles a slow drag on the nearest height', () => {
    expect(settleSnap(200, 0, heights, 'peek')).toBe('peek');
    expect(settleSnap(380, 0.1, heights, 'peek')).toBe('half');
    expect(settleSnap(700, -0.1, heights, 'half')).toBe('full');
  });

  it('goes to the next height beyond the release point on a flick', () => {
    expect(settleSnap(150, 1.2, heights, 'peek')).toBe('half');
    expect(settleSnap(500, 1.2, heights, 'peek')).toBe('full');
    expect(settleSnap(790, -1.2, heights, 'full')).toBe('half');
    expect(settleSnap(300, -1.2, heights, 'full')).toBe('peek');
    expect(settleSnap(136, -2, heights, 'full')).toBe('peek');
    expect(settleSnap(800, 2, heights, 'full')).toBe('full');
  });

  it('steps and cycles for keyboard use', () => {
    expect(stepSnap('peek', -1)).toBe('peek');
    expect(stepSnap('half', 1)).toBe('full');
    expect(cycleSnap('peek')).toBe('half');
    expect(cycleSnap('full')).toBe('peek');
  });
});
