// Contract tests of the generated body model (public/models/body.glb): node layout, attributes,
// budgets, frame (stature, floor, midline) and left/right symmetry. Reads only project files.
import { beforeAll, describe, expect, it } from 'vitest';
import { nearestOnMesh, readBodyGlb, type BodyGlb } from '../../scripts/lib/body-glb';

let body: BodyGlb;
beforeAll(async () => {
  body = await readBodyGlb('public/models/body.glb');
});

const bounds = (p: Float32Array) => {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < p.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k] ?? 0, p[i + k] ?? 0);
      max[k] = Math.max(max[k] ?? 0, p[i + k] ?? 0);
    }
  }
  return { min, max };
};

describe('body.glb', () => {
  it('has a node named skin with positions, unit normals and indices', () => {
    expect(body.nodeNames).toContain('skin');
    const { positions, normals, indices } = body.skin;
    expect(positions.length).toBeGreaterThan(0);
    expect(normals.length).toBe(positions.length);
    expect(indices.length % 3).toBe(0);
    for (let i = 0; i < normals.length; i += 3 * 97) {
      expect(Math.hypot(normals[i] ?? 0, normals[i + 1] ?? 0, normals[i + 2] ?? 0)).toBeCloseTo(1, 2);
    }
  });

  it('groups muscles and bones under their own nodes', () => {
    expect(body.nodeNames).toContain('muscles');
    expect(body.nodeNames).toContain('bones');
    for (const name of body.nodeNames) {
      if (name === 'skin' || name === 'muscles' || name === 'bones') continue;
      expect(name, name).toMatch(/^(muscle\.[a-z0-9-]+\.[RL]|bone\.[a-z0-9-]+(\.[RL])?)$/);
    }
  });

  it('stays within the triangle and file-size budgets', () => {
    const parts = [...body.muscles.values(), ...body.bones.values()];
    const total = body.skin.triangleCount + parts.reduce((s, m) => s + m.triangleCount, 0);
    expect(body.skin.triangleCount).toBeLessThanOrEqual(55_000);
    expect(total).toBeLessThanOrEqual(150_000);
    expect(body.byteLength).toBeLessThanOrEqual(2_000_000);
  });

  it('stands in the body frame: 1.75 m tall, on the floor, centred on the midline', () => {
    const b = bounds(body.skin.positions);
    expect(Math.abs((b.max[1] ?? 0) - 1.75)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(b.min[1] ?? 1)).toBeLessThanOrEqual(0.005);
    // the heel pads are around z = 0, the back of the heel ~3.5 cm behind
    expect(b.min[2]).toBeLessThan(0);
    expect(b.max[2]).toBeGreaterThan(0.15);
  });

  it('is left/right symmetric', () => {
    const b = bounds(body.skin.positions);
    expect(Math.abs((b.min[0] ?? 0) + (b.max[0] ?? 0))).toBeLessThan(0.001);
    // every sampled vertex has a mirror image on the surface
    const p = body.skin.positions;
    for (let i = 0; i < p.length; i += 3 * 211) {
      const m = nearestOnMesh(body.skin, [-(p[i] ?? 0), p[i + 1] ?? 0, p[i + 2] ?? 0]);
      expect(m.distance).toBeLessThan(0.001);
    }
  });

  it('faces outward: a point in the chest is inside, one in front of it outside', () => {
    const inChest = nearestOnMesh(body.skin, [0, 1.3, 0.06]);
    expect(inChest.inside).toBe(true);
    const ahead = nearestOnMesh(body.skin, [0, 1.3, 0.5]);
    expect(ahead.inside).toBe(false);
    expect(ahead.distance).toBeGreaterThan(0.2);
  });
});
