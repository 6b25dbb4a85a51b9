import { describe, expect, it } from 'vitest';
import { viewOffsetFor } from '../../src/scene/camera/insets';

describe('framing around covering panels', () => {
  it('does nothing without insets', () => {
    expect(viewOffsetFor(400, 800, 32, { top: 0, right: 0, bottom: 0, left: 0 })).toEqual({
      offset: null,
      visibleFov: 32,
      visibleAspect: 0.5,
    });
  });

  it('centres the view in the part above a bottom sheet, with the narrower fov of that part', () => {
    const v = viewOffsetFor(400, 800, 32, { top: 0, right: 0, bottom: 400, left: 0 });
    expect(v.offset).toEqual({ fullW: 400, fullH: 1200, x: 0, y: 400, w: 400, h: 800 });
    // The canvas centre of the virtual view (600 px down) minus the offset lands at 200 px: the middle of the top half.
    expect(v.offset!.fullH / 2 - v.offset!.y).toBe(200);
    expect(v.visibleAspect).toBe(1);
    expect(v.visibleFov).toBeLessThan(32 / 2);
  });

  it('shifts right past a drawer on the left', () => {
    const v = viewOffsetFor(1000, 600, 32, { top: 0, right: 0, bottom: 0, left: 360 });
    expect(v.offset!.fullW / 2 - v.offset!.x).toBe(360 + 320);
  });

  it('ignores insets that leave too little to frame into', () => {
    expect(
      viewOffsetFor(400, 800, 32, { top: 0, right: 0, bottom: 700, left: 0 }).offset,
    ).toBeNull();
  });
});
