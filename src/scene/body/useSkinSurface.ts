/**
 * Loads the body model (skin, and muscles and bones when present) for the Viewer and reports where the load stands. The state lives in React
 * because it changes once or twice per page, not per frame.
 */
import { useEffect, useState } from 'react';
import type { AnatomyParts } from '../layers/anatomyModel';
import { describeLoadError, loadBodyModel } from './loadSkin';
import type { SkinSurface } from './skinSurface';

export type SkinLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly surface: SkinSurface; readonly anatomy: AnatomyParts }
  | { readonly status: 'error'; readonly message: string };

export function useSkinSurface(url: string): SkinLoad {
  const [state, setState] = useState<SkinLoad & { url?: string }>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadBodyModel(url).then(
      ({ surface, anatomy }) => live && setState({ status: 'ready', surface, anatomy, url }),
      (error: unknown) =>
        live && setState({ status: 'error', message: describeLoadError(error), url }),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return state.url === url ? state : { status: 'loading' };
}
