/**
 * The muscle layer: every muscle of the model in one draw call. Follows the store imperatively:
 * the Muscles toggle shows or hides the mesh (an opaque skin hides it too: it could not be
 * seen), and the selection highlights its muscle on its
 * side (others dimmed, not hidden) and shows it faintly through whatever covers it. Hover and click are in useMusclePointer.
 */
import { useCallback, useRef, type JSX, type RefObject } from 'react';
import type { Mesh } from 'three';
import type { AtlasState } from '../../state/store';
import type { SkinSurface } from '../body/skinSurface';
import type { MarkerLayout } from '../markers/markerLayout';
import { GHOST_RENDER_ORDER } from './ghostMaterial';
import { highlightTarget, musclesDrawn } from './layerRules';
import type { MuscleLayer } from './muscleLayer';
import { useMusclePointer } from './useMusclePointer';
import { useStoreEffect } from './useStoreEffect';

export interface MusclesProps {
  readonly layer: MuscleLayer;
  readonly layout: MarkerLayout | null;
  readonly surface: SkinSurface | null;
  readonly labelRef?: RefObject<HTMLElement | null>;
}

export function Muscles({ layer, layout, surface, labelRef }: MusclesProps): JSX.Element {
  const mesh = useRef<Mesh>(null);
  const ghost = useRef<Mesh>(null);
  const update = useCallback(
    (s: AtlasState) => {
      const m = mesh.current;
      let changed = layer.setHighlight(highlightTarget(s.atlas, s.selection));
      const drawn = musclesDrawn(s.layers);
      if (m && m.visible !== drawn) {
        m.visible = drawn;
        changed = true;
      }
      if (ghost.current) ghost.current.visible = drawn && layer.highlightedName !== null;
      return changed;
    },
    [layer],
  );
  useStoreEffect(update);
  useMusclePointer(layer, layout, surface, labelRef);
  return (
    <>
      <mesh ref={mesh} name="muscles" geometry={layer.set.geometry} material={layer.material} />
      <mesh
        ref={ghost}
        name="highlighted-muscle-ghost"
        geometry={layer.ghostGeometry}
        material={layer.ghostMaterial}
        renderOrder={GHOST_RENDER_ORDER}
      />
    </>
  );
}
