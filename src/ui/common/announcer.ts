/**
 * The app's one polite announcement channel for screen readers. Components say what happened
 * with `useAnnounce(text)` (a selection, pain-finder results, a share); `<LiveRegion />`, mounted
 * once by the shell, speaks the latest message. One region rather than one per component:
 * screen readers handle several live regions unevenly, and a single queue keeps messages from
 * talking over each other. UI-only state, so it lives here and not in the app store.
 */
import { useEffect, useSyncExternalStore } from 'react';

let current = '';
const listeners = new Set<() => void>();

/** Replaces the message in the live region (an empty string clears it). */
export function announce(text: string): void {
  if (text === current) return;
  current = text;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The message the live region currently holds. */
export const useAnnouncement = (): string =>
  useSyncExternalStore(
    subscribe,
    () => current,
    () => current,
  );

/** Announces `text` whenever it changes to a non-empty value. */
export function useAnnounce(text: string): void {
  useEffect(() => {
    if (text) announce(text);
  }, [text]);
}
