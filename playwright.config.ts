import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './tests/e2e/find-chromium.mjs';

// Browser tests run against the production build served on localhost by `vite preview`, on a
// port that `run-e2e.mjs` found free, so a server left running elsewhere is never reused.
const PORT = Number(process.env.ATLAS_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Software WebGL on a 2-core machine is slow; a browser test may take tens of seconds.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
