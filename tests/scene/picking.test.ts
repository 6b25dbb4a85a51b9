import { describe, expect, it } from 'vitest';
import {
  MOUSE_HIT_RADIUS,
  isClick,
  markersNear,
  pickMarker,
} from '../../src/scene/markers/picking';

const markers = {
  x: [100, 130, 400, 105],
  y: [100, 100, 300, 108],
  visible: [1, 1, 1, 0],
};

describe('marker picking', () => {
  it('picks the nearest visible marker within the radius', () => {
    expect(pickMarker(markers, 104, 102, MOUSE_HIT_RADIUS)).toBe(0);
    expect(pickMarker(markers, 122, 100, MOUSE_HIT_RADIUS)).toBe(1);
    expect(pickMarker(markers, 395, 310, MOUSE_HIT_RADIUS)).toBe(2);
  });

  it('ignores hidden markers even when they are nearest', () => {
    // (105, 108) is marker 3, but it is hidden: marker 0 is 8.9 px away and wins.
    expect(pickMarker(markers, 105, 108, MOUSE_HIT_RADIUS)).toBe(0);
  });

  it('has a generous but finite hit radius', () => {
    expect(MOUSE_HIT_RADIUS).toBeGreaterThanOrEqual(22);
    expect(pickMarker(markers, 100, 100 + MOUSE_HIT_RADIUS - 1, MOUSE_HIT_RADIUS)).toBe(0);
    expect(pickMarker(markers, 250, 200, MOUSE_HIT_RADIUS)).toBe(-1);
  });

  it('skips occluded candidates and falls back to the next nearest', () => {
    expect(pickMarker(markers, 110, 100, MOUSE_HIT_RADIUS, (i) => i === 0)).toBe(1);
    expect(pickMarker(markers, 110, 100, MOUSE_HIT_RADIUS, () => true)).toBe(-1);
  });

  it('orders candidates nearest first', () => {
    expect(markersNear(markers, 118, 100, 40)).toEqual([1, 0]);
  });

  it('tells clicks from drags', () => {
    expect(isClick(10, 10, 13, 12)).toBe(true);
    expect(isClick(10, 10, 40, 10)).toBe(false);
  });
});
