// Makes the dataset snapshot (dataset-snapshot.ts) at build time, in Node: the visitor's
// build result for a folder's data files, each file's fingerprint, and the stamp of the code
// that made it. Used by the build (vite-plugins/atlas-data.ts) and by `data:snapshot`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { readTours } from '../tours/read-tours';
import { referencesOf } from '../tours/tour-references';
import { TOURS_FILE } from '../tours/tour-types';
import { buildDataset } from './build-dataset';
import { type DatasetSnapshot, fingerprint, VISITOR_BUILD_OPTIONS } from './dataset-snapshot';
import { readDataTexts } from './read-data-files';
import type { DataFileKey } from './types';

export { SNAPSHOT_FILE } from './dataset-snapshot';

/**
 * The code whose output the snapshot is: the data folder's modules, the tours' reader and
 * their messages.
 */
const CODE_FOLDERS = ['src/data', 'src/i18n', 'src/tours'];

function sourceFilesUnder(root: string, folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFilesUnder(root, path);
    return /\.tsx?$/.test(name) && !/\.test(-helpers)?\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * A digest of the code that builds the dataset. The build puts it into the app and into the
 * snapshot; an app accepts only a snapshot with its own stamp, so a snapshot never outlives
 * a change to how the dataset is built.
 */
export function datasetCodeStamp(projectRoot: string): string {
  const hash = createHash('sha256');
  const files = CODE_FOLDERS.flatMap((folder) => sourceFilesUnder(projectRoot, folder)).sort();
  for (const file of files) {
    hash.update(file.split(sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(join(projectRoot, file)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Throws unless JSON keeps `value` exactly: no Map, Set, Date, undefined in arrays, NaN or ±Infinity. */
export function assertSurvivesJson(value: unknown, path = 'result'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}, which JSON cannot keep`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (item === undefined) throw new Error(`${path}[${index}] is undefined`);
      assertSurvivesJson(item, `${path}[${index}]`);
    });
    return;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) assertSurvivesJson(item, `${path}.${key}`);
    }
    return;
  }
  throw new Error(`${path} is not plain data (${Object.prototype.toString.call(value)})`);
}

/** The tours file read against the dataset, as the atlas would read it; absent without one. */
function snapshotTours(folder: string, dataset: DatasetSnapshot['result']['dataset']) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(folder, TOURS_FILE));
  } catch {
    return undefined;
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  return { file: fingerprint(bytes), result: readTours(TOURS_FILE, text, referencesOf(dataset)) };
}

/**
 * The snapshot of `folder`'s data files, or null when a file is missing (the atlas then reads
 * the files and reports the missing one, as without a snapshot).
 */
export function makeSnapshot(folder: string, stamp: string): DatasetSnapshot | null {
  const texts = readDataTexts(folder);
  const files: Partial<Record<DataFileKey, string>> = {};
  for (const key of Object.keys(texts) as DataFileKey[]) {
    const bytes = texts[key];
    if (!(bytes instanceof Uint8Array)) return null;
    files[key] = fingerprint(bytes);
  }
  const result = buildDataset(texts, VISITOR_BUILD_OPTIONS);
  assertSurvivesJson(result);
  const tours = snapshotTours(folder, result.dataset);
  if (tours) assertSurvivesJson(tours, 'tours');
  return {
    stamp,
    files: files as Record<DataFileKey, string>,
    result,
    ...(tours ? { tours } : {}),
  };
}
