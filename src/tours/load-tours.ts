// Fetches data/tours.json from the site's own origin. The atlas works without it: a missing
// or broken file only costs the tours, with a notice.
import { fetchFromSite } from '../data/early-requests';
import type { DataIssue } from '../data/types';
import * as tourMessages from '../i18n/tour-messages';
import { type ReadToursResult, readTours } from './read-tours';
import { TOURS_FILE, type TourIssue, type TourReferences } from './tour-types';

/** The file's text, or null when it cannot be fetched (or stays silent too long). */
export async function fetchToursText(): Promise<string | null> {
  const fetched = await fetchFromSite(TOURS_FILE);
  return fetched.ok ? new TextDecoder('utf-8').decode(fetched.bytes) : null;
}

export function readFetchedTours(text: string | null, references: TourReferences): ReadToursResult {
  if (text === null)
    return {
      tours: [],
      issues: [{ file: TOURS_FILE, path: '$', message: tourMessages.notRead }],
    };
  return readTours(TOURS_FILE, text, references);
}

/** A tour problem in the form of the data notice: the JSON path leads the message. */
export function tourIssueAsDataIssue(issue: TourIssue): DataIssue {
  return { file: issue.file, line: 0, message: `${issue.path}: ${issue.message}` };
}
