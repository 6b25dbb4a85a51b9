/**
 * The skin, with the selected trigger point's referral zones painted on it. Repaints only when
 * the selection (or the atlas) changes. Reports the first frame drawn with the body to the
 * store (`sceneReady`) and to `window.__FIRST_FRAME__` for start-up measurements.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, type JSX } from 'react';
import { useThree } from '@react-three/fiber';
import type { Mesh } from 'three';
import { atlasStore, useAtlasStore } from '../../state/store';
import type { ZonePainter } from '../paint/zonePainter';
import { createSkinMaterial, setSkinPixelRatio } from './skinMaterial';
import type { SkinSurface } from './skinSurface';

declare global {
  interface Window {
    /** performance.now() when the body was first drawn (set once per page). */
    __FIRST_FRAME__?: number;
  }
}

export interface BodyProps {
  readonly surface: SkinSurface;
  readonly painter: ZonePainter;
  /** Use the skin tone for the dark theme. */
  readonly dark?: boolean;
}

function reportFirstFrame(): void {
  if (typeof window !== 'undefined' && window.__FIRST_FRAME__ === undefined)
    window.__FIRST_FRAME__ = performance.now();
  if (!atlasStore.getState().sceneReady) atlasStore.getState().actions.setSceneReady(true);
}

export function Body({ surface, painter, dark = false }: BodyProps): JSX.Element {
  const material = useMemo(() => createSkinMaterial(dark), [dark]);
  const mesh = useRef<Mesh>(null);
  const gl = useThree((s) => s.gl);
  const dpr = useThree((s) => s.viewport.dpr);
  const invalidate = useThree((s) => s.invalidate);
  const selection = useAtlasStore((s) => s.selection);
  const atlas = useAtlasStore((s) => s.atlas);

  useEffect(() => () => material.dispose(), [material]);

  useEffect(() => {
    setSkinPixelRatio(material, gl.getPixelRatio());
    invalidate();
  }, [gl, dpr, material, invalidate]);

  // Layout effect: the zones are in the attribute before the next frame is drawn.
  useLayoutEffect(() => {
    const instance = (selection && atlas?.instanceByKey.get(selection)) || null;
    if (painter.paint(instance)) invalidate();
  }, [selection, atlas, painter, invalidate]);

  useEffect(() => {
    const m = mesh.current;
    if (!m) return;
    let reported = false;
    m.onAfterRender = () => {
      if (reported) return;
      reported = true;
      // Outside the render call: store updates re-render React subscribers.
      queueMicrotask(reportFirstFrame);
    };
    invalidate();
    return () => {
      m.onAfterRender = () => {};
    };
  }, [invalidate]);

  return <mesh ref={mesh} name="skin" geometry={surface.geometry} material={material} />;
}
