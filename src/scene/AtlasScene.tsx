/**
 * Everything inside the Canvas once the skin is available: lights, the painted body, the
 * muscles and bones when the model has them, the markers, the camera rig and the test hook. Takes the skin as a prop (the Viewer loads it) so
 * scene tests can pass a small synthetic surface instead of the GLB; everything else comes from
 * the store.
 */
import { useCallback, useMemo, type JSX, type RefObject } from 'react';
import { atlasStore, useAtlasStore } from '../state/store';
import { Body } from './body/Body';
import type { SkinSurface } from './body/skinSurface';
import type { AnatomyParts } from './layers/anatomyModel';
import { AnatomyLayers } from './layers/AnatomyLayers';
import { musclesDrawn } from './layers/layerRules';
import { useMuscleLayer } from './layers/useMuscleLayer';
import { CameraRig } from './camera/CameraRig';
import { Lights } from './Lights';
import { layoutMarkers } from './markers/markerLayout';
import { Markers } from './markers/Markers';
import { ZonePainter } from './paint/zonePainter';
import { ExploreOnly } from './pain/ExploreOnly';
import { PainLayer } from './pain/PainLayer';
import { SceneTestHook } from './SceneTestHook';

export interface AtlasSceneProps {
  readonly surface: SkinSurface;
  /** Muscles and bones from the model (null or absent parts: a skin-only model). */
  readonly anatomy?: AnatomyParts | null;
  /** The model's anatomy is still being extracted: do not report it as missing yet. */
  readonly anatomyPending?: boolean;
  /** DOM element for the marker hover label. */
  readonly labelRef?: RefObject<HTMLElement | null>;
  /** Dark theme: a slightly deeper skin tone. */
  readonly dark?: boolean;
}

export function AtlasScene({
  surface,
  anatomy = null,
  anatomyPending = false,
  labelRef,
  dark = false,
}: AtlasSceneProps): JSX.Element {
  const atlas = useAtlasStore((s) => s.atlas);
  const muscles = useMuscleLayer(anatomy);
  const highlightedMuscle = useCallback(
    () => (muscles && musclesDrawn(atlasStore.getState().layers) ? muscles.highlightedName : null),
    [muscles],
  );
  const painter = useMemo(() => new ZonePainter(surface), [surface]);
  const layout = useMemo(
    () => (atlas ? layoutMarkers(atlas, surface.positions, surface.normals) : null),
    [atlas, surface],
  );
  return (
    <>
      <Lights />
      <Body surface={surface} painter={painter} dark={dark} />
      <AnatomyLayers
        anatomy={anatomy}
        pending={anatomyPending}
        muscles={muscles}
        layout={layout}
        surface={surface}
        labelRef={labelRef}
      />
      <ExploreOnly>
        {layout && <Markers layout={layout} surface={surface} labelRef={labelRef} />}
      </ExploreOnly>
      <PainLayer surface={surface} layout={layout} />
      <CameraRig box={surface.bounds} surface={surface} layout={layout} painter={painter} />
      <SceneTestHook layout={layout} highlightedMuscle={highlightedMuscle} />
    </>
  );
}
