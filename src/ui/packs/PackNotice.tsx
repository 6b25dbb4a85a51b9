/**
 * Start-up found the stored pack unusable: say so in the shell's strip under the header, seen in
 * any mode and on any screen size, with a button straight to the details (the packs dialog: why,
 * download, remove). Dismissing hides the notice for this visit only; the pack stays stored until
 * the user removes it.
 */
import { useState } from 'react';
import { openPacks, usePackStore } from '../../state/packs';
import { Icon } from '../common/Icon';
import { CloseButton } from '../common/CloseButton';

export function PackNotice() {
  const problem = usePackStore((s) => s.storedIssues !== null);
  const [dismissed, setDismissed] = useState(false);
  return (
    <div className="toasts pack-notice" role="status" aria-label="Data pack notice">
      {problem && !dismissed ? (
        <div className="toast toast--warning">
          <span className="toast__icon">
            <Icon name="alert" />
          </span>
          <p className="toast__message">
            The data pack stored on this device could not be loaded, so the atlas is shown as
            shipped. The pack is kept until you remove it.
          </p>
          <button
            type="button"
            className="btn pack-notice__details"
            onClick={() => {
              setDismissed(true);
              openPacks();
            }}
          >
            Details
          </button>
          <CloseButton
            label="Dismiss data pack notice"
            className="toast__close"
            removesItself
            onClick={() => setDismissed(true)}
          />
        </div>
      ) : null}
    </div>
  );
}
