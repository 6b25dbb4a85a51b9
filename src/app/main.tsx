/**
 * Entry point: requests the body model, then renders the app into #root with the global styles.
 * The model downloads while React and the 3D code load; the atlas data check (in a worker) and
 * the service worker start after the first body frame (afterFirstFrame.ts).
 */
import { StrictMode, type ErrorInfo } from 'react';
import { createRoot } from 'react-dom/client';
import { WebGLUnavailableError } from '../scene/webglError';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/layout.css';
import '../styles/overlays.css';
import '../styles/layers.css';
import '../styles/panel.css';
import '../styles/browse.css';
import '../styles/dialogs.css';
import '../styles/pain.css';
import '../styles/packs.css';
import { requestBodyModel } from '../scene/body/modelRequest';
import { App } from './App';
import { validateAtlasInWorker } from './atlasWorkerClient';
import { loadWithStoredPack } from '../state/packs';
import { afterFirstFrame, startAfterFirstFrame } from './afterFirstFrame';
import { registerServiceWorker } from './serviceWorker';
import { revealAfterFirstFrame } from './revealPage';

// Before anything else: the body model (preloaded by index.html) is taken up while the 3D code
// loads (src/scene/body/modelRequest.ts); the Viewer picks up the same request.
void requestBodyModel().catch(() => {
  /* the Viewer asks again and shows what went wrong */
});
// The atlas data is checked in a worker (with a data pack stored on this device:
// src/state/packs.ts), started once the body is drawn. Started at once, its script (~0.8 MB)
// and the check took a core's worth of CPU from the first frame on two-core machines (about
// 170 ms of CPU, ~100 ms later first frame with software rendering); the list, panel and
// markers joined after the first frame anyway, now a little later.
const atlas = startAfterFirstFrame(() => loadWithStoredPack(validateAtlasInWorker));
const loadAtlas = () => atlas;

/**
 * Errors an error boundary caught, logged as React does by default — except a refused WebGL
 * context: the viewer shows "3D view not available" for it, which is a state, not a fault.
 */
function reportCaughtError(error: unknown, info: ErrorInfo): void {
  if (error instanceof WebGLUnavailableError) return;
  console.error(error, info.componentStack ?? '');
}

// The page is painted together with the body (or after a second at most): its first paint
// would otherwise hold up the WebGL context in the GPU process (src/app/revealPage.ts).
revealAfterFirstFrame();

const root = document.getElementById('root');
if (root) {
  createRoot(root, { onCaughtError: reportCaughtError }).render(
    <StrictMode>
      <App load={loadAtlas} />
    </StrictMode>,
  );
}

// Offline after the first visit; a new version waits for the user (src/app/serviceWorker.ts).
// Registered once the body is drawn: precaching every file competes with the first frame.
afterFirstFrame(registerServiceWorker);
