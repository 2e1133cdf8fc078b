// Fetches the data files from the site's own origin and builds the dataset. A file that
// cannot be fetched (or stays silent too long) becomes an issue naming why; the rest is
// still shown. When the build's snapshot matches the files exactly, it is the dataset and
// nothing is parsed again; otherwise the builder (and its schemas) is loaded and reads them.
// A built page shows its snapshot first and compares it with the files just after
// (`loadFirstDataset`): the first view then waits for one file instead of eight.

import { dataMessages } from '../i18n/data-messages';
import type { BuildResult, DataTexts } from './build-dataset';
import {
  type DatasetSnapshot,
  fingerprint,
  matchingSnapshot,
  readSnapshot,
  SNAPSHOT_FILE,
  VISITOR_BUILD_OPTIONS,
} from './dataset-snapshot';
import { fetchFromSite } from './early-requests';
import type { FetchedFile } from './fetch-file';
import type { DataFileContent } from './file-content';
import { DATA_FILES, type DataFileKey, type DataIssue } from './types';

/** The stamp of the dataset code in this build; '' (no snapshot) in development. */
export const DATASET_STAMP: string = import.meta.env.ATLAS_DATASET_STAMP ?? '';

const asContent = (fetched: FetchedFile): DataFileContent =>
  fetched.ok ? fetched.bytes : { failure: fetched.failure };

const DATA_KEYS = Object.keys(DATA_FILES) as DataFileKey[];

/** Every file's bytes, or null if any file could not be fetched. */
function allBytes(fetched: readonly FetchedFile[]): Record<DataFileKey, Uint8Array> | null {
  const bytes: Partial<Record<DataFileKey, Uint8Array>> = {};
  for (const [index, key] of DATA_KEYS.entries()) {
    const file = fetched[index];
    if (!file?.ok) return null;
    bytes[key] = file.bytes;
  }
  return bytes as Record<DataFileKey, Uint8Array>;
}

export interface LoadedDataset {
  readonly result: BuildResult;
  /**
   * The build's snapshot that gave `result`, else null: matched to the files, or shown first
   * and matched just after (`loadFirstDataset`).
   */
  readonly snapshot: DatasetSnapshot | null;
}

export async function loadDataset(stamp: string = DATASET_STAMP): Promise<BuildResult> {
  return (await loadDatasetWithSnapshot(stamp)).result;
}

/** The dataset, and the snapshot it came from, which may also hold the tours as read. */
export async function loadDatasetWithSnapshot(
  stamp: string = DATASET_STAMP,
): Promise<LoadedDataset> {
  const [fetched, snapshotFile] = await Promise.all([
    fetchDataFiles(),
    stamp === '' ? null : fetchFromSite(SNAPSHOT_FILE),
  ]);
  const bytes = allBytes(fetched);
  const snapshot =
    snapshotFile?.ok && bytes ? matchingSnapshot(snapshotFile.bytes, bytes, stamp) : null;
  return snapshot ? { result: snapshot.result, snapshot } : buildFromFiles(fetched);
}

/** What the data files turned out to be, compared with the snapshot shown first. */
export type FilesComparison =
  /** Exactly the files the snapshot was made from. */
  | { readonly kind: 'same' }
  /**
   * Some files could not be fetched (a missing file, a filtered or lost connection) and the
   * others are the snapshot's: the snapshot, a checked copy of them all, stays, and these
   * issues name the files that could not be read.
   */
  | { readonly kind: 'unread'; readonly issues: readonly DataIssue[] }
  /** A file differs from the one the snapshot was made from: the files' own dataset counts. */
  | { readonly kind: 'differ'; readonly loaded: LoadedDataset };

export interface FirstDataset {
  /** What the atlas shows first. */
  readonly loaded: LoadedDataset;
  /**
   * Set when `loaded` is the build's snapshot, shown before the files were compared with it:
   * fetches the files and says how they compare.
   */
  readonly compareWithFiles: (() => Promise<FilesComparison>) | null;
}

/**
 * The dataset for the first view. In a build, the snapshot alone, as soon as it arrives: the
 * eight data files are fetched afterwards by `compareWithFiles`. Without a usable snapshot
 * (development, a damaged or missing one, another version's), the files as before.
 */
export async function loadFirstDataset(stamp: string = DATASET_STAMP): Promise<FirstDataset> {
  const snapshotFile = stamp === '' ? null : await fetchFromSite(SNAPSHOT_FILE);
  const snapshot = snapshotFile?.ok ? readSnapshot(snapshotFile.bytes, stamp) : null;
  if (!snapshot) return { loaded: await loadDatasetWithSnapshot(''), compareWithFiles: null };
  return {
    loaded: { result: snapshot.result, snapshot },
    compareWithFiles: async () => compareFiles(snapshot, await fetchDataFiles()),
  };
}

/** How the fetched files compare with `snapshot`: the first file that differs decides. */
async function compareFiles(
  snapshot: DatasetSnapshot,
  fetched: readonly FetchedFile[],
): Promise<FilesComparison> {
  const issues: DataIssue[] = [];
  for (const [index, key] of DATA_KEYS.entries()) {
    const file = fetched[index];
    if (!file) continue;
    if (!file.ok) {
      issues.push({
        file: DATA_FILES[key],
        line: 0,
        message: dataMessages.couldNotRead(file.failure),
        copyShown: true,
      });
    } else if (snapshot.files[key] !== fingerprint(file.bytes)) {
      return { kind: 'differ', loaded: await buildFromFiles(fetched) };
    }
  }
  return issues.length > 0 ? { kind: 'unread', issues } : { kind: 'same' };
}

/** Every data file, fetched (or the reason it could not be), in the order of DATA_KEYS. */
function fetchDataFiles(): Promise<FetchedFile[]> {
  return Promise.all(DATA_KEYS.map((key) => fetchFromSite(DATA_FILES[key])));
}

/** The dataset read from the fetched files by the builder, which loads only now. */
async function buildFromFiles(fetched: readonly FetchedFile[]): Promise<LoadedDataset> {
  const byKey = Object.fromEntries(
    DATA_KEYS.map((key, index) => [key, asContent(fetched[index] ?? { ok: false, failure: '' })]),
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
