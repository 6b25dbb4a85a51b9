import { describe, expect, it } from 'vitest';
import { CameraTween, easeInOut } from '../../src/scene/camera/tween';
import { at } from './must';

describe('camera tween', () => {
  it('eases in and out', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.5)).toBeCloseTo(0.5);
    expect(easeInOut(0.1)).toBeLessThan(0.1);
    expect(easeInOut(0.9)).toBeGreaterThan(0.9);
  });

  it('orbits around the target from front to side instead of cutting through the body', () => {
    const tween = new CameraTween();
    tween.start(0, 700, [0, 1, 3], [0, 1, 0], [3, 1, 0], [0, 1, 0]);
    const pos = new Float64Array(3);
    const target = new Float64Array(3);
    expect(tween.step(350, pos, target)).toBe(true);
    // Half way the camera is still 3 m from the target (on the arc), not at the chord's midpoint.
    expect(Math.hypot(at(pos, 0), at(pos, 1) - 1, at(pos, 2))).toBeCloseTo(3, 5);
    expect(tween.step(700, pos, target)).toBe(false);
    expect([...pos].map((v) => +v.toFixed(6))).toEqual([3, 1, 0]);
    expect(tween.running).toBe(false);
  });

  it('moves the target linearly and can be stopped', () => {
    const tween = new CameraTween();
    tween.start(1000, 100, [0, 1, 3], [0, 1, 0], [0, 1.5, 3], [0, 1.5, 0]);
    const pos = new Float64Array(3);
    const target = new Float64Array(3);
    tween.step(1050, pos, target);
    expect(target[1]).toBeCloseTo(1.25, 5);
    tween.stop();
    expect(tween.step(1060, pos, target)).toBe(false);
  });

  it('finishes at once with zero duration (reduced motion)', () => {
    const tween = new CameraTween();
    tween.start(0, 0, [0, 1, 3], [0, 1, 0], [0, 1, -3], [0, 1, 0]);
    const pos = new Float64Array(3);
    expect(tween.step(0, pos, new Float64Array(3))).toBe(false);
    expect(pos[2]).toBeCloseTo(-3, 5);
  });
});
