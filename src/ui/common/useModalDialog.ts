/**
 * A native <dialog> driven by app state, as the About, Learn and Data packs dialogs use it:
 * opening calls showModal (focus trap, Escape, top layer) — or sets the open attribute where
 * showModal is missing (older browsers, jsdom) — and closing returns focus to whatever had it
 * before.
 * Spread the returned props on the <dialog>:
 *
 *   onKeyDown  handles Escape itself (the same in every browser) and marks "/" as handled, so
 *              the page's own shortcuts do not act behind the dialog
 *   onCancel   the browser's own Escape closes through the app state, not behind its back
 *   onClose    the browser may close the dialog itself (a repeated Escape): keep state in step
 *   onClick    a click on the backdrop (it lands on the dialog element itself) closes
 */
import {
  useEffect,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
  type SyntheticEvent,
} from 'react';

export interface ModalDialogProps {
  ref: RefObject<HTMLDialogElement | null>;
  onKeyDown: (e: KeyboardEvent<HTMLDialogElement>) => void;
  onCancel: (e: SyntheticEvent<HTMLDialogElement>) => void;
  onClose: () => void;
  onClick: (e: MouseEvent<HTMLDialogElement>) => void;
}

export function useModalDialog(open: boolean, onClose: () => void): ModalDialogProps {
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

  return {
    ref,
    onKeyDown: (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        onClose();
      } else if (e.key === '/' && !(e.target instanceof HTMLInputElement)) {
        e.preventDefault();
      }
    },
    onCancel: (e) => {
      e.preventDefault();
      onClose();
    },
    // Attached anew each render, so `open` is the app state's as of the latest one.
    onClose: () => {
      if (open) onClose();
    },
    onClick: (e) => {
      if (e.target === e.currentTarget) onClose();
    },
  };
}
