// `npm run data:snapshot <folder>`: writes <folder>/data/dataset-snapshot.json for a built
// site whose data files were replaced after the build (the benchmark's synthetic datasets),
// with the stamp of this project's code. `vite build` writes it for the shipped data.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SNAPSHOT_FILE } from '../dataset-snapshot';
import { datasetCodeStamp, makeSnapshot } from '../snapshot-writer';

const folder = resolve(process.argv[2] ?? 'dist');
const snapshot = makeSnapshot(folder, datasetCodeStamp(resolve('.')));
if (!snapshot) {
  console.error(`data:snapshot: a data file is missing under ${folder}; no snapshot written.`);
  process.exit(1);
}
writeFileSync(join(folder, SNAPSHOT_FILE), JSON.stringify(snapshot));
console.log(
  `data:snapshot: ${SNAPSHOT_FILE} written (${snapshot.result.dataset.events.length} events).`,
);
