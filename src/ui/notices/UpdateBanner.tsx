/**
 * "A new version of the atlas is ready — Reload": shown when a new version has been downloaded
 * and waits to take over. It never reloads by itself (a therapist may be mid-explanation); the
 * user reloads when it suits them, or dismisses it and gets the new version on the next visit.
 * The live region stays in the DOM so the notice is announced when it appears, without taking
 * focus. Styled as the stage's toasts; the app decides when it is open.
 */
import { Icon } from '../common/Icon';
import { CloseButton } from '../common/CloseButton';

interface Props {
  open: boolean;
  onReload: () => void;
  onDismiss: () => void;
}

export function UpdateBanner({ open, onReload, onDismiss }: Props) {
  return (
    <div className="toasts update-banner" role="status" aria-label="App updates">
      {open ? (
        <div className="toast">
          <p className="toast__message">A new version of the atlas is ready.</p>
          <button
            type="button"
            className="btn btn--primary update-banner__reload"
            onClick={onReload}
          >
            <Icon name="reload" />
            Reload
          </button>
          <CloseButton
            label="Dismiss update notice"
            className="toast__close"
            removesItself
            onClick={onDismiss}
          />
        </div>
      ) : null}
    </div>
  );
}
