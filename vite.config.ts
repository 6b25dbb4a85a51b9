/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { cspMeta } from './scripts/lib/csp.js';
import { PWA_OPTIONS } from './scripts/lib/pwa.js';
import { preloadChunks } from './scripts/lib/preload.js';

// Unit, component and scene tests run here; browser tests have their own config
// (vitest.e2e.config.ts) because they need a built app and Chromium.
export default defineConfig({
  // The service worker and the CSP meta tag: scripts/lib/pwa.ts and scripts/lib/csp.ts. The 3D
  // view's chunk is preloaded so it arrives with the start-up script (scripts/lib/preload.ts).
  plugins: [react(), VitePWA(PWA_OPTIONS), cspMeta(), preloadChunks(['src/scene/Viewer.tsx'])],
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20000,
  },
});
