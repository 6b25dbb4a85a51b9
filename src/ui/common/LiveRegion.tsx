/**
 * The single polite live region (see announcer.ts). Always in the DOM, visually hidden, so a
 * screen reader announces each new message without focus moving.
 */
import { useAnnouncement } from './announcer';

export function LiveRegion() {
  const message = useAnnouncement();
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </p>
  );
}
