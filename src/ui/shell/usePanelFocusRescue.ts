/**
 * A control in the panel that swaps the panel's content takes focus with it when it goes
 * ("Where does it hurt?" on a phone, "Back to your results", leaving the pain finder): the
 * browser drops focus to the page and a keyboard user starts over from the top. When that
 * happens, focus goes to the title of what the panel shows now — only when the control that
 * had focus was in the panel and has left the page, so focus is never taken from anywhere the
 * user put it. The new content may come a render or a loaded chunk later (the pain finder's
 * panel), so the page's changes are watched rather than one render.
 */
import { useEffect } from 'react';

const PANEL = '.side-panel, .bottom-sheet';

export function usePanelFocusRescue(): void {
  useEffect(() => {
    let lost: Element | null = null;
    const onFocusIn = (e: FocusEvent) => {
      lost = e.target instanceof Element && e.target.closest(PANEL) ? e.target : null;
    };
    const check = () => {
      if (!lost || lost.isConnected) return;
      const active = document.activeElement;
      if (active && active !== document.body) {
        lost = null;
        return;
      }
      const title = document.getElementById('panel-title');
      if (!title) return; // the new content is not there yet
      lost = null;
      title.focus({ preventScroll: true });
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      document.removeEventListener('focusin', onFocusIn);
    };
  }, []);
}
