// The dataset as the build made it from the data files, so that a visitor's browser need not
// parse and validate every row again on each visit. The CSV files stay the source of truth:
// the snapshot records a fingerprint of every file it was made from and is kept only while the
// files have exactly those bytes, and only by the code that made it (the stamp). The page
// shows it first and fetches the files just after to compare (load-dataset.ts). A file
// edited after the build or a missing file means the files are read and checked as before,
// with the same messages, and shown instead; an unreadable snapshot is not shown at all. The
// guided tours (data/tours.json), which are checked against the dataset, are kept the same way.
import type { ReadToursResult } from '../tours/read-tours';
import type { BuildResult } from './build-dataset';
import type { DataFileKey } from './types';

/** Where the build writes the snapshot, beside the data files it was made from. */
export const SNAPSHOT_FILE = 'data/dataset-snapshot.json';

/**
 * What the visitor's atlas asks of the builder: no editorial warnings (those are for
 * `npm run data:check`). The snapshot is made with the same options, so it is the same result.
 */
export const VISITOR_BUILD_OPTIONS = { editorialWarnings: false } as const;

export interface DatasetSnapshot {
  /** The dataset code this snapshot was made by (see `datasetCodeStamp`). */
  readonly stamp: string;
  /** Each data file's fingerprint, as `fingerprint` gives it for the file's bytes. */
  readonly files: Readonly<Record<DataFileKey, string>>;
  readonly result: BuildResult;
  /** The tours file as the build read it against this dataset; absent without a tours file. */
  readonly tours?: SnapshotTours;
}

export interface SnapshotTours {
  /** The tours file's fingerprint. */
  readonly file: string;
  readonly result: ReadToursResult;
}

/**
 * A fingerprint of a file's bytes: its length and two independent 32-bit hashes (FNV-1a and
 * a multiply-rotate hash), about 64 bits in all. It guards against edits, not attacks: a
 * visitor can change nothing on the server, and an editor who changes a file changes its
 * fingerprint.
 */
export function fingerprint(bytes: Uint8Array): string {
  let fnv = 0x811c9dc5;
  let mixed = 0x9e3779b9;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] as number;
    fnv = Math.imul(fnv ^ byte, 0x01000193);
    mixed = Math.imul(mixed ^ byte, 0x5bd1e995);
    mixed = (mixed << 13) | (mixed >>> 19);
  }
  return `${bytes.length}-${(fnv >>> 0).toString(16)}-${(mixed >>> 0).toString(16)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The shape the atlas relies on before it trusts the rest of the snapshot. */
function looksLikeSnapshot(value: unknown): value is DatasetSnapshot {
  if (!isRecord(value) || typeof value.stamp !== 'string' || !isRecord(value.files)) return false;
  const result = value.result;
  if (!isRecord(result) || !Array.isArray(result.issues) || !Array.isArray(result.warnings))
    return false;
  const dataset = result.dataset;
  return (
    isRecord(dataset) &&
    ['sources', 'sites', 'events', 'figures', 'moves'].every((key) => Array.isArray(dataset[key]))
  );
}

/** The snapshot in `snapshotBytes`, if it is one and was made by this code (`stamp`); else null. */
export function readSnapshot(snapshotBytes: Uint8Array, stamp: string): DatasetSnapshot | null {
  if (stamp === '') return null;
  let snapshot: unknown;
  try {
    snapshot = JSON.parse(new TextDecoder('utf-8').decode(snapshotBytes));
  } catch {
    return null;
  }
  return looksLikeSnapshot(snapshot) && snapshot.stamp === stamp ? snapshot : null;
}

/** Whether `snapshot` was made from exactly these files: the same files, each with the same bytes. */
export function snapshotMatchesFiles(
  snapshot: DatasetSnapshot,
  files: Readonly<Record<DataFileKey, Uint8Array>>,
): boolean {
  const keys = Object.keys(files) as DataFileKey[];
  if (keys.length !== Object.keys(snapshot.files).length) return false;
  return keys.every((key) => snapshot.files[key] === fingerprint(files[key]));
}

/**
 * The snapshot, if it was made by this code (`stamp`) from exactly these files; otherwise
 * null, and the caller builds from the files.
 */
export function matchingSnapshot(
  snapshotBytes: Uint8Array,
  files: Readonly<Record<DataFileKey, Uint8Array>>,
  stamp: string,
): DatasetSnapshot | null {
  const snapshot = readSnapshot(snapshotBytes, stamp);
  return snapshot && snapshotMatchesFiles(snapshot, files) ? snapshot : null;
}

/** The built result in a matching snapshot (see `matchingSnapshot`), or null. */
export function resultFromSnapshot(
  snapshotBytes: Uint8Array,
  files: Readonly<Record<DataFileKey, Uint8Array>>,
  stamp: string,
): BuildResult | null {
  return matchingSnapshot(snapshotBytes, files, stamp)?.result ?? null;
}

/**
 * The tours as the build read them, if `snapshot` (already matched to the data files) holds
 * them for exactly these bytes of the tours file; otherwise null, and the caller reads them.
 */
export function toursFromSnapshot(
  snapshot: DatasetSnapshot | null,
  toursBytes: Uint8Array,
): ReadToursResult | null {
  const tours: unknown = snapshot?.tours;
  if (!isRecord(tours) || typeof tours.file !== 'string') return null;
  const result = tours.result;
  if (!isRecord(result) || !Array.isArray(result.tours) || !Array.isArray(result.issues))
    return null;
  return tours.file === fingerprint(toursBytes) ? (result as unknown as ReadToursResult) : null;
}
