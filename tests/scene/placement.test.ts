import { describe, expect, it } from 'vitest';
import { MARKER_LIFT, nearestVertex, placeOnSurface } from '../../src/scene/markers/placement';
import { distanceFromSkin, syntheticSkin } from './syntheticSkin';
import { at } from './must';

describe('marker placement on the skin', () => {
  const skin = syntheticSkin();

  it('finds the nearest vertex', () => {
    const positions = new Float32Array([0, 0, 0, 1, 0, 0, 0, 2, 0]);
    expect(nearestVertex([0.9, 0.1, 0], positions)).toBe(1);
    expect(nearestVertex([0, 5, 0], positions)).toBe(2);
    expect(nearestVertex([0, 0, 0], new Float32Array())).toBe(-1);
  });

  it('puts a point inside the body onto the surface, lifted along the outward normal', () => {
    const inside = [-0.17, 1.3, -0.01] as const; // nearest skin: the right flank (x = −0.2)
    const { points, normals } = placeOnSurface([inside], skin.positions, skin.normals);
    const p = [at(points, 0), at(points, 1), at(points, 2)];
    expect(p[0]).toBeLessThan(-0.19);
    expect(distanceFromSkin(p)).toBeLessThan(MARKER_LIFT + 0.01);
    expect(at(normals, 0)).toBeLessThan(-0.8); // outward, toward the body's right
    expect(Math.hypot(at(normals, 0), at(normals, 1), at(normals, 2))).toBeCloseTo(1, 5);
  });

  it('places a mirrored pair symmetrically', () => {
    const { points } = placeOnSurface(
      [
        [-0.1, 1.6, -0.05],
        [0.1, 1.6, -0.05],
      ],
      skin.positions,
      skin.normals,
    );
    expect(at(points, 0)).toBeCloseTo(-at(points, 3), 2);
    expect(at(points, 1)).toBeCloseTo(at(points, 4), 2);
  });
});
