/**
 * Catches a crash inside the 3D view (a shader the driver rejects, a context that cannot be
 * created again) and shows a message in its place, so the rest of the page keeps working. A
 * context the browser refuses from the start is no crash: it gets the "no WebGL" message.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { atlasStore } from '../state/store';
import { NoWebGLMessage } from './ViewerMessages';
import * as styles from './viewerStyles';
import { WebGLUnavailableError } from './webgl';

interface State {
  readonly error: Error | null;
}

export class SceneErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    atlasStore.getState().actions.setSceneFailed(true);
    if (error instanceof WebGLUnavailableError) return;
    console.error('3D view failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    if (this.state.error instanceof WebGLUnavailableError) return <NoWebGLMessage />;
    return (
      <div style={styles.fill}>
        <div role="alert" data-testid="scene-crash" style={styles.message}>
          <strong>The 3D view stopped working.</strong>
          <span>{this.state.error.message}</span>
          <span>The list of trigger points and the information panel still work.</span>
        </div>
      </div>
    );
  }
}
