/** Entry point: global styles, then the app into #root. */
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
import { App } from './App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
