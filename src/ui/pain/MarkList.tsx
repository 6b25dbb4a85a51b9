/**
 * The user's marks, numbered as on the body, each named by place and side, each removable;
 * "Clear all" removes every mark. Removing renumbers the rest (numbers are list positions).
 */
import type { PainMarkSpec } from '../../domain/marks';
import type { ReadingLevel } from '../../domain/types';
import { useActions } from '../../state/store';
import { CloseButton } from '../common/CloseButton';
import type { MarkPlace } from './describeMark';
import { MarkBadge } from './MarkBadge';

interface Props {
  specs: readonly PainMarkSpec[];
  places: readonly MarkPlace[];
  level: ReadingLevel;
  onChanged: (message: string) => void;
}

const kindOf = (spec: PainMarkSpec) =>
  spec.kind === 'region' ? 'from the list' : spec.points.length > 1 ? 'shaded area' : 'spot';

export function MarkList({ specs, places, level, onChanged }: Props) {
  const { removePainMark, clearPainMarks } = useActions();
  if (specs.length === 0) return null;
  const nameOf = (i: number) => places[i]?.name[level] ?? 'this spot';
  return (
    <section className="pain-marks" aria-labelledby="pain-marks-title">
      <div className="pain-marks__head">
        <h3 id="pain-marks-title" className="pain-section-title">
          Your marks
        </h3>
        <button
          type="button"
          className="btn btn--ghost pain-marks__clear"
          onClick={() => {
            clearPainMarks();
            onChanged('All marks removed.');
          }}
        >
          Clear all
        </button>
      </div>
      <ol className="pain-marks__list">
        {specs.map((spec, i) => {
          const place = places[i];
          const side = place?.side ? ` (${place.side})` : '';
          return (
            <li key={i} className="pain-mark">
              <MarkBadge number={i + 1} />
              <span className="pain-mark__text">
                <span className="pain-mark__name">
                  {nameOf(i)}
                  {side}
                </span>
                <span className="pain-mark__kind">{kindOf(spec)}</span>
              </span>
              <CloseButton
                label={`Remove mark ${i + 1}, ${nameOf(i)}`}
                title="Remove this mark"
                className="pain-mark__remove"
                onClick={() => {
                  removePainMark(i);
                  onChanged(`Mark ${i + 1} removed.`);
                }}
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
