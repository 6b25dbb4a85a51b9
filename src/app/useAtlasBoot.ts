/**
 * Boot the atlas once: wait for the validated data (from the worker in the app, or at once from
 * a synchronous loader in tests), then either put the atlas in the store and start keeping the
 * URL in step, or record the issues for the error panel. Until then the result is `loading`:
 * the shell and the 3D view are already on screen, and the list, panel and markers fill in
 * when the atlas arrives. The loader is injectable so tests can boot with fixtures or broken
 * data.
 */
import { useEffect, useState } from 'react';
import type { LoadResult } from '../domain/load';
import { atlasStore } from '../state/store';
import { startUrlSync } from '../state/urlSync';

export type AtlasLoader = () => LoadResult | Promise<LoadResult>;

export type AtlasBoot = LoadResult | { readonly ok: 'loading' };

const LOADING: AtlasBoot = { ok: 'loading' };

export function useAtlasBoot(load: AtlasLoader): AtlasBoot {
  // Lazy initial state: the loader runs once per mount, not on every render.
  const [pending] = useState(load);
  const [result, setResult] = useState<LoadResult | null>(() =>
    pending instanceof Promise ? null : pending,
  );

  useEffect(() => {
    if (!(pending instanceof Promise)) return;
    let live = true;
    void pending.then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [pending]);

  useEffect(() => {
    if (!result) return;
    const { actions } = atlasStore.getState();
    if (!result.ok) {
      actions.setDataIssues(result.issues);
      return;
    }
    actions.setAtlas(result.atlas);
    return startUrlSync(atlasStore);
  }, [result]);

  return result ?? LOADING;
}
