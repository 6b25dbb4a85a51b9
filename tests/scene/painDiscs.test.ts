/**
 * The discs that draw pain marks: one numbered label disc per mark, drawn after its own area
 * dots, and larger from mark 10 on so two digits stay legible.
 */
import { describe, expect, it } from 'vitest';
import { discsFor } from '../../src/scene/pain/discs';
import { PAIN_MARK_SIZE } from '../../src/scene/pain/painMarkMaterial';
import type { PainMark } from '../../src/domain/rank';

const area = (x: number): PainMark => ({
  samples: [-0.01, 0, 0.01].map((dx) => ({ point: [x + dx, 1, 0.1], normal: [0, 0, 1] })),
});

describe('discsFor', () => {
  it('draws an area as dots with its numbered label disc last', () => {
    const d = discsFor([area(0)], [3]);
    expect(d.count).toBe(3);
    expect([...d.numbers]).toEqual([0, 0, 3]);
    expect([...d.minPx]).toEqual([
      PAIN_MARK_SIZE.dot.minPx,
      PAIN_MARK_SIZE.dot.minPx,
      PAIN_MARK_SIZE.label.minPx,
    ]);
    // The label sits at the sample nearest the centre.
    expect(d.points[6]).toBeCloseTo(0);
  });

  it('gives two-digit numbers a larger disc', () => {
    const d = discsFor([area(0), area(0.2)], [9, 10]);
    const label = (n: number) => d.numbers.indexOf(n);
    expect(d.minPx[label(9)]).toBe(PAIN_MARK_SIZE.label.minPx);
    expect(d.minPx[label(10)]).toBe(PAIN_MARK_SIZE.twoDigitLabel.minPx);
    expect(d.radii[label(10)]).toBeCloseTo(PAIN_MARK_SIZE.twoDigitLabel.world);
  });

  it('draws a stroke still being painted without a label', () => {
    const d = discsFor([area(0)], [0]);
    expect([...d.numbers]).toEqual([0, 0, 0]);
  });
});
