/**
 * A native <dialog> driven by app state, as the Learn and Data packs dialogs use it: opening
 * calls showModal (focus trap, Escape, top layer) — or sets the open attribute where showModal
 * is missing (older browsers, jsdom) — and closing returns focus to whatever had it before.
 * `keyProps` handles Escape itself (the same in every browser) and marks "/" as handled, so
 * the page's own shortcuts do not act behind the dialog.
 */
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

export function useModalDialog(
  open: boolean,
  onClose: () => void,
): {
  ref: RefObject<HTMLDialogElement | null>;
  onKeyDown: (e: KeyboardEvent<HTMLDialogElement>) => void;
} {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open) {
      if (dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      if (returnFocus.current?.isConnected) returnFocus.current.focus();
      returnFocus.current = null;
    }
  }, [open]);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === '/' && !(e.target instanceof HTMLInputElement)) {
      e.preventDefault();
    }
  };
  return { ref, onKeyDown };
}
