// Size budgets for the production build in dist/, against performance-budgets.json:
// the JavaScript the first view loads (index.html's module script and its preloads; the map,
// the dialogs and the reader are loaded later), all JavaScript, and the data files.
// Prints every figure; exits non-zero when one is over budget (`--report` only prints).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const budgets = JSON.parse(readFileSync(join(root, 'performance-budgets.json'), 'utf8'));
const reportOnly = process.argv.includes('--report');

const kb = (bytes) => bytes / 1024;
const gzipKb = (file) => kb(gzipSync(readFileSync(file), { level: 9 }).length);

function filesUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

let html;
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8');
} catch {
  console.error('budgets: dist/index.html not found; run `npx vite build` first.');
  process.exit(1);
}
const firstView = [
  ...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g),
].map((match) => join(dist, match[1]));
const scripts = filesUnder(join(dist, 'assets')).filter((file) => file.endsWith('.js'));
// The snapshot is the build's own digest of the data files (src/data/dataset-snapshot.ts),
// counted on its own so that the data budget still measures the data.
const snapshotFile = join(dist, 'data', 'dataset-snapshot.json');
const dataFiles = filesUnder(join(dist, 'data')).filter(
  (file) => !file.endsWith('.md') && file !== snapshotFile,
);

const figures = [
  {
    key: 'firstViewScriptGzipKb',
    label: 'JavaScript for the first view (gzip)',
    value: firstView.reduce((total, file) => total + gzipKb(file), 0),
  },
  {
    key: 'allScriptGzipKb',
    label: 'all JavaScript, with the map (gzip)',
    value: scripts.reduce((total, file) => total + gzipKb(file), 0),
  },
  {
    key: 'dataFilesKb',
    label: 'data files (as served)',
    value: dataFiles.reduce((total, file) => total + kb(statSync(file).size), 0),
  },
  {
    key: 'datasetSnapshotKb',
    label: 'dataset snapshot (as served)',
    // A build without it (a data file missing) is over budget: it is what the first view reads.
    value: existsSync(snapshotFile) ? kb(statSync(snapshotFile).size) : Number.POSITIVE_INFINITY,
  },
];

let over = 0;
for (const { key, label, value } of figures) {
  const budget = budgets[key];
  const fits = typeof budget === 'number' && value <= budget;
  if (!fits) over += 1;
  console.log(
    Number.isFinite(value)
      ? `budgets: ${label}: ${value.toFixed(1)} KB of ${budget ?? '(no budget)'} KB${fits ? '' : '  ← OVER BUDGET'}`
      : `budgets: ${label}: missing from the build  ← OVER BUDGET`,
  );
}
if (over > 0 && !reportOnly) {
  console.error(
    `budgets: ${over} figure${over === 1 ? ' is' : 's are'} over budget (performance-budgets.json); see docs/PERFORMANCE.md.`,
  );
  process.exit(1);
}
