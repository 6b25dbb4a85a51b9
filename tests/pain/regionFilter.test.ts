import { describe, expect, it } from 'vitest';
import { countRegions, filterRegions, regionMatches } from '../../src/ui/pain/regionFilter';
import type { Region } from '../../src/domain/types';

const region = (
  id: string,
  group: Region['group'],
  patient: string,
  clinical: string,
  synonyms: string[] = [],
): Region =>
  ({ id, group, names: { patient, clinical }, synonyms, shapes: [] }) as unknown as Region;

const regions = [
  region('heel', 'foot', 'Heel', 'Calcaneal region', ['bottom of the heel']),
  region('low-back', 'back', 'Low back', 'Lumbar paraspinal region', ['lower back']),
  region('temple', 'head-face', 'Temple', 'Temporal region', ['side of the head']),
  region('tmj', 'head-face', 'Jaw joint', 'Temporomandibular joint region', ['TMJ area']),
  region('cafe', 'head-face', 'Crâne', 'Région crânienne'),
];

describe('filterRegions', () => {
  it('groups every region head to foot, sorted by patient name, with an empty query', () => {
    const groups = filterRegions(regions, '');
    expect(groups.map((g) => g.label)).toEqual(['Head and face', 'Back', 'Foot']);
    expect(groups[0]!.regions.map((r) => r.id)).toEqual(['cafe', 'tmj', 'temple']);
    expect(countRegions(groups)).toBe(5);
  });

  it('matches patient names, clinical names and synonyms by word start, ignoring case', () => {
    expect(filterRegions(regions, 'LOW BACK').flatMap((g) => g.regions.map((r) => r.id))).toEqual([
      'low-back',
    ]);
    expect(filterRegions(regions, 'lumbar').flatMap((g) => g.regions.map((r) => r.id))).toEqual([
      'low-back',
    ]);
    expect(filterRegions(regions, 'temp').flatMap((g) => g.regions.map((r) => r.id))).toEqual([
      'tmj',
      'temple',
    ]);
    expect(regionMatches(regions[3]!, 'tmj')).toBe(true);
    expect(regionMatches(regions[0]!, 'eel')).toBe(false);
  });

  it('ignores accents both ways', () => {
    expect(regionMatches(regions[4]!, 'crane')).toBe(true);
    expect(regionMatches(regions[4]!, 'régi')).toBe(true);
  });

  it('returns no groups when nothing matches', () => {
    expect(filterRegions(regions, 'elbow')).toEqual([]);
  });
});
