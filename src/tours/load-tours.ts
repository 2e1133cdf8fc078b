// Fetches data/tours.json from the site's own origin and reads it against the dataset. The
// atlas works without it: a missing or broken file only costs the tours, with a notice. When
// the build's snapshot holds the tours read from exactly these bytes, they are used as they
// are, and the reader (with its schemas) is not loaded.
import { toursFromSnapshot } from '../data/dataset-snapshot';
import type { FetchedFile } from '../data/fetch-file';
import type { LoadedDataset } from '../data/load-dataset';
import type { DataIssue } from '../data/types';
import * as tourMessages from '../i18n/tour-messages';
import type { ReadToursResult } from './read-tours';
import { referencesOf } from './tour-references';
import { TOURS_FILE, type TourIssue } from './tour-types';

/** The tours in `fetched` (the tours file as fetched), checked against `loaded`'s dataset. */
export async function readLoadedTours(
  fetched: FetchedFile,
  loaded: LoadedDataset,
): Promise<ReadToursResult> {
  const notRead: ReadToursResult = {
    tours: [],
    issues: [{ file: TOURS_FILE, path: '$', message: tourMessages.notRead }],
  };
  if (!fetched.ok) return notRead;
  const kept = toursFromSnapshot(loaded.snapshot, fetched.bytes);
  if (kept) return kept;
  let reader: typeof import('./read-tours');
  try {
    reader = await import('./read-tours');
  } catch {
    return notRead; // the reader itself did not load (offline, a deploy half done)
  }
  const text = new TextDecoder('utf-8').decode(fetched.bytes);
  return reader.readTours(TOURS_FILE, text, referencesOf(loaded.result.dataset));
}

/** A tour problem in the form of the data notice: the JSON path leads the message. */
export function tourIssueAsDataIssue(issue: TourIssue): DataIssue {
  return { file: issue.file, line: 0, message: `${issue.path}: ${issue.message}` };
}
