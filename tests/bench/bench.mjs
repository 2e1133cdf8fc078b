// `npm run bench`: the benchmark of record. Builds the atlas, generates valid synthetic
// datasets (1,000, 10,000 and 100,000 events; quotes copied verbatim from real claims) in a
// temporary folder, serves everything locally, and measures cold loads and interactions in
// headless Chromium, with TimelineJS 3.9 fed the same events in the same run.
// Figures only, no pass or fail: see docs/PERFORMANCE.md.
//   npm run bench                  shipped data, 1,000, 10,000 and 100,000 events, 3 loads each
//   npm run bench -- --quick       1,000 events only, for everyday use
//   npm run bench -- --sizes=shipped,10000 --runs=5 --timeout=180 --no-timelinejs
//   --interact-timeout=120   seconds a load's clicks, keys, zoom and pan may take in all
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, setPriority, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/find-chromium.mjs';
import { measureLoad } from './measure-load.mjs';
import { compareWithPrevious, readPrevious, summarise, tableFor, writeResults } from './report.mjs';
import { serveFolder } from './static-server.mjs';
import { readCsv, writeSyntheticDataset } from './synthetic-data.mjs';
import { timelineJson, writeEvents, writeTimelineJsPage } from './timelinejs-page.mjs';

const root = resolve(import.meta.dirname, '../..');
const RESULTS = join(root, 'bench/results.json');

function option(name, fallback) {
  const found = process.argv.find((argument) => argument.startsWith(`--${name}=`));
  return found ? found.slice(name.length + 3) : fallback;
}
const quick = process.argv.includes('--quick');
const sizes = option('sizes', quick ? '1000' : 'shipped,1000,10000,100000').split(',');
const runs = Number(option('runs', '3'));
const timeoutMs = Number(option('timeout', '120')) * 1000;
const interactTimeoutMs = Number(option('interact-timeout', '120')) * 1000;
const withTimelineJs = !process.argv.includes('--no-timelinejs');

// The machine is shared: stay out of the way of interactive work (children inherit this).
setPriority(10);
const load = () => loadavg().map((value) => value.toFixed(1));

const executablePath = await findChromium();
if (!executablePath) {
  console.error('No Chromium found: set CHROMIUM_PATH or install chromium (see README).');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
console.log(`Building the atlas into ${work} …`);
const build = spawnSync('npx', ['vite', 'build', '--outDir', join(work, 'dist'), '--emptyOutDir'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);
const timelineJsVersion = withTimelineJs ? writeTimelineJsPage(join(work, 'timelinejs')) : null;
const siteNames = new Map(
  JSON.parse(readFileSync(join(root, 'data/sites.geojson'), 'utf8')).features.map((feature) => [
    feature.properties.id,
    feature.properties.name,
  ]),
);

const previous = readPrevious(RESULTS);
const server = await serveFolder(work);
const launch = () => chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const probe = await launch();
const chromiumVersion = probe.version();
await probe.close();
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, loadAtStart: load() },
  chromium: chromiumVersion,
  timelineJs: timelineJsVersion,
  runs,
  timeoutMs,
  sizes: {},
};
try {
  for (const size of sizes) {
    const folder = join(work, `atlas-${size}`);
    cpSync(join(work, 'dist'), folder, { recursive: true });
    let data;
    let checkMs = null;
    if (size === 'shipped') {
      data = {
        events: readCsv(join(root, 'data/events.csv')),
        claims: readCsv(join(root, 'data/claims.csv')),
      };
    } else {
      data = writeSyntheticDataset(root, folder, Number(size));
      const started = Date.now();
      const check = spawnSync('npx', ['tsx', 'src/data/cli/check-data.ts', folder], { cwd: root });
      checkMs = Date.now() - started;
      if (check.status !== 0) {
        console.error(`The synthetic dataset of ${size} events is not valid:\n${check.stderr}`);
        process.exit(1);
      }
      // As a build of that data would: the snapshot the atlas reads instead of the CSV files.
      const snapshot = spawnSync('npx', ['tsx', 'src/data/cli/snapshot-data.ts', folder], {
        cwd: root,
      });
      if (snapshot.status !== 0) {
        console.error(`No dataset snapshot for ${size} events:\n${snapshot.stderr}`);
        process.exit(1);
      }
    }
    if (withTimelineJs) {
      writeEvents(
        join(work, 'timelinejs'),
        size,
        timelineJson(data.events, data.claims, siteNames),
      );
    }
    const loadBefore = load();
    const loads = { atlas: [], timelinejs: [] };
    for (let run = 0; run < runs; run += 1) {
      for (const app of withTimelineJs ? ['atlas', 'timelinejs'] : ['atlas']) {
        if (run > 0 && loads[app].length > 0 && !loads[app][0].opened) continue;
        const url =
          app === 'atlas'
            ? `${server.url}/atlas-${size}/`
            : `${server.url}/timelinejs/?size=${size}`;
        process.stdout.write(`  ${size}: ${app} load ${run + 1}/${runs} … `);
        const measured = await measureLoad(launch, app, url, timeoutMs, interactTimeoutMs);
        loads[app].push(measured);
        console.log(
          measured.opened ? `first item ${Math.round(measured.firstItemMs)} ms` : 'did not open',
        );
      }
    }
    const result = {
      date: new Date().toISOString(),
      events: data.events.length,
      claims: data.claims.length,
      dataCheckMs: checkMs,
      load: `${loadBefore.join('/')} → ${load().join('/')}`,
      atlas: summarise(loads.atlas),
      timelinejs: withTimelineJs ? summarise(loads.timelinejs) : null,
    };
    results.sizes[size] = result;
    console.log(`\n${tableFor(size, result, timeoutMs)}\n`);
    // Written after every size, so a crash later keeps what was measured.
    writeResults(RESULTS, { ...results, sizes: { ...previous?.sizes, ...results.sizes } });
    if (checkMs !== null)
      console.log(`data:check on these files: ${(checkMs / 1000).toFixed(1)} s\n`);
    for (const app of ['atlas', 'timelinejs']) {
      const summary = result[app];
      if (summary?.outsideRequests)
        console.log(`${app}: ${summary.outsideRequests} requests left the machine (blocked)`);
      if (summary?.pageErrors.length)
        console.log(`${app} page errors: ${summary.pageErrors.join('; ')}`);
    }
  }
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
results.machine.loadAtEnd = load();
const changes = compareWithPrevious(previous, results);
if (changes.length > 0) {
  console.log(`Atlas figures now ÷ previous results (${previous.date}):`);
  for (const line of changes) console.log(`  ${line}`);
}
// Sizes not measured this time (e.g. with --quick) keep their last figures, with their date.
writeResults(RESULTS, { ...results, sizes: { ...previous?.sizes, ...results.sizes } });
console.log(
  `Written to bench/results.json. Load average (1/5/15 min) at the end: ${load().join(' / ')}.`,
);
