import { describe, expect, it } from 'vitest';
import { paintZones, paintZonesNear } from '../../src/domain/paint';
import { buildVertexGrid, forEachVertexNear } from '../../src/domain/vertexGrid';
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

describe('paintZonesNear (through a vertex grid)', () => {
  const atlas = fixtureAtlas();

  /** Points scattered through the body's volume, with unit normals, from a fixed seed. */
  function cloud(count: number) {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const positions = new Float32Array(count * 3);
    const normals = new Float32Array(count * 3);
    for (let i = 0; i < count; i++) {
      positions.set([rnd() * 0.9 - 0.45, rnd() * 1.8, rnd() * 0.5 - 0.25], i * 3);
      const n = [rnd() - 0.5, rnd() - 0.5, rnd() - 0.5];
      const l = Math.hypot(n[0]!, n[1]!, n[2]!) || 1;
      normals.set([n[0]! / l, n[1]! / l, n[2]! / l], i * 3);
    }
    return { positions, normals };
  }

  it('gives exactly what paintZones gives, selection after selection', () => {
    const { positions, normals } = cloud(20000);
    const grid = buildVertexGrid(positions);
    const near = new Float32Array(20000 * 2);
    const full = new Float32Array(20000 * 2);
    let previous: number[] = [];
    let painted = 0;
    for (const instance of [...atlas.instances, null, atlas.instances[0]!]) {
      previous = paintZonesNear(instance, positions, normals, near, grid, previous);
      paintZones(instance, positions, normals, full);
      expect(near).toEqual(full);
      if (full.some((v) => v > 0)) painted++;
    }
    expect(painted).toBeGreaterThan(atlas.instances.length / 2);
  });

  it('finds every vertex within the radius through the grid', () => {
    const { positions } = cloud(5000);
    const grid = buildVertexGrid(positions, 0.07);
    const c: [number, number, number] = [0.05, 1.2, 0];
    const found = new Set<number>();
    forEachVertexNear(grid, c, 0.2, (v) => found.add(v));
    for (let i = 0; i < 5000; i++) {
      const d = Math.hypot(
        positions[i * 3]! - c[0],
        positions[i * 3 + 1]! - c[1],
        positions[i * 3 + 2]! - c[2],
      );
      if (d <= 0.2) expect(found.has(i)).toBe(true);
    }
    expect(found.size).toBeLessThan(5000);
  });
});
