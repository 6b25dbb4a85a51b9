/**
 * The installable, offline app: options for vite-plugin-pwa. The generated service worker
 * precaches everything the built app needs — HTML, scripts, styles, icons, the manifest and the
 * body model — so after the first visit the atlas works with the network off. Nothing is cached
 * at run time and no other origin is ever contacted: workbox's runtime is emitted next to the
 * worker (no CDN) and the worker only answers for files it precached.
 *
 * `registerType: 'prompt'`: a new version waits until the user chooses to reload
 * (src/app/serviceWorker.ts shows the notice), so an open page never changes under a therapist
 * mid-visit. `clientsClaim` lets the first visit be served by the worker at once, without a
 * reload; it never skips waiting, so it does not undo the prompt.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** The body model is about 1.2 MB; workbox's default 2 MiB limit leaves too little room. */
const MAX_PRECACHE_BYTES = 8 * 1024 * 1024;

export const PWA_OPTIONS: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  // Registered from src/app (virtual:pwa-register), never by an injected inline script.
  injectRegister: false,
  // The icons are precached by the glob below; listing them twice would duplicate entries.
  includeManifestIcons: false,
  manifest: {
    name: 'Trigger Point Atlas',
    short_name: 'TP Atlas',
    description:
      'Explore myofascial trigger points in 3D and see where their pain spreads. Works offline; nothing leaves your device.',
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    // tokens.css: --c-surface (the header, as the light theme-color meta) and --c-bg.
    theme_color: '#ffffff',
    background_color: '#eef2f3',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'app-icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    // The plugin adds manifest.webmanifest itself.
    globPatterns: ['**/*.{html,js,css,svg,png,glb}'],
    maximumFileSizeToCacheInBytes: MAX_PRECACHE_BYTES,
    // Deep links are query strings on the one page (`?tp=…`): every navigation gets index.html.
    navigateFallback: 'index.html',
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    runtimeCaching: [],
    sourcemap: false,
  },
};
