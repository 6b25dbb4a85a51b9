import { describe, expect, it } from 'vitest';
import { markerLabel } from '../../src/scene/markers/markerLabel';
import { fixtureAtlas } from '../support/fixture';
import { must } from './must';

describe('marker label', () => {
  const atlas = fixtureAtlas();
  const right = must(atlas.instanceByKey.get('upper-trapezius-1:right' as never));
  const left = must(atlas.instanceByKey.get('upper-trapezius-1:left' as never));

  it('names muscle, point at the reading level, and side', () => {
    expect(markerLabel(right, 'patient')).toBe('Upper trapezius — top of the shoulder (right)');
    expect(markerLabel(left, 'patient')).toBe('Upper trapezius — top of the shoulder (left)');
  });

  it('keeps codes such as "TrP1" as written', () => {
    expect(markerLabel(right, 'clinical')).toBe(
      'Upper trapezius — TrP1, anterior free border (right)',
    );
  });
});
