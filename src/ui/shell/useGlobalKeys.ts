/**
 * Page-wide keys: "/" opens the muscle list with the filter focused (unless typing in a field),
 * Escape closes the list.
 */
import { useEffect } from 'react';

interface Handlers {
  onSearchKey: () => void;
  onEscape: () => void;
}

const isTypingTarget = (el: EventTarget | null): boolean =>
  el instanceof HTMLElement &&
  (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

export function useGlobalKeys({ onSearchKey, onEscape }: Handlers): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === '/' && !isTypingTarget(e.target)) {
        e.preventDefault();
        onSearchKey();
      } else if (e.key === 'Escape') {
        onEscape();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onSearchKey, onEscape]);
}
