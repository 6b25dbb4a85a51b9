/**
 * The anatomy under the skin: muscles (one draw call, highlight and hover) and bones (one draw
 * call), each only when the model has them; and the announcement of which layers exist, so the
 * Layers control can explain what a skin-only model cannot show.
 */
import { useEffect, type JSX, type RefObject } from 'react';
import type { SkinSurface } from '../body/skinSurface';
import type { MarkerLayout } from '../markers/markerLayout';
import type { AnatomyParts } from './anatomyModel';
import { Bones } from './Bones';
import { atlasStore } from '../../state/store';
import type { MuscleLayer } from './muscleLayer';
import { Muscles } from './Muscles';

export interface AnatomyLayersProps {
  readonly anatomy: AnatomyParts | null;
  readonly muscles: MuscleLayer | null;
  readonly layout: MarkerLayout | null;
  readonly surface: SkinSurface | null;
  readonly labelRef?: RefObject<HTMLElement | null>;
}

export function AnatomyLayers({
  anatomy,
  muscles,
  layout,
  surface,
  labelRef,
}: AnatomyLayersProps): JSX.Element {
  const bones = anatomy?.bones ?? null;
  useEffect(() => {
    atlasStore.getState().actions.setModelParts({ muscles: muscles?.set.parts.length ?? 0, bones: bones !== null });
    return () => atlasStore.getState().actions.setModelParts(null);
  }, [muscles, bones]);
  return (
    <>
      {muscles && <Muscles layer={muscles} layout={layout} surface={surface} labelRef={labelRef} />}
      {bones && <Bones geometry={bones} />}
    </>
  );
}
