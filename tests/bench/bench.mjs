// `npm run bench`: prints how fast the atlas is, on this machine, for the production build.
// Figures only; no pass or fail. Needs `npx vite build` first and a Chromium.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/find-chromium.mjs';

const PORT = 4391;
const RUNS = 5;

function folderBytes(folder) {
  let total = 0;
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    const info = statSync(path);
    total += info.isDirectory() ? folderBytes(path) : info.size;
  }
  return total;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const executablePath = await findChromium();
if (!executablePath) {
  console.error('No Chromium found: set CHROMIUM_PATH or install chromium.');
  process.exit(1);
}
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);
await new Promise((resolve) => setTimeout(resolve, 2500));
const browser = await chromium.launch({
  executablePath,
  args: CHROMIUM_ARGS,
});
const figures = { timeline: [], map: [], select: [], filter: [] };
try {
  for (let run = 0; run < RUNS; run += 1) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const start = Date.now();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.locator('[data-testid="timeline"] .vis-item').first().waitFor();
    figures.timeline.push(Date.now() - start);
    await page.locator('.maplibregl-canvas').waitFor();
    await page
      .waitForFunction(() => document.querySelector('[data-map-ready="true"]') !== null, null, {
        timeout: 30_000,
      })
      .catch(() => {});
    figures.map.push(Date.now() - start);
    const item = page.locator('[data-testid="timeline"] .vis-item [data-event-id]').nth(3);
    const selectStart = Date.now();
    await item.click();
    await page.getByTestId('event-details').waitFor();
    figures.select.push(Date.now() - selectStart);
    const filterStart = Date.now();
    await page.getByTestId('filter-category-attack').check();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('cat') === 'attack');
    figures.filter.push(Date.now() - filterStart);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(
  `Production build: ${(folderBytes('dist') / 1024).toFixed(0)} KiB on disk (dist/, incl. data and seeds)`,
);
console.log(`Median of ${RUNS} cold loads on this machine (${executablePath}):`);
console.log(`  first timeline item shown: ${median(figures.timeline)} ms`);
console.log(`  map drawn (basemap loaded): ${median(figures.map)} ms`);
console.log(`  click an event -> details shown: ${median(figures.select)} ms`);
console.log(`  filter by category -> URL updated: ${median(figures.filter)} ms`);
