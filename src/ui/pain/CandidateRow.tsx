/**
 * One ranked candidate: rank, muscle, trigger point (reading level), side, a swatch for the best
 * zone a mark falls in, and why it is listed. The whole card is one button: choosing it selects
 * the trigger point, so its pattern is painted next to the marks.
 */
import type { ReadingLevel } from '../../domain/types';
import { useActions } from '../../state/store';
import { Swatch } from '../common/Swatch';
import { pick, sideLabel } from '../common/text';
import type { MarkPlace } from './describeMark';
import type { RankedCandidate } from './painResults';
import { candidateReasons } from './reasons';

interface Props {
  rank: number;
  candidate: RankedCandidate;
  places: readonly MarkPlace[];
  level: ReadingLevel;
}

const ZONE_LABEL = {
  essential: { patient: 'Main zone', clinical: 'Essential zone' },
  spillover: { patient: 'Where some feel it', clinical: 'Spillover zone' },
} as const;

export function CandidateRow({ rank, candidate, places, level }: Props) {
  const { select } = useActions();
  const { instance, zone } = candidate;
  const reasons = candidateReasons(candidate.hits, places, level);
  return (
    <li className="pain-cand">
      <button type="button" className="pain-cand__button" onClick={() => select(instance.key)}>
        <span className="pain-cand__rank" aria-hidden="true">
          {rank}
        </span>
        <span className="pain-cand__body">
          <span className="pain-cand__muscle">{instance.muscle.names.common}</span>
          <span className="pain-cand__tp">
            {pick(instance.triggerPoint.name, level)} · {sideLabel(instance.side).toLowerCase()}
          </span>
          <span className="pain-cand__zone">
            <Swatch kind={zone} />
            {ZONE_LABEL[zone][level]}
          </span>
          {reasons.map((r) => (
            <span key={r} className="pain-cand__reason">
              {r}
            </span>
          ))}
        </span>
      </button>
    </li>
  );
}
