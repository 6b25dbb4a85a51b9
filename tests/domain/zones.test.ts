import { describe, expect, it } from 'vitest';
import { inZone, resolveShape, shapeCoverage, zoneCoverage, type ResolvedShape } from '../../src/domain/zones';
import type { Vec3 } from '../../src/domain/vec';
import { fixtureAtlas } from '../support/fixture';

const out: Vec3 = [-1, 0, 0];
const lookup = (id: string): Vec3 | undefined => (id === 'knee' ? [-0.1, 0.5, 0.05] : undefined);

describe('zone membership', () => {
  const sphere: ResolvedShape = { kind: 'sphere', center: [0, 1, 0], radius: 0.05 };

  it('is 0.5 exactly on the boundary and saturates inside and outside', () => {
    expect(shapeCoverage(sphere, [0.05, 1, 0], out)).toBeCloseTo(0.5, 6);
    expect(shapeCoverage(sphere, [0, 1, 0], out)).toBe(1);
    expect(shapeCoverage(sphere, [0.2, 1, 0], out)).toBe(0);
  });

  it('measures capsules from their segment', () => {
    const capsule: ResolvedShape = { kind: 'capsule', from: [0, 0, 0], to: [0, 1, 0], radius: 0.03 };
    expect(inZone([capsule], [0.02, 0.5, 0], out)).toBe(true);
    expect(inZone([capsule], [0.02, 1.05, 0], out)).toBe(false);
    expect(inZone([capsule], [0.06, 0.5, 0], out)).toBe(false);
  });

  it('uses each radius of an ellipsoid', () => {
    const e: ResolvedShape = { kind: 'ellipsoid', center: [0, 0, 0], radii: [0.1, 0.02, 0.02] };
    expect(inZone([e], [0.09, 0, 0], out)).toBe(true);
    expect(inZone([e], [0, 0.03, 0], out)).toBe(false);
  });

  it('keeps a facing shape off surfaces that face away', () => {
    const front: ResolvedShape = { ...sphere, facing: [0, 0, 1] };
    expect(inZone([front], [0, 1, 0.04], [0, 0, 1])).toBe(true);
    expect(inZone([front], [0, 1, -0.04], [0, 0, -1])).toBe(false);
  });

  it('clips an ipsilateral shape at the midline', () => {
    const right: ResolvedShape = { ...sphere, side: 'right' };
    expect(inZone([right], [-0.03, 1, 0], out)).toBe(true);
    expect(inZone([right], [0.03, 1, 0], out)).toBe(false);
    const left: ResolvedShape = { ...sphere, side: 'left' };
    expect(inZone([left], [0.03, 1, 0], out)).toBe(true);
  });

  it('takes the union of a zone\'s shapes', () => {
    const far: ResolvedShape = { kind: 'sphere', center: [0.5, 1, 0], radius: 0.05 };
    expect(zoneCoverage([far, sphere], [0, 1, 0], out)).toBe(1);
    expect(zoneCoverage([], [0, 1, 0], out)).toBe(0);
  });
});

describe('mirroring', () => {
  it('resolves landmark anchors with offsets and mirrors them for the left side', () => {
    const shape = { kind: 'sphere', center: { landmark: 'knee', offset: [0, 0.02, 0] as Vec3 }, radius: 0.04, facing: 'lateral' } as const;
    expect(resolveShape(shape, 'right', lookup)).toEqual({ kind: 'sphere', center: [-0.1, 0.52, 0.05], radius: 0.04, facing: [-1, 0, 0] });
    expect(resolveShape(shape, 'left', lookup)).toEqual({ kind: 'sphere', center: [0.1, 0.52, 0.05], radius: 0.04, facing: [1, 0, 0] });
    expect(resolveShape({ kind: 'sphere', center: { landmark: 'nope' }, radius: 0.1 }, 'right', lookup)).toBeUndefined();
  });

  it('mirrors trigger point positions and zones of the generated left side', () => {
    const atlas = fixtureAtlas();
    const right = atlas.instanceByKey.get('upper-trapezius-1:right' as never)!;
    const left = atlas.instanceByKey.get('upper-trapezius-1:left' as never)!;
    expect(left.position).toEqual([-right.position[0], right.position[1], right.position[2]]);
    const temple: Vec3 = [-0.085, 1.66, 0.03];
    const mirroredTemple: Vec3 = [0.085, 1.66, 0.03];
    expect(inZone(right.essential.shapes, temple, [-1, 0, 0])).toBe(true);
    expect(inZone(left.essential.shapes, temple, [-1, 0, 0])).toBe(false);
    expect(inZone(left.essential.shapes, mirroredTemple, [1, 0, 0])).toBe(true);
    expect(left.essential.regions.map((r) => r.id)).toEqual(['mastoid', 'temple']);
  });
});

describe('unknown orientation', () => {
  it('does not let a facing test reject a point whose normal is unknown (zero)', () => {
    const front: ResolvedShape = { kind: 'sphere', center: [0, 1, 0], radius: 0.05, facing: [0, 0, 1] };
    expect(inZone([front], [0, 1, 0.04], [0, 0, 0])).toBe(true);
    expect(inZone([front], [0, 1, 0.04], [0, 0, -1])).toBe(false);
  });
});
