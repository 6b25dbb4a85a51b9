/**
 * The ranked candidates (best first), or the "nothing refers there" message. Shows the first few
 * and offers the rest, so a patient on a phone sees a short list.
 */
import { useState } from 'react';
import type { ReadingLevel } from '../../domain/types';
import type { MarkPlace } from './describeMark';
import { CandidateRow } from './CandidateRow';
import type { RankedCandidate } from './painResults';
import { PAIN } from './wording';

/** Candidates shown before "Show more". */
export const FIRST_SHOWN = 5;

interface Props {
  candidates: readonly RankedCandidate[];
  places: readonly MarkPlace[];
  level: ReadingLevel;
}

export function CandidateList({ candidates, places, level }: Props) {
  const [all, setAll] = useState(false);
  if (places.length === 0) return null;
  if (candidates.length === 0)
    return (
      <p className="pain-none" role="note">
        {PAIN.none[level]}
      </p>
    );
  const shown = all ? candidates : candidates.slice(0, FIRST_SHOWN);
  return (
    <section className="pain-results" aria-labelledby="pain-results-title">
      <h3 id="pain-results-title" className="pain-section-title">
        Possible sources
      </h3>
      <p className="pain-results__lead">{PAIN.resultsLead[level]}</p>
      <ol className="pain-results__list">
        {shown.map((c, i) => (
          <CandidateRow
            key={c.instance.key}
            rank={i + 1}
            candidate={c}
            places={places}
            level={level}
          />
        ))}
      </ol>
      {candidates.length > shown.length ? (
        <button type="button" className="btn pain-results__more" onClick={() => setAll(true)}>
          Show {candidates.length - shown.length} more
        </button>
      ) : null}
      <p className="pain-results__caution">{PAIN.caution}</p>
    </section>
  );
}
