/**
 * Subscribe to a CSS media query. Returns false where matchMedia is missing (tests, old
 * browsers), which selects the phone layout — the one that works everywhere.
 */
import { useSyncExternalStore } from 'react';

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window === 'undefined' || !window.matchMedia) return () => {};
      const mql = window.matchMedia(query);
      mql.addEventListener('change', onChange);
      return () => mql.removeEventListener('change', onChange);
    },
    () =>
      typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query).matches : false,
    () => false,
  );
}

/** The breakpoint where the panel becomes a side sheet and browse a drawer. */
export const WIDE_QUERY = '(min-width: 900px)';
