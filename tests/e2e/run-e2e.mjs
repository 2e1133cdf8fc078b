// `npm run test:e2e`: runs the browser tests against the production build, failing with one
// clear line when no Chromium can be found (never skipping silently).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { findChromium } from './find-chromium.mjs';

const chromium = await findChromium();
if (!chromium) {
  console.error(
    'No Chromium found for the browser tests: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.',
  );
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  console.error('No production build found: run `npx vite build` first (npm test does this).');
  process.exit(1);
}
/** A TCP port on 127.0.0.1 that nothing listens on now (the system picks it). */
function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const port = process.env.ATLAS_E2E_PORT ?? String(await findFreePort());
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium, ATLAS_E2E_PORT: port },
});
process.exit(result.status ?? 1);
