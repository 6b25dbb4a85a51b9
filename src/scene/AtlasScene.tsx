/**
 * Everything inside the Canvas once the skin is available: lights, the painted body, the
 * markers, the camera rig and the test hook. Takes the skin as a prop (the Viewer loads it) so
 * scene tests can pass a small synthetic surface instead of the GLB; everything else comes from
 * the store.
 */
import { useMemo, type JSX, type RefObject } from 'react';
import { useAtlasStore } from '../state/store';
import { Body } from './body/Body';
import type { SkinSurface } from './body/skinSurface';
import { CameraRig } from './camera/CameraRig';
import { Lights } from './Lights';
import { layoutMarkers } from './markers/markerLayout';
import { Markers } from './markers/Markers';
import { ZonePainter } from './paint/zonePainter';
import { SceneTestHook } from './SceneTestHook';

export interface AtlasSceneProps {
  readonly surface: SkinSurface;
  /** DOM element for the marker hover label. */
  readonly labelRef?: RefObject<HTMLElement | null>;
  /** Dark theme: a slightly deeper skin tone. */
  readonly dark?: boolean;
}

export function AtlasScene({ surface, labelRef, dark = false }: AtlasSceneProps): JSX.Element {
  const atlas = useAtlasStore((s) => s.atlas);
  const painter = useMemo(() => new ZonePainter(surface), [surface]);
  const layout = useMemo(
    () => (atlas ? layoutMarkers(atlas, surface.positions, surface.normals) : null),
    [atlas, surface],
  );
  return (
    <>
      <Lights />
      <Body surface={surface} painter={painter} dark={dark} />
      {layout && <Markers layout={layout} surface={surface} labelRef={labelRef} />}
      <CameraRig box={surface.bounds} surface={surface} layout={layout} painter={painter} />
      <SceneTestHook layout={layout} />
    </>
  );
}
