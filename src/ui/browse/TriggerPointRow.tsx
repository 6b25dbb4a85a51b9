/**
 * One trigger point in the browse list: a large button (the name, ending in a "Right" tag) that
 * selects it on the right side, and a "Left" button beside it for the left side. With a query, it says which painful area matched.
 */
import { instanceKey, parseInstanceKey, type InstanceKey } from '../../domain/ids';
import type { ReadingLevel } from '../../domain/types';
import { pick } from '../common/text';
import type { BrowseTriggerPoint } from './filter';

interface Props {
  item: BrowseTriggerPoint;
  muscleName: string;
  level: ReadingLevel;
  selection: InstanceKey | null;
  onPick: (key: InstanceKey) => void;
}

export function TriggerPointRow({ item, muscleName, level, selection, onPick }: Props) {
  const { triggerPoint, matchedRegions } = item;
  const name = pick(triggerPoint.name, level);
  const selected = selection ? parseInstanceKey(selection) : null;
  const current = selected?.id === triggerPoint.id ? selected.side : null;
  const spreads = matchedRegions.map((r) => r.names[level]).join(', ');
  // Every visible word is in the name, in order ("… shoulder, pain spreads to …, right side"),
  // so the name matches what is seen (WCAG 2.5.3, label in name).
  const rightName = `${muscleName}: ${name}${spreads ? `, pain spreads to ${spreads}` : ''}, right side`;
  return (
    <li className="tp-row" data-row>
      <button
        type="button"
        className="tp-row__main"
        data-nav="main"
        aria-current={current === 'right' ? 'true' : undefined}
        aria-label={rightName}
        onClick={() => onPick(instanceKey(triggerPoint.id, 'right'))}
      >
        <span className="tp-row__text">
          <span className="tp-row__name">{name}</span>{' '}
          {spreads ? <span className="tp-row__match">Pain spreads to {spreads}</span> : null}
        </span>{' '}
        <span className="tp-row__side" aria-hidden="true">
          Right
        </span>
      </button>
      <button
        type="button"
        className="tp-row__alt"
        data-nav="alt"
        aria-current={current === 'left' ? 'true' : undefined}
        aria-label={`${muscleName}: ${name}, left side`}
        title="Show on the left side"
        onClick={() => onPick(instanceKey(triggerPoint.id, 'left'))}
      >
        <span className="tp-row__side">Left</span>
      </button>
    </li>
  );
}
