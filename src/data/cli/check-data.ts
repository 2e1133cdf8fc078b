// `npm run data:check [folder]`: validates the dataset and exits non-zero on any error,
// printing one file:line:column line per problem (a whole-file cause first, with a count of
// the rows that depend on it), then warnings, which do not fail the check.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildContext, CONTEXT_FILE } from '../../context/context-facts';
import { dataCheckStrings as text } from '../../i18n/data-check-strings';
import { checkToursFile } from '../../tours/check-tours';
import { formatTourIssue } from '../../tours/read-tours';
import { buildDataset } from '../build-dataset';
import { formatIssue } from '../format-issue';
import { readDataTexts, readSourceTexts } from '../read-data-files';

const root = resolve(process.argv[2] ?? '.');
const texts = readDataTexts(root);
const built = buildDataset(texts, { sourceTexts: readSourceTexts(root, texts.sources) });
const { dataset, warnings } = built;
// The outside context is optional, but when present every row must be cited.
const contextPath = join(root, CONTEXT_FILE);
const context = existsSync(contextPath)
  ? buildContext(readFileSync(contextPath, 'utf8'))
  : { facts: [], issues: [] };
const issues = [...built.issues, ...context.issues];

// Tours point into the events and sites: with a data file unusable as a whole, every step
// would be reported again, so they are checked only once that file is mended.
const dataUnusable = issues.some((issue) => issue.wholeFile);
const tours = dataUnusable ? { tours: [], issues: [] } : checkToursFile(root, dataset);

const summary = text.summary({
  sources: dataset.sources.length,
  sites: dataset.sites.length,
  events: dataset.events.length,
  claims: dataset.events.reduce((total, event) => total + event.claims.length, 0),
  figures: dataset.figures.length,
  moves: dataset.moves.length,
  moveClaims: dataset.moves.reduce((total, move) => total + move.claims.length, 0),
  facts: context.facts.length,
  tours: tours.tours.length,
  steps: tours.tours.reduce((total, tour) => total + tour.steps.length, 0),
});
const problems = issues.length + tours.issues.length;
const report = [
  ...issues.map(formatIssue),
  ...tours.issues.map(formatTourIssue),
  ...warnings.map((warning) => text.warning(formatIssue(warning))),
];
const warned = warnings.length > 0 ? text.warnings(warnings.length) : '';
const verdict =
  problems > 0
    ? text.failed(problems, summary, warned, dataUnusable)
    : text.passed(summary, warned);

// Written as one block, and the process left to end by itself: calling process.exit() right
// after writing cut the output short when it was piped (into `less`, `head` or a CI log).
if (problems > 0) {
  process.stderr.write(`${[...report, verdict].join('\n')}\n`);
  process.exitCode = 1;
} else {
  if (report.length > 0) process.stderr.write(`${report.join('\n')}\n`);
  process.stdout.write(`${verdict}\n`);
}
