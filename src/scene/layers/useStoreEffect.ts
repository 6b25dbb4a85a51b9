/**
 * Run an imperative update now and on every store change (not a React render): how the layers
 * follow toggles and the opacity slider without re-rendering React per change. The update
 * returns true when it changed something drawn; a frame is then requested.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { atlasStore, type AtlasState } from '../../state/store';

export function useStoreEffect(update: (state: AtlasState) => boolean): void {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const run = (state: AtlasState) => {
      if (update(state)) invalidate();
    };
    run(atlasStore.getState());
    return atlasStore.subscribe(run);
  }, [update, invalidate]);
}
