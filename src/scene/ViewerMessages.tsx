/**
 * The Viewer's plain-language messages, shown instead of (or over) the 3D view: no WebGL, the
 * body model failed to load, the 3D view crashed, and the short notice while a lost WebGL
 * context is being restored. The first three also tell the store the body will not be drawn.
 */
import { useEffect, type JSX } from 'react';
import { atlasStore } from '../state/store';
import * as styles from './viewerStyles';

/** Tells the store the body will not be drawn (see `sceneFailed`). */
export function useReportNoBody(): void {
  useEffect(() => atlasStore.getState().actions.setSceneFailed(true), []);
}

export function NoWebGLMessage(): JSX.Element {
  useReportNoBody();
  return (
    <div style={styles.fill}>
      <div role="status" data-testid="no-webgl" style={styles.message}>
        <strong>The 3D view is not available in this browser.</strong>
        <span>
          It needs WebGL, which is switched off or not supported here. The list of trigger points
          and the information panel still work.
        </span>
      </div>
    </div>
  );
}

export function LoadErrorMessage({
  file,
  problem,
}: {
  readonly file: string;
  readonly problem: string;
}): JSX.Element {
  useReportNoBody();
  return (
    <div style={styles.fill}>
      <div role="alert" data-testid="scene-load-error" style={styles.message}>
        <strong>The 3D body could not be loaded.</strong>
        <span>
          File <code>{file}</code>: {problem}.
        </span>
        <span>The list of trigger points and the information panel still work.</span>
      </div>
    </div>
  );
}

export function RestoringMessage(): JSX.Element {
  return (
    <div role="status" data-testid="scene-restoring" style={styles.restoring}>
      Restoring the 3D view…
    </div>
  );
}
