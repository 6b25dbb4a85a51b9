/**
 * Browse-list filtering: which muscles and trigger points match what the user typed. Pure (no
 * React, no DOM) so it can be unit-tested and later move to src/domain for the pain finder.
 *
 * A query is split into words; a trigger point matches when every word starts a word somewhere
 * in its muscle's names (common, Latin, synonyms, body-region label), its own name (both reading
 * levels) or the names of the regions in its essential and spillover zones (both levels and
 * synonyms). Matching ignores case and accents, so "temple" finds muscles that refer to the
 * temple and "sterno" finds sternocleidomastoid.
 */
import type { Atlas } from '../../domain/catalogue';
import type { Muscle, MuscleGroup, Region, TriggerPoint } from '../../domain/types';
import { GROUP_LABELS, GROUP_ORDER } from './groups';

export interface BrowseTriggerPoint {
  readonly triggerPoint: TriggerPoint;
  /** Zone regions whose names matched a query word (empty without a query): "why it matched". */
  readonly matchedRegions: readonly Region[];
}

export interface BrowseMuscle {
  readonly muscle: Muscle;
  readonly triggerPoints: readonly BrowseTriggerPoint[];
}

export interface BrowseGroup {
  readonly group: MuscleGroup;
  readonly label: string;
  readonly muscles: readonly BrowseMuscle[];
}

/** Lower case, accents removed, punctuation turned into spaces, single spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a query, normalised. */
export const queryWords = (query: string): string[] =>
  normalizeText(query).split(' ').filter(Boolean);

/** A haystack in which each word can be found as the start of a word. */
const haystack = (parts: readonly string[]): string => ` ${normalizeText(parts.join(' '))}`;
const hasWord = (hay: string, word: string): boolean => hay.includes(` ${word}`);

const regionHay = (r: Region) => haystack([r.names.patient, r.names.clinical, ...r.synonyms]);

function zoneRegions(tp: TriggerPoint, regionById: Atlas['regionById']): Region[] {
  const ids = [...tp.referral.essential.regions, ...tp.referral.spillover.regions];
  return [...new Set(ids)]
    .map((id) => regionById.get(id))
    .filter((r): r is Region => r !== undefined);
}

/**
 * The browse list for a query, grouped by body region head to foot; groups and muscles without
 * a match are left out. An empty query returns everything.
 */
export function filterBrowse(
  atlas: Pick<Atlas, 'muscles' | 'regionById'>,
  query: string,
): BrowseGroup[] {
  const words = queryWords(query);
  const byGroup = new Map<MuscleGroup, BrowseMuscle[]>();
  for (const muscle of atlas.muscles) {
    const muscleHay = haystack([
      muscle.names.common,
      muscle.names.latin,
      ...muscle.names.synonyms,
      GROUP_LABELS[muscle.group],
    ]);
    const matches: BrowseTriggerPoint[] = [];
    for (const triggerPoint of muscle.triggerPoints) {
      const regions = zoneRegions(triggerPoint, atlas.regionById);
      const regionHays = regions.map(regionHay);
      const hay = `${muscleHay}${haystack([triggerPoint.name.patient, triggerPoint.name.clinical])}${regionHays.join('')}`;
      if (!words.every((w) => hasWord(hay, w))) continue;
      const matchedRegions =
        words.length === 0
          ? []
          : regions.filter((_, i) => words.some((w) => hasWord(regionHays[i] ?? '', w)));
      matches.push({ triggerPoint, matchedRegions });
    }
    if (matches.length === 0) continue;
    const list = byGroup.get(muscle.group) ?? [];
    list.push({ muscle, triggerPoints: matches });
    byGroup.set(muscle.group, list);
  }
  return GROUP_ORDER.flatMap((group) => {
    const muscles = byGroup.get(group);
    return muscles ? [{ group, label: GROUP_LABELS[group], muscles }] : [];
  });
}

/** Number of trigger points in a browse result. */
export const countTriggerPoints = (groups: readonly BrowseGroup[]): number =>
  groups.reduce((n, g) => n + g.muscles.reduce((m, x) => m + x.triggerPoints.length, 0), 0);
