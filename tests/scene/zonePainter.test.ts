import { describe, expect, it } from 'vitest';
import { paintZones } from '../../src/domain/paint';
import { ZonePainter } from '../../src/scene/paint/zonePainter';
import { fixtureAtlas } from '../support/fixture';
import { syntheticSkin } from './syntheticSkin';
import { must } from './must';

describe('zone painter', () => {
  const atlas = fixtureAtlas();
  const right = must(atlas.instanceByKey.get('upper-trapezius-1:right' as never));
  const left = must(atlas.instanceByKey.get('upper-trapezius-1:left' as never));

  it('fills the zone attribute for an instance, and only repaints on change', () => {
    const skin = syntheticSkin();
    const painter = new ZonePainter(skin);
    const version = skin.zone.version;
    expect(painter.paint(right)).toBe(true);
    expect(skin.zone.version).toBeGreaterThan(version);
    const expected = new Float32Array(skin.vertexCount * 2);
    const summary = paintZones(right, skin.positions, skin.normals, expected);
    expect(summary.essentialVertices).toBeGreaterThan(0);
    expect(Array.from(skin.zone.array)).toEqual(Array.from(expected));
    expect(painter.paint(right)).toBe(false);
    expect(painter.paint(null)).toBe(true);
    expect(Array.from(skin.zone.array).every((v) => v === 0)).toBe(true);
  });

  it("gives another instance's coverage without repainting the skin", () => {
    const skin = syntheticSkin();
    const painter = new ZonePainter(skin);
    painter.paint(right);
    const before = Float32Array.from(skin.zone.array as Float32Array);
    const other = painter.coverage(left);
    expect(other).not.toBe(skin.zone.array);
    expect(Array.from(skin.zone.array)).toEqual(Array.from(before));
    expect(painter.coverage(right)).toBe(skin.zone.array);
  });
});
