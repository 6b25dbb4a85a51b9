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
  /** Not extracted yet (it follows the first frame): the model's parts are not known. */
  readonly pending?: boolean;
  readonly muscles: MuscleLayer | null;
  readonly layout: MarkerLayout | null;
  readonly surface: SkinSurface | null;
  readonly labelRef?: RefObject<HTMLElement | null>;
}

export function AnatomyLayers({
  anatomy,
  pending = false,
  muscles,
  layout,
  surface,
  labelRef,
}: AnatomyLayersProps): JSX.Element {
  const bones = anatomy?.bones ?? null;
  useEffect(() => {
    if (pending) return;
    atlasStore
      .getState()
      .actions.setModelParts({ muscles: muscles?.set.parts.length ?? 0, bones: bones !== null });
    return () => atlasStore.getState().actions.setModelParts(null);
  }, [pending, muscles, bones]);
  return (
    <>
      {muscles && <Muscles layer={muscles} layout={layout} surface={surface} labelRef={labelRef} />}
      {bones && <Bones geometry={bones} />}
    </>
  );
}
