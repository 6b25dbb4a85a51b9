/**
 * The skin, with the selected trigger point's referral zones painted on it. Repaints only when
 * the selection (or the atlas) changes. Follows the Skin toggle and opacity from the store
 * without re-rendering (skinLayer.ts): a faded or hidden skin keeps its zones. Reports the first frame drawn with the body to the
 * store (`sceneReady`) and to `window.__FIRST_FRAME__` for start-up measurements.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type JSX } from 'react';
import { useThree } from '@react-three/fiber';
import type { Mesh } from 'three';
import { atlasStore, useAtlasStore, type AtlasState } from '../../state/store';
import { skinAppearance } from '../layers/layerRules';
import { useStoreEffect } from '../layers/useStoreEffect';
import type { ZonePainter } from '../paint/zonePainter';
import { createSkinMaterial, setSkinPixelRatio } from './skinMaterial';
import { applySkinAppearance } from './skinLayer';
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

  const appear = useCallback(
    (s: AtlasState) =>
      mesh.current !== null &&
      applySkinAppearance(
        mesh.current,
        material,
        skinAppearance(s.layers, painter.painted !== null),
      ),
    [material, painter],
  );
  useStoreEffect(appear);

  // Layout effect: the zones are in the attribute before the next frame is drawn. A hidden
  // skin still draws a painted selection, so visibility is re-applied after painting.
  useLayoutEffect(() => {
    const instance = (selection && atlas?.instanceByKey.get(selection)) || null;
    const painted = painter.paint(instance);
    if (appear(atlasStore.getState()) || painted) invalidate();
  }, [selection, atlas, painter, invalidate, appear]);

  useEffect(() => {
    const m = mesh.current;
    if (!m) return;
    let reported = false;
    const report = () => {
      if (reported) return;
      reported = true;
      // Outside the render call: store updates re-render React subscribers.
      queueMicrotask(reportFirstFrame);
    };
    m.onAfterRender = report;
    invalidate();
    // A hidden skin (Skin off when the viewer remounts after a lost context) never renders:
    // report after the next frame instead, so the viewer does not look like it is loading.
    const frame = m.visible ? 0 : requestAnimationFrame(report);
    return () => {
      cancelAnimationFrame(frame);
      m.onAfterRender = () => {};
    };
  }, [invalidate]);

  return <mesh ref={mesh} name="skin" geometry={surface.geometry} material={material} />;
}
