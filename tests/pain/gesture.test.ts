import { describe, expect, it } from 'vitest';
import { HOLD_MS, PaintGesture } from '../../src/scene/pain/gesture';

describe('PaintGesture', () => {
  it('a press released in place is a tap', () => {
    const g = new PaintGesture();
    g.down(1, 100, 100, 0, true);
    expect(g.move(1, 103, 102)).toBe('none');
    expect(g.up(1)).toBe('tap');
    expect(g.phase).toBe('idle');
  });

  it('a drag before the hold time is an orbit, never a mark', () => {
    const g = new PaintGesture();
    g.down(1, 100, 100, 0, false);
    g.move(1, 130, 100);
    expect(g.phase).toBe('orbiting');
    expect(g.tick(HOLD_MS + 50)).toBe('none');
    expect(g.up(1)).toBe('none');
  });

  it('press and hold, then drag, paints a stroke', () => {
    const g = new PaintGesture();
    g.down(1, 100, 100, 0, true);
    expect(g.tick(HOLD_MS - 1)).toBe('none');
    expect(g.tick(HOLD_MS)).toBe('start-paint');
    expect(g.move(1, 140, 120)).toBe('paint');
    expect(g.up(1)).toBe('end-paint');
  });

  it('a mouse with a modifier paints at once', () => {
    const g = new PaintGesture();
    expect(g.down(1, 0, 0, 0, false, true)).toBe('start-paint');
    expect(g.move(1, 50, 0)).toBe('paint');
  });

  it('a second finger turns the gesture into a pinch and drops a stroke', () => {
    const g = new PaintGesture();
    g.down(1, 0, 0, 0, true);
    g.tick(HOLD_MS);
    expect(g.down(2, 10, 10, 500, true)).toBe('cancel');
    expect(g.up(2)).toBe('none');
    expect(g.phase).toBe('idle');
  });
});
