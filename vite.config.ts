/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { atlasData } from './vite-plugins/atlas-data';
import { contentSecurityPolicyMeta } from './vite-plugins/content-security-policy';
import { earlyDataRequests } from './vite-plugins/early-data-requests';
import { offlineServiceWorker } from './vite-plugins/offline-service-worker';

// Optional: an online MapLibre style instead of the bundled offline basemap (see README).
const onlineStyleUrl = process.env.ATLAS_MAP_STYLE_URL || undefined;

// A relative base lets the static build be served from any folder (see README, "Deploy").
export default defineConfig({
  base: process.env.ATLAS_BASE ?? './',
  plugins: [
    react(),
    atlasData(),
    contentSecurityPolicyMeta(onlineStyleUrl),
    earlyDataRequests(),
    offlineServiceWorker(),
  ],
  define: {
    'import.meta.env.ATLAS_MAP_STYLE_URL': JSON.stringify(onlineStyleUrl ?? ''),
  },
  build: {
    target: 'es2022',
    // One chunk per large library, so the app's own code stays small and each library is
    // cached on its own. MapLibre (about 1 MB) is over Vite's 500 kB warning: it is one
    // library that cannot be split further, and it loads only after the timeline shows. The
    // warning is left on to catch growth elsewhere.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Starts the data requests (request-data-early.ts); the built page loads it on its
            // own, before the entry (vite-plugins/early-data-requests.ts).
            {
              name: 'early-requests',
              test: /src[\\/](data[\\/](request-data-early|early-requests|fetch-file|dataset-snapshot)|tours[\\/]tour-types|i18n[\\/]data-messages)\.ts$/,
            },
            // The store and strings the first view shares with the lazy modes (embed, presenter):
            // one chunk instead of four small ones, each with its own overhead.
            {
              name: 'atlas-shared',
              test: /src[\\/](state[\\/](dataset-index|atlas-state|selectors|store-context)|data[\\/]edtf|i18n[\\/]strings)\.tsx?$/,
            },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // vis-timeline's ES module build and the libraries it is built on (its peers).
            {
              name: 'vis-timeline',
              test: /node_modules[\\/](vis-timeline|vis-data|vis-util|moment|@egjs[\\/]hammerjs|propagating-hammerjs|keycharm|component-emitter|uuid|xss|cssfilter)[\\/]/,
            },
            { name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // Tests that read the whole dataset take seconds on a loaded 2-core machine; a time
    // limit here only guards against a hang, speed goals live in the benchmark.
    testTimeout: 30_000,
  },
});
