/**
 * Loads the body model (skin, and muscles and bones when present) for the Viewer and reports
 * where the load stands. The state lives in React because it changes once or twice per page,
 * not per frame. `useAnatomyAfterFirstFrame` hands out the muscles and bones only once the
 * body has been drawn (see loadSkin.ts).
 */
import { useEffect, useState } from 'react';
import { useAtlasStore } from '../../state/store';
import type { AnatomyParts } from '../layers/anatomyModel';
import { describeLoadError, loadBodyModel, type BodyModel } from './loadSkin';
import type { SkinSurface } from './skinSurface';

export type SkinLoad =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly surface: SkinSurface;
      readonly anatomy: BodyModel['anatomy'];
    }
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

/**
 * The model's muscles and bones once the first frame with the body is drawn (the store's
 * `sceneReady`), undefined before: a frame later is soon enough for layers under the skin.
 * A model whose anatomy cannot be read draws the skin alone (and says why in the console).
 */
export function useAnatomyAfterFirstFrame(load: SkinLoad): AnatomyParts | undefined {
  const drawn = useAtlasStore((s) => s.sceneReady);
  const [anatomy, setAnatomy] = useState<{ from: SkinLoad; parts: AnatomyParts } | null>(null);
  useEffect(() => {
    if (!drawn || load.status !== 'ready') return;
    let live = true;
    // A task of its own, so the frame that made the scene ready is on screen first.
    const timer = setTimeout(() => {
      load.anatomy().then(
        (parts) => live && setAnatomy({ from: load, parts }),
        (error: unknown) => {
          console.error('The muscles and bones could not be read from the model', error);
          if (live) setAnatomy({ from: load, parts: { muscles: null, bones: null } });
        },
      );
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [drawn, load]);
  return anatomy?.from === load ? anatomy.parts : undefined;
}
