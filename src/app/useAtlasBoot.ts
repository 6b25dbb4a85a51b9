/**
 * Boot the atlas once: validate the shipped data (synchronous: it is bundled), then either put
 * the atlas in the store and start keeping the URL in step, or record the issues for the error
 * panel. The loader is injectable so tests can boot with fixtures or broken data.
 */
import { useEffect, useState } from 'react';
import type { LoadResult } from '../domain/load';
import { atlasStore } from '../state/store';
import { startUrlSync } from '../state/urlSync';

export type AtlasLoader = () => LoadResult;

export function useAtlasBoot(load: AtlasLoader): LoadResult {
  // Lazy initial state: validation runs once per mount, not on every render.
  const [result] = useState(load);

  useEffect(() => {
    const { actions } = atlasStore.getState();
    if (!result.ok) {
      actions.setDataIssues(result.issues);
      return;
    }
    actions.setAtlas(result.atlas);
    return startUrlSync(atlasStore);
  }, [result]);

  return result;
}
