/**
 * A one-time hint on how to move the body. Dismissing it is remembered in localStorage (guarded:
 * when storage is unavailable the hint simply shows again next visit).
 *
 * On a phone it steps aside while a trigger point is selected: there it sits over the strip of
 * body left between the legend and the raised sheet, right where the selection is framed. It
 * comes back when the selection is closed, until "Got it".
 */
import { useState } from 'react';
import { useAtlasStore } from '../../state/store';
import { focusPast } from '../common/focusPast';
import { readFlag, writeFlag } from '../common/storage';
import { useMediaQuery, WIDE_QUERY } from '../common/useMediaQuery';

export const HINT_STORAGE_KEY = 'tpa.hint-dismissed.v1';

export function FirstVisitHint() {
  const [visible, setVisible] = useState(() => !readFlag(HINT_STORAGE_KEY));
  const selected = useAtlasStore((s) => s.selection !== null);
  const wide = useMediaQuery(WIDE_QUERY);
  if (!visible || (selected && !wide)) return null;
  const dismiss = () => {
    writeFlag(HINT_STORAGE_KEY, true);
    setVisible(false);
  };
  return (
    <div className="hint" role="note" aria-label="How to use the 3D view">
      <p className="hint__text">
        Drag to turn the body, pinch or scroll to zoom, tap a <span className="hint__x">×</span> to
        see where its pain spreads.
      </p>
      <button
        type="button"
        className="btn btn--ghost hint__close"
        onClick={(e) => {
          focusPast(e.currentTarget);
          dismiss();
        }}
      >
        Got it
      </button>
    </div>
  );
}
