/**
 * Right / Left switch for the selected trigger point: selects the same trigger point on the
 * other side of the body (content is authored once and mirrored).
 */
import { instanceKey, type Side } from '../../domain/ids';
import type { TriggerPointInstance } from '../../domain/catalogue';
import { useActions } from '../../state/store';
import { sideLabel } from '../common/text';

const SIDES: readonly Side[] = ['right', 'left'];

export function SideToggle({ instance }: { instance: TriggerPointInstance }) {
  const { select } = useActions();
  return (
    <div className="segmented side-toggle" role="group" aria-label="Side of the body">
      {SIDES.map((side) => (
        <button
          key={side}
          type="button"
          className="segmented__option"
          aria-pressed={instance.side === side}
          onClick={() => {
            if (side !== instance.side) select(instanceKey(instance.triggerPoint.id, side));
          }}
        >
          {sideLabel(side)}
        </button>
      ))}
    </div>
  );
}
