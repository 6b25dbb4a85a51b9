/**
 * One line under the title: how many marks and possible sources, and the best match by name.
 * It is what a phone's peeking bottom sheet shows, so the answer is visible without opening it.
 */
import type { ReadingLevel } from '../../domain/types';
import type { RankedCandidate } from './painResults';

interface Props {
  marks: number;
  candidates: readonly RankedCandidate[];
  level: ReadingLevel;
}

export function PainSummary({ marks, candidates, level }: Props) {
  if (marks === 0)
    return <p className="pain-summary">Mark where it hurts: tap the body or use the list.</p>;
  const best = candidates[0];
  const n = candidates.length;
  return (
    <p className="pain-summary" data-testid="pain-summary">
      <span>
        {marks} {marks === 1 ? 'mark' : 'marks'} · {n} possible {n === 1 ? 'source' : 'sources'}
      </span>
      {best ? (
        <span className="pain-summary__best">
          {' '}
          · best match: <strong>{best.instance.muscle.names.common}</strong>
          {level === 'clinical' ? ` (${best.instance.triggerPoint.name.clinical})` : ''}
        </span>
      ) : null}
    </p>
  );
}
