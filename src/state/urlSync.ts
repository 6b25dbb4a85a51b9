/**
 * Keeps the address bar and the store in step. A new selection pushes a history entry (so Back
 * returns to the previous trigger point); view and reading-level changes replace the current
 * entry. Back/forward (popstate) re-applies the URL. Unknown ids in a link become notices.
 */
import type { AtlasStore } from './store';
import { urlStateOf } from './store';
import { parseUrlState, serializeUrlState } from './url';

export function applyLocation(store: AtlasStore, search: string): void {
  const { atlas, actions } = store.getState();
  if (!atlas) return;
  const parsed = parseUrlState(search, {
    isTriggerPoint: (id) => atlas.triggerPointById.has(id as never),
    isRegion: (id) => atlas.regionById.has(id as never),
  });
  actions.applyUrlState(parsed.state);
  for (const message of parsed.notices) actions.notify(message, 'warning');
}

/** Start syncing; returns a function that stops it. Call after the atlas is loaded. */
export function startUrlSync(store: AtlasStore, win: Window = window): () => void {
  applyLocation(store, win.location.search);
  // The link may have been partly invalid: rewrite it to what is actually shown.
  let current = serializeUrlState(urlStateOf(store.getState()));
  win.history.replaceState(null, '', `${win.location.pathname}${current}${win.location.hash}`);

  const unsubscribe = store.subscribe((state, prev) => {
    const next = serializeUrlState(urlStateOf(state));
    if (next === current) return;
    current = next;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    // New history entries for what a person would go "back" from: a selection, a mode switch,
    // a pain mark. View and reading level only replace the current entry.
    const step =
      state.selection !== prev.selection ||
      state.mode !== prev.mode ||
      state.painMarks !== prev.painMarks;
    if (step) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  });
  const onPop = () => {
    current = serializeUrlState(
      parseUrlState(win.location.search, { isTriggerPoint: () => true, isRegion: () => true })
        .state,
    );
    applyLocation(store, win.location.search);
    current = serializeUrlState(urlStateOf(store.getState()));
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
