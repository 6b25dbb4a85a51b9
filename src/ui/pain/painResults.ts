/**
 * From what the user marked to what the panel shows: each mark converted (domain `toPainMarks`,
 * one spec at a time so mark numbers stay aligned even when a region yields no samples), named
 * (`describeMark`), and the candidates ranked (domain `rankCandidates`) with their hits mapped
 * back to the user's mark numbers. Pure; the panel memoises it on marks, skin and atlas.
 */
import type { Atlas, TriggerPointInstance } from '../../domain/catalogue';
import { toPainMarks, type PainMarkSpec, type SkinArrays } from '../../domain/marks';
import { rankCandidates, type PainMark, type ZoneHit } from '../../domain/rank';
import { describeMark, type MarkPlace } from './describeMark';

/** Candidates shown at most (the list offers the rest behind "Show more"). */
export const CANDIDATE_LIMIT = 12;

export interface RankedCandidate {
  readonly instance: TriggerPointInstance;
  readonly zone: ZoneHit;
  readonly score: number;
  /** Per user mark (same order and length as the specs). */
  readonly hits: readonly (ZoneHit | null)[];
  readonly explained: number;
}

export interface PainResults {
  /** Per spec: the mark as ranked (null when it has no surface samples). */
  readonly marks: readonly (PainMark | null)[];
  /** Per spec: where it is, in words. */
  readonly places: readonly MarkPlace[];
  readonly candidates: readonly RankedCandidate[];
}

function placeOf(atlas: Atlas, spec: PainMarkSpec, mark: PainMark | null): MarkPlace {
  if (spec.kind === 'region') {
    const region = atlas.regionById.get(spec.id);
    if (region) return { name: region.names, by: 'region', side: spec.side, region };
  }
  if (mark) return describeMark(atlas, mark);
  return { name: { patient: 'this spot', clinical: 'this spot' }, by: 'none', side: null };
}

export function painResults(
  atlas: Atlas,
  specs: readonly PainMarkSpec[],
  skin: SkinArrays | null,
  limit = CANDIDATE_LIMIT,
): PainResults {
  const marks = specs.map((spec) => toPainMarks(atlas, [spec], skin)[0] ?? null);
  const places = specs.map((spec, i) => placeOf(atlas, spec, marks[i] ?? null));
  const present: number[] = [];
  const ranking: PainMark[] = [];
  marks.forEach((m, i) => {
    if (!m || m.samples.length === 0) return;
    present.push(i);
    ranking.push(m);
  });
  const ranked = rankCandidates(atlas, ranking, limit);
  const candidates = ranked.map((c): RankedCandidate => {
    const hits: (ZoneHit | null)[] = specs.map(() => null);
    c.hits.forEach((h, k) => {
      const i = present[k];
      if (i !== undefined) hits[i] = h;
    });
    return {
      instance: c.instance,
      zone: c.zone,
      score: c.score,
      hits,
      explained: c.explains.length,
    };
  });
  return { marks, places, candidates };
}
