// Mutation testing (`npm run test:mutation`): Stryker changes the pure code of src/state and
// src/data one small step at a time and checks that some unit test fails each time. See
// docs/TESTING.md for the last score, its run time and the survivors judged equivalent.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/state/**/*.ts',
    'src/data/**/*.ts',
    '!src/**/*.test.ts',
    '!src/**/*.test-helpers.ts',
    // Not pure: the command-line checker and the file reading are tested end to end
    // (check-data.test.ts runs the checker as a process; the browser tests load the files).
    '!src/data/cli/**',
    '!src/data/read-data-files.ts',
    '!src/data/load-dataset.ts',
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
