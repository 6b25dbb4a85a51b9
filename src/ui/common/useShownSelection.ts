/**
 * The selection as the panels show it: deferred (useDeferredValue). On a new selection the 3D
 * view paints its zones in the very next frame, and the panel's text — the heavier React and
 * layout work — follows in a background render right after, instead of holding that frame
 * back. The store's selection itself changes at once; only its display in the DOM trails.
 */
import { useDeferredValue } from 'react';
import type { InstanceKey } from '../../domain/ids';
import { useAtlasStore } from '../../state/store';

export const useShownSelection = (): InstanceKey | null =>
  useDeferredValue(useAtlasStore((s) => s.selection));
