/**
 * A tiny, documented hook for browser tests, installed on `window.__TPA_SCENE__` while the
 * scene is mounted:
 *
 *   project([x, y, z])  → { x, y, visible }  body-frame point → page CSS coordinates;
 *                         visible = in front of the camera and inside the canvas
 *   viewDirection()     → [x, y, z]           unit vector from the view towards the camera
 *                         (which side of the body is shown: +Z front, −Z back)
 *   markerPoint(key)    → [x, y, z] | null    where that instance's marker is drawn
 *   markersReady()      → boolean             the atlas has arrived and its markers are laid out
 *   renderCount()       → number              frames rendered so far (render-on-demand checks)
 *   renderedAt()        → number              performance.now() when the last frame's
 *                         renderer.render() returned: its draw calls were submitted (software
 *                         rasterisation may still be running); the benchmark's JS-side latency
 *   finishFrame()       → number              reads back one pixel, which returns only once the
 *                         GPU has drawn everything submitted; performance.now() after it
 *                         (the benchmark waits for an idle GPU before a sample with it)
 *   timeNextFrame()     → void                the next render reads back one pixel right after
 *                         its draw calls, and `drawnAt()` then tells when the GPU had drawn it
 *                         (the benchmark's end-to-end latency; off unless asked for)
 *   drawnAt()           → number              see timeNextFrame (0 before)
 *   highlightedMuscle() → string | null       model node of the highlighted muscle
 *                         (`muscle.<id>.R|L`), null when none or the muscles are not drawn
 *                         (Muscles off, or under an opaque skin)
 *   rendererInfo()      → { geometries, textures }  three.js' live GPU resource counts
 *                         (memory tests: they must not grow with repeated selections)
 *
 * It reads the scene; it never changes it.
 */
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import type { InstanceKey } from '../domain/ids';
import type { MarkerLayout } from './markers/markerLayout';
import { markerPoint } from './markers/markerLayout';

export interface SceneTestApi {
  project(p: [number, number, number]): { x: number; y: number; visible: boolean };
  viewDirection(): [number, number, number];
  markerPoint(key: string): [number, number, number] | null;
  markersReady(): boolean;
  renderCount(): number;
  renderedAt(): number;
  finishFrame(): number;
  timeNextFrame(): void;
  drawnAt(): number;
  highlightedMuscle(): string | null;
  rendererInfo(): { geometries: number; textures: number };
}

declare global {
  interface Window {
    __TPA_SCENE__?: SceneTestApi;
  }
}

export interface SceneTestHookProps {
  readonly layout: MarkerLayout | null;
  /** Reads the muscle layer's current highlight (absent: a model without muscles). */
  readonly highlightedMuscle?: () => string | null;
}

export function SceneTestHook({ layout, highlightedMuscle }: SceneTestHookProps): null {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const size = useThree((s) => s.size);
  const get = useThree((s) => s.get);
  const frames = useRef(0);
  const renderedAt = useRef(0);
  const timing = useRef({ armed: false, drawnAt: 0 });

  useFrame(() => {
    frames.current++;
  });

  // Scene.onAfterRender runs at the end of renderer.render(scene, …): nothing else uses it.
  useEffect(() => {
    const { scene, gl: renderer } = get();
    const pixel = new Uint8Array(4);
    scene.onAfterRender = () => {
      renderedAt.current = performance.now();
      if (!timing.current.armed) return;
      timing.current.armed = false;
      const context = renderer.getContext();
      context.readPixels(0, 0, 1, 1, context.RGBA, context.UNSIGNED_BYTE, pixel);
      timing.current.drawnAt = performance.now();
    };
    return () => {
      scene.onAfterRender = () => {};
    };
  }, [get]);

  useEffect(() => {
    if (typeof window === 'undefined') return;
    const v = new Vector3();
    const pixel = new Uint8Array(4);
    const api: SceneTestApi = {
      project(p) {
        const r = gl.domElement.getBoundingClientRect();
        const w = r.width || size.width;
        const h = r.height || size.height;
        camera.updateMatrixWorld();
        v.set(p[0], p[1], p[2]).project(camera);
        const x = r.left + ((v.x + 1) / 2) * w;
        const y = r.top + ((1 - v.y) / 2) * h;
        const visible = v.z > -1 && v.z < 1 && Math.abs(v.x) <= 1 && Math.abs(v.y) <= 1;
        return { x, y, visible };
      },
      viewDirection() {
        camera.getWorldDirection(v);
        return [-v.x, -v.y, -v.z];
      },
      markerPoint(key) {
        const i = layout?.indexByKey.get(key as InstanceKey);
        if (i === undefined || !layout) return null;
        const [x, y, z] = markerPoint(layout, i);
        return [x, y, z];
      },
      markersReady: () => layout !== null,
      renderCount: () => frames.current,
      renderedAt: () => renderedAt.current,
      timeNextFrame: () => {
        timing.current.armed = true;
      },
      drawnAt: () => timing.current.drawnAt,
      finishFrame: () => {
        const context = gl.getContext();
        context.readPixels(0, 0, 1, 1, context.RGBA, context.UNSIGNED_BYTE, pixel);
        return performance.now();
      },
      highlightedMuscle: () => highlightedMuscle?.() ?? null,
      rendererInfo: () => ({
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
      }),
    };
    window.__TPA_SCENE__ = api;
    return () => {
      if (window.__TPA_SCENE__ === api) delete window.__TPA_SCENE__;
    };
  }, [camera, gl, size, layout, highlightedMuscle]);

  return null;
}
