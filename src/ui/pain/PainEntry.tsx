/**
 * On phones the header has room for the pain finder's icon only, so the explorer's sheet (with
 * nothing selected) opens with a worded way in: "Where does it hurt?". Hidden on wide screens,
 * where the header button carries the words (CSS).
 */
import { useActions } from '../../state/store';
import { Icon } from '../common/Icon';

export function PainEntry() {
  const { enterPainMode } = useActions();
  return (
    <button type="button" className="pain-entry" onClick={enterPainMode}>
      <Icon name="pain" />
      <span className="pain-entry__text">
        <span className="pain-entry__title">Where does it hurt?</span>
        <span className="pain-entry__detail">
          Mark it on the body to see which muscles may cause it
        </span>
      </span>
    </button>
  );
}
