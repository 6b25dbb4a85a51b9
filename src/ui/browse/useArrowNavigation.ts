/**
 * Arrow-key movement through the browse list (Tab still works everywhere): Up/Down move between
 * trigger points, Right/Left between a trigger point's right- and left-side buttons, Home/End
 * jump to the ends. Items are found in the DOM by `data-nav`, so the list markup stays simple.
 */
import { useCallback, type KeyboardEvent } from 'react';

const MAIN = '[data-nav="main"]';

export function focusFirstItem(list: HTMLElement | null): boolean {
  const first = list?.querySelector<HTMLElement>(MAIN);
  first?.focus();
  return first != null;
}

export function useArrowNavigation() {
  return useCallback((event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    const nav = target.dataset['nav'];
    if (!nav) return;
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>(MAIN)];
    const row = target.closest('[data-row]');
    const main = row?.querySelector<HTMLElement>(MAIN) ?? target;
    const index = items.indexOf(main);
    let next: HTMLElement | null | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = items[Math.min(index + 1, items.length - 1)];
        break;
      case 'ArrowUp':
        next = items[Math.max(index - 1, 0)];
        break;
      case 'Home':
        next = items[0];
        break;
      case 'End':
        next = items[items.length - 1];
        break;
      case 'ArrowRight':
        next = row?.querySelector<HTMLElement>('[data-nav="alt"]');
        break;
      case 'ArrowLeft':
        next = main;
        break;
      default:
        return;
    }
    if (next) {
      event.preventDefault();
      next.focus();
      next.scrollIntoView?.({ block: 'nearest' });
    }
  }, []);
}
