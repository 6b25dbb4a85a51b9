/**
 * The 3D viewer: fills its parent and takes everything from the store. Renders the Canvas
 * (on demand, transparent so the page theme shows through, pixel ratio capped at 2) with the
 * body, markers and camera; or, without WebGL (unknown to the browser, or a context refused),
 * a message saying the list and panel still work;
 * or, when the body model cannot be loaded, an alert naming the file and the problem. A lost
 * WebGL context shows a short notice and remounts the Canvas with a fresh one.
 */
import { useCallback, useEffect, useRef, useState, type JSX } from 'react';
import { Canvas, type RootState } from '@react-three/fiber';
import { atlasStore } from '../state/store';
import { AtlasScene } from './AtlasScene';
import { bodyModelUrl } from './body/loadSkin';
import { useAnatomyAfterFirstFrame, useSkinSurface } from './body/useSkinSurface';
import { CAMERA_FOV } from './camera/views';
import { SceneErrorBoundary } from './SceneErrorBoundary';
import { useDarkTheme } from './useDarkTheme';
import { MeasureAtOnce } from './measureAtOnce';
import { LoadErrorMessage, NoWebGLMessage, RestoringMessage } from './ViewerMessages';
import * as styles from './viewerStyles';
import { createRenderer, hasWebGL } from './webgl';

/** How long to wait after a context loss before building a new one (ms). */
const RESTORE_DELAY = 400;

/** The 3D body explorer; render it in a sized container. */
export function Viewer(): JSX.Element {
  const [webgl] = useState(hasWebGL);
  // A browser that knows WebGL but refuses a context is caught by the boundary (webgl.ts).
  return webgl ? (
    <SceneErrorBoundary>
      <WebGLViewer />
    </SceneErrorBoundary>
  ) : (
    <NoWebGLMessage />
  );
}

function WebGLViewer(): JSX.Element {
  const url = bodyModelUrl();
  const load = useSkinSurface(url);
  const anatomy = useAnatomyAfterFirstFrame(load);
  const dark = useDarkTheme();
  const labelRef = useRef<HTMLDivElement>(null);
  const [generation, setGeneration] = useState(0);
  const [lost, setLost] = useState(false);

  const onCreated = useCallback((state: RootState) => {
    const canvas = state.gl.domElement;
    canvas.addEventListener('webglcontextlost', (event) => {
      // A replaced canvas is disposed (its context deliberately released) after it left the
      // page; treating that as a loss would replace the new canvas too, over and over.
      if (!canvas.isConnected) return;
      event.preventDefault();
      atlasStore.getState().actions.setSceneReady(false);
      setLost(true);
    });
  }, []);

  useEffect(() => {
    if (!lost) return;
    const timer = setTimeout(() => {
      setGeneration((g) => g + 1);
      setLost(false);
    }, RESTORE_DELAY);
    return () => clearTimeout(timer);
  }, [lost]);

  if (load.status === 'error')
    return <LoadErrorMessage file={url.replace(/^\.?\//, '')} problem={load.message} />;

  // Automated browsers (tests) skip MSAA: software rendering is slow enough without it.
  const antialias = typeof navigator === 'undefined' || !navigator.webdriver;
  return (
    <div style={styles.fill} data-testid="scene-viewer">
      <Canvas
        key={generation}
        frameloop="demand"
        dpr={[1, 2]}
        flat
        gl={(defaults) =>
          createRenderer({ ...defaults, alpha: true, antialias, powerPreference: 'default' })
        }
        camera={{ fov: CAMERA_FOV, near: 0.05, far: 30, position: [0, 0.9, 4] }}
        // Measured at once, so the WebGL context is made without waiting for a frame.
        resize={{ polyfill: MeasureAtOnce, debounce: 0 }}
        onCreated={onCreated}
        style={{ position: 'absolute', inset: 0 }}
        role="img"
        aria-label="3D body with trigger point markers"
      >
        {load.status === 'ready' && (
          <AtlasScene
            surface={load.surface}
            anatomy={anatomy ?? null}
            anatomyPending={anatomy === undefined}
            labelRef={labelRef}
            dark={dark}
          />
        )}
      </Canvas>
      <div ref={labelRef} style={styles.label} hidden data-testid="marker-label" />
      {lost && <RestoringMessage />}
    </div>
  );
}
