// Fetches the data files from the site's own origin and builds the dataset. A file that
// cannot be fetched (or stays silent too long) becomes an issue naming why; the rest is
// still shown. When the build's snapshot matches the files exactly, it is the dataset and
// nothing is parsed again; otherwise the builder (and its schemas) is loaded and reads them.
import type { BuildResult, DataTexts } from './build-dataset';
import {
  type DatasetSnapshot,
  matchingSnapshot,
  SNAPSHOT_FILE,
  VISITOR_BUILD_OPTIONS,
} from './dataset-snapshot';
import { fetchFromSite } from './early-requests';
import type { FetchedFile } from './fetch-file';
import type { DataFileContent } from './file-content';
import { DATA_FILES, type DataFileKey } from './types';

/** The stamp of the dataset code in this build; '' (no snapshot) in development. */
export const DATASET_STAMP: string = import.meta.env.ATLAS_DATASET_STAMP ?? '';

const asContent = (fetched: FetchedFile): DataFileContent =>
  fetched.ok ? fetched.bytes : { failure: fetched.failure };

/** Every file's bytes, or null if any file could not be fetched. */
function allBytes(
  keys: readonly DataFileKey[],
  fetched: readonly FetchedFile[],
): Record<DataFileKey, Uint8Array> | null {
  const bytes: Partial<Record<DataFileKey, Uint8Array>> = {};
  for (const [index, key] of keys.entries()) {
    const file = fetched[index];
    if (!file?.ok) return null;
    bytes[key] = file.bytes;
  }
  return bytes as Record<DataFileKey, Uint8Array>;
}

export interface LoadedDataset {
  readonly result: BuildResult;
  /** The build's snapshot when it matched the files (and so gave `result`), else null. */
  readonly snapshot: DatasetSnapshot | null;
}

export async function loadDataset(stamp: string = DATASET_STAMP): Promise<BuildResult> {
  return (await loadDatasetWithSnapshot(stamp)).result;
}

/** The dataset, and the snapshot it came from, which may also hold the tours as read. */
export async function loadDatasetWithSnapshot(
  stamp: string = DATASET_STAMP,
): Promise<LoadedDataset> {
  const keys = Object.keys(DATA_FILES) as DataFileKey[];
  const [fetched, snapshotFile] = await Promise.all([
    Promise.all(keys.map((key) => fetchFromSite(DATA_FILES[key]))),
    stamp === '' ? null : fetchFromSite(SNAPSHOT_FILE),
  ]);
  const bytes = allBytes(keys, fetched);
  if (snapshotFile?.ok && bytes) {
    const snapshot = matchingSnapshot(snapshotFile.bytes, bytes, stamp);
    if (snapshot) return { result: snapshot.result, snapshot };
  }
  const byKey = Object.fromEntries(
    keys.map((key, index) => [key, asContent(fetched[index] ?? { ok: false, failure: '' })]),
  ) as DataTexts;
  // The editor's warnings are for `npm run data:check`; visitors see none of them.
  const { buildDataset } = await import('./build-dataset');
  return { result: buildDataset(byKey, VISITOR_BUILD_OPTIONS), snapshot: null };
}

export type SourceTextResult = { ok: true; text: string } | { ok: false; failure: string };

/** The whole text of one source document, for the reader. */
export async function loadSourceText(file: string): Promise<SourceTextResult> {
  const fetched = await fetchFromSite(file);
  if (!fetched.ok) return fetched;
  // Documents are shown as they are; a stray undecodable byte should not hide the text.
  return { ok: true, text: new TextDecoder('utf-8').decode(fetched.bytes) };
}
