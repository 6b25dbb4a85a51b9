/**
 * Back to the top of a panel when it shows something else (another trigger point, the pain
 * finder, back to the results): the new content would otherwise open at the old one's scroll
 * position, half-way down, with its title and "Back to your results" out of sight.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';

export function useScrollReset<T extends HTMLElement>(showing: unknown): RefObject<T | null> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    if (ref.current) ref.current.scrollTop = 0;
  }, [showing]);
  return ref;
}
