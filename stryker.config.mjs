// Mutation testing (`npm run test:mutation`): Stryker changes the pure code of src/state,
// src/data, src/map and src/timeline one small step at a time and checks that some unit test
// fails each time. See docs/TESTING.md for the last scores, their run times and the survivors
// judged equivalent.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/state/**/*.ts',
    'src/data/**/*.ts',
    // The moments of the first view that the map and the offline copy wait for.
    'src/app/first-view.ts',
    // The pure parts of the map and the timeline: no maplibre-gl, vis-timeline, React or DOM
    // (those are covered by the browser tests).
    'src/map/basemap.ts',
    'src/map/declutter.ts',
    'src/map/marker-labels.ts',
    'src/map/project.ts',
    'src/map/reference-places.ts',
    'src/map/site-order.ts',
    'src/timeline/batched-insert.ts',
    'src/timeline/label-layout.ts',
    'src/timeline/label-placement.ts',
    'src/timeline/mark-nudge.ts',
    'src/timeline/lanes.ts',
    'src/timeline/sync-items.ts',
    'src/timeline/timeline-commands.ts',
    'src/timeline/timeline-density.ts',
    'src/timeline/timeline-items.ts',
    'src/timeline/timeline-window.ts',
    '!src/**/*.test.ts',
    '!src/**/*.test-helpers.ts',
    // Not pure: the command-line checker and the file reading are tested end to end
    // (check-data.test.ts runs the checker as a process; the browser tests load the files).
    '!src/data/cli/**',
    '!src/data/read-data-files.ts',
    '!src/data/load-dataset.ts',
    '!src/data/early-requests.ts',
    '!src/data/request-data-early.ts',
  ],
  // Not copied into the sandbox: build output, browser test results and reports, which
  // other commands may be writing at the same time.
  ignorePatterns: [
    'dist',
    'test-results',
    'playwright-report',
    'reports',
    'tests/e2e/artifacts',
    '.stryker-tmp*',
  ],
  coverageAnalysis: 'perTest',
  // A mutant in a module-level constant would need the whole suite for each one; these are
  // counted as "ignored", not as survivors.
  ignoreStatic: true,
  // The machine is shared: one test process at a time (and niced, see package.json).
  concurrency: 1,
  timeoutMS: 60_000,
  thresholds: { high: 90, low: 80, break: 80 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
};
