/**
 * Store notices (e.g. a shared link naming a trigger point this atlas lacks) as dismissible
 * toasts. The region is always in the DOM with aria-live="polite", so screen readers announce
 * a notice when it is added without stealing focus.
 */
import { useActions, useAtlasStore } from '../../state/store';
import { Icon } from '../common/Icon';
import { CloseButton } from '../common/CloseButton';

export function NoticeToasts() {
  const notices = useAtlasStore((s) => s.notices);
  const { dismissNotice } = useActions();
  return (
    <div
      className="toasts"
      role="log"
      aria-live="polite"
      aria-relevant="additions"
      aria-label="Notices"
    >
      {notices.map((n) => (
        <div key={n.id} className={`toast toast--${n.tone}`}>
          {n.tone === 'warning' ? (
            <span className="toast__icon">
              <Icon name="alert" />
            </span>
          ) : null}
          <p className="toast__message">{n.message}</p>
          <CloseButton
            label="Dismiss notice"
            className="toast__close"
            removesItself
            onClick={() => dismissNotice(n.id)}
          />
        </div>
      ))}
    </div>
  );
}
