/**
 * The pain finder's region list: body regions grouped head to foot, filtered by what the user
 * typed. Every query word must start a word of the region's patient name, clinical name or a
 * synonym; case and accents are ignored ("TEMPLE", "tempe" → no, "temp" → temple). Pure, so it is
 * unit-tested and could move to src/domain beside the browse filter.
 */
import type { MuscleGroup, Region } from '../../domain/types';
import { GROUP_LABELS, GROUP_ORDER } from '../browse/groups';
import { normalizeText, queryWords } from '../browse/filter';

export interface RegionGroup {
  readonly group: MuscleGroup;
  readonly label: string;
  readonly regions: readonly Region[];
}

const hayOf = (r: Region): string =>
  ` ${normalizeText([r.names.patient, r.names.clinical, ...r.synonyms].join(' '))}`;

/** True when every word of `query` starts a word of the region's names or synonyms. */
export function regionMatches(region: Region, query: string): boolean {
  const hay = hayOf(region);
  return queryWords(query).every((w) => hay.includes(` ${w}`));
}

/**
 * Regions matching `query`, grouped by body area head to foot and sorted by patient name
 * within a group; empty groups are left out. An empty query returns every region.
 */
export function filterRegions(regions: readonly Region[], query: string): RegionGroup[] {
  const byGroup = new Map<MuscleGroup, Region[]>();
  for (const region of regions) {
    if (!regionMatches(region, query)) continue;
    const list = byGroup.get(region.group) ?? [];
    list.push(region);
    byGroup.set(region.group, list);
  }
  return GROUP_ORDER.flatMap((group) => {
    const list = byGroup.get(group);
    if (!list) return [];
    const sorted = [...list].sort((a, b) => a.names.patient.localeCompare(b.names.patient, 'en'));
    return [{ group, label: GROUP_LABELS[group], regions: sorted }];
  });
}

/** Number of regions in a filtered list. */
export const countRegions = (groups: readonly RegionGroup[]): number =>
  groups.reduce((n, g) => n + g.regions.length, 0);
