// `npm run data:check [folder]`: validates the dataset and exits non-zero on any error,
// printing one file:line:column line per problem.
import { resolve } from 'node:path';
import { checkToursFile } from '../../tours/check-tours';
import { formatTourIssue } from '../../tours/read-tours';
import { buildDataset, formatIssue } from '../build-dataset';
import { readDataTexts, readSourceTexts } from '../read-data-files';

const root = resolve(process.argv[2] ?? '.');
const texts = readDataTexts(root);
const { dataset, issues } = buildDataset(texts, {
  sourceTexts: readSourceTexts(root, texts.sources),
});

const tours = checkToursFile(root, dataset);

for (const issue of issues) console.error(formatIssue(issue));
for (const issue of tours.issues) console.error(formatTourIssue(issue));
const claimCount = dataset.events.reduce((total, event) => total + event.claims.length, 0);
const stepCount = tours.tours.reduce((total, tour) => total + tour.steps.length, 0);
const summary = `${dataset.sources.length} sources, ${dataset.sites.length} sites, ${dataset.events.length} events, ${claimCount} claims, ${dataset.figures.length} figures, ${tours.tours.length} tours of ${stepCount} steps`;
const problems = issues.length + tours.issues.length;
if (problems > 0) {
  console.error(
    `data:check found ${problems} problem${problems === 1 ? '' : 's'} (${summary} are valid).`,
  );
  process.exit(1);
}
console.log(`data:check passed: ${summary}; every quote found in its source.`);
