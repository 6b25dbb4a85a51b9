/** Entry point: global styles, then the app into #root. */
// First, before any module validates data: no eval-compiled validators under the CSP.
import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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
import { App } from './App';
import { registerServiceWorker } from './serviceWorker';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Offline after the first visit; a new version waits for the user (src/app/serviceWorker.ts).
registerServiceWorker();
