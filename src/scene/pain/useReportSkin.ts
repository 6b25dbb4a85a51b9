/**
 * Hands the loaded skin to the store (`setSkin`) once per surface, so the pain finder panel can
 * snap spots and sample regions with the same mesh the scene draws. Cleared when the scene goes
 * (a lost WebGL context, unmount): the panel then falls back to landmark anchors.
 */
import { useEffect } from 'react';
import { atlasStore } from '../../state/store';
import type { SkinSurface } from '../body/skinSurface';

export function useReportSkin(surface: SkinSurface): void {
  useEffect(() => {
    const { actions } = atlasStore.getState();
    actions.setSkin({ positions: surface.positions, normals: surface.normals });
    return () => actions.setSkin(null);
  }, [surface]);
}
