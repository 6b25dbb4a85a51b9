/** The pain finder's results for the current marks, recomputed only when marks, skin or atlas change. */
import { useMemo } from 'react';
import { useAtlasStore } from '../../state/store';
import { painResults, type PainResults } from './painResults';

export function usePainResults(): PainResults | null {
  const atlas = useAtlasStore((s) => s.atlas);
  const specs = useAtlasStore((s) => s.painMarks);
  const skin = useAtlasStore((s) => s.skin);
  return useMemo(() => (atlas ? painResults(atlas, specs, skin) : null), [atlas, specs, skin]);
}
