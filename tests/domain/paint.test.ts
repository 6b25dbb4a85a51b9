import { describe, expect, it } from 'vitest';
import { paintZones } from '../../src/domain/paint';
import { focusView } from '../../src/domain/focus';
import { fixtureAtlas } from '../support/fixture';

/** A ring of vertices round the head at temple height, normals pointing outward. */
function headRing(y: number, radius = 0.085, count = 72) {
  const positions = new Float32Array(count * 3);
  const normals = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    const a = (i / count) * Math.PI * 2;
    positions.set([Math.cos(a) * radius, y, Math.sin(a) * radius], i * 3);
    normals.set([Math.cos(a), 0, Math.sin(a)], i * 3);
  }
  return { positions, normals };
}

describe('paintZones', () => {
  const atlas = fixtureAtlas();
  const right = atlas.instanceByKey.get('upper-trapezius-1:right' as never)!;
  const left = atlas.instanceByKey.get('upper-trapezius-1:left' as never)!;

  it("paints the essential zone on the trigger point's own side only", () => {
    const { positions, normals } = headRing(1.66);
    const out = new Float32Array(72 * 2);
    const summary = paintZones(right, positions, normals, out);
    expect(summary.essentialVertices).toBeGreaterThan(0);
    for (let i = 0; i < 72; i++) {
      if ((out[i * 2] ?? 0) >= 0.5) expect(positions[i * 3]).toBeLessThan(0);
    }
    paintZones(left, positions, normals, out);
    for (let i = 0; i < 72; i++) {
      if ((out[i * 2] ?? 0) >= 0.5) expect(positions[i * 3]).toBeGreaterThan(0);
    }
  });

  it('clears everything when nothing is selected and checks the output size', () => {
    const { positions, normals } = headRing(1.66);
    const out = new Float32Array(72 * 2).fill(1);
    expect(paintZones(null, positions, normals, out)).toEqual({
      essentialVertices: 0,
      spilloverVertices: 0,
    });
    expect(out.every((v) => v === 0)).toBe(true);
    expect(() => paintZones(right, positions, normals, new Float32Array(3))).toThrow();
  });

  it('aims the camera at the painted side of the body', () => {
    const { positions, normals } = headRing(1.66);
    const out = new Float32Array(72 * 2);
    paintZones(right, positions, normals, out);
    const view = focusView(right.position, [-0.6, 0.5, -0.6], positions, normals, out);
    expect(view.direction[0]).toBeLessThan(-0.5); // from the body's right
    expect(Math.hypot(...view.direction)).toBeCloseTo(1, 5);
    expect(view.radius).toBeGreaterThanOrEqual(0.12);
  });
});

describe('focusView', () => {
  it('shows the pain, not the trigger point, when they are on opposite sides of the body', () => {
    // Painted vertices on the front (+z) of a slab; the trigger point faces backward.
    const positions = new Float32Array([0, 1, 0.1, 0.05, 1, 0.1, -0.05, 1, 0.1]);
    const normals = new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1]);
    const coverage = new Float32Array([1, 0, 1, 0, 1, 0]);
    const view = focusView([0, 1, -0.1], [0, 0, -1], positions, normals, coverage);
    expect(view.direction[2]).toBeGreaterThan(0.9);
  });
});
