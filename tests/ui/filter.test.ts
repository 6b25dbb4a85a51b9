import { describe, expect, it } from 'vitest';
import {
  countTriggerPoints,
  filterBrowse,
  normalizeText,
  queryWords,
} from '../../src/ui/browse/filter';
import { atlasFrom, richAtlasFiles } from './fixtures';

const atlas = atlasFrom(richAtlasFiles());
const muscleIds = (query: string) =>
  filterBrowse(atlas, query).flatMap((g) => g.muscles.map((m) => m.muscle.id));

describe('normalizeText', () => {
  it('drops case, accents and punctuation', () => {
    expect(normalizeText('  Épaule — Côté-Droit ')).toBe('epaule cote droit');
    expect(queryWords('  Upper   TRAPS ')).toEqual(['upper', 'traps']);
  });
});

describe('filterBrowse', () => {
  it('returns every muscle, grouped head to foot, for an empty query', () => {
    const groups = filterBrowse(atlas, '   ');
    expect(groups.map((g) => g.label)).toEqual(['Neck', 'Foot']);
    expect(countTriggerPoints(groups)).toBe(2);
    expect(groups[0]?.muscles[0]?.triggerPoints[0]?.matchedRegions).toEqual([]);
  });

  it('matches common and Latin names and synonyms as word starts', () => {
    expect(muscleIds('trapez')).toEqual(['upper-trapezius']);
    expect(muscleIds('upper traps')).toEqual(['upper-trapezius']);
    expect(muscleIds('hallucis')).toEqual(['abductor-hallucis']);
    // "rap" is inside "trapezius" but starts no word.
    expect(muscleIds('rap')).toEqual([]);
  });

  it('matches trigger point names at both reading levels', () => {
    expect(muscleIds('top of the shoulder')).toEqual(['upper-trapezius']);
    expect(muscleIds('medial arch')).toEqual(['abductor-hallucis']);
  });

  it('finds muscles by the regions their pain spreads to, and says which', () => {
    const groups = filterBrowse(atlas, 'temple');
    expect(groups.flatMap((g) => g.muscles.map((m) => m.muscle.id))).toEqual(['upper-trapezius']);
    const tp = groups[0]?.muscles[0]?.triggerPoints[0];
    expect(tp?.matchedRegions.map((r) => r.id)).toEqual(['temple']);
    // Spillover regions and clinical region names count too.
    expect(muscleIds('angle of the mandible')).toEqual(['upper-trapezius']);
    expect(muscleIds('heel')).toEqual(['abductor-hallucis']);
  });

  it('ignores case and accents', () => {
    expect(muscleIds('TÉMPORAL')).toEqual(['upper-trapezius']);
    expect(muscleIds('Héél')).toEqual(['abductor-hallucis']);
  });

  it('requires every word to match', () => {
    expect(muscleIds('heel trapezius')).toEqual([]);
    expect(muscleIds('neck temple')).toEqual(['upper-trapezius']);
  });
});
