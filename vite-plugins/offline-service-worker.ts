// The service worker that keeps the atlas for class without a network: Workbox, through
// vite-plugin-pwa, precaches the whole build (app, data/ and seeds/) and answers every
// page address from the kept index.html. A new version waits (it never swaps a page mid-
// lesson); src/offline registers it and announces the waiting version.
import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Bytes: the largest file of the build (the map library chunk) is about 1.1 MB. */
const LARGEST_KEPT_FILE = 4 * 1024 * 1024;

export function offlineServiceWorker(): PluginOption {
  return VitePWA({
    // src/offline registers it, in production builds only.
    injectRegister: false,
    registerType: 'prompt',
    // No install prompt or icons: the atlas is a page, not an app to install.
    manifest: false,
    filename: 'sw.js',
    workbox: {
      globPatterns: ['**/*.{html,js,css,json,csv,geojson,txt,md,svg}'],
      maximumFileSizeToCacheInBytes: LARGEST_KEPT_FILE,
      // Any address of the atlas (`?event=…`) is the same page; the query is its state.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first version takes the open page at once, so its map workers are served from
      // the kept files too; a later version still waits (skipWaiting stays off).
      clientsClaim: true,
      // The atlas asks nothing of other origins, so nothing else is cached or routed.
      runtimeCaching: [],
    },
  });
}
