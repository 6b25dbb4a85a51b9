import { describe, expect, it } from 'vitest';
import { fitGlyph, type Ink } from '../../src/scene/pain/numberAtlas';
import { DIGIT_RADIUS } from '../../src/scene/pain/painMarkMaterial';

/** The drawn ink box, in cell pixels from the cell's centre. */
function drawnBox(ink: Ink, measuredPx: number, cell: number) {
  const fit = fitGlyph(ink, measuredPx, cell, DIGIT_RADIUS);
  const s = fit.fontPx / measuredPx;
  return {
    left: fit.dx - ink.left * s,
    right: fit.dx + ink.right * s,
    top: fit.dy - ink.ascent * s,
    bottom: fit.dy + ink.descent * s,
  };
}

describe('pain mark numbers', () => {
  // Bold digits at 100 px: one digit about 58 × 72, two about 116 × 72 (ink, from the point).
  const one: Ink = { left: 29, right: 29, ascent: 72, descent: 1 };
  const two: Ink = { left: 60, right: 56, ascent: 72, descent: 1 };

  it.each([
    ['one digit', one],
    ['two digits', two],
  ])('fits %s inside the disc, within DIGIT_RADIUS of its centre', (_, ink) => {
    const b = drawnBox(ink, 100, 64);
    const limit = (DIGIT_RADIUS * 64) / 2;
    for (const x of [b.left, b.right])
      for (const y of [b.top, b.bottom]) expect(Math.hypot(x, y)).toBeLessThanOrEqual(limit + 1e-9);
    // Centred: the ink's middle is the cell's.
    expect((b.left + b.right) / 2).toBeCloseTo(0, 9);
    expect((b.top + b.bottom) / 2).toBeCloseTo(0, 9);
  });

  it('draws a single digit larger than a pair, since it is narrower', () => {
    expect(fitGlyph(one, 100, 64, DIGIT_RADIUS).fontPx).toBeGreaterThan(
      fitGlyph(two, 100, 64, DIGIT_RADIUS).fontPx,
    );
  });
});
