// `npm run test:e2e`: runs the browser tests against the production build, failing with one
// clear line when no Chromium can be found (never skipping silently).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
