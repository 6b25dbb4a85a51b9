// Types of vite-plugin-pwa's `virtual:pwa-register` module (src/app/serviceWorker.ts).
/// <reference types="vite-plugin-pwa/vanillajs" />
