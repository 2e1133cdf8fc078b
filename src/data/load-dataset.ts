// Fetches the data files from the site's own origin and builds the dataset. A file that
// cannot be fetched (or stays silent too long) becomes an issue naming why; the rest is
// still shown.
import { type BuildResult, buildDataset, type DataTexts } from './build-dataset';
import { fetchFromSite } from './early-requests';
import type { FetchedFile } from './fetch-file';
import type { DataFileContent } from './file-content';
import { DATA_FILES, type DataFileKey } from './types';

const asContent = (fetched: FetchedFile): DataFileContent =>
  fetched.ok ? fetched.bytes : { failure: fetched.failure };

export async function loadDataset(): Promise<BuildResult> {
  const keys = Object.keys(DATA_FILES) as DataFileKey[];
  const fetched = await Promise.all(keys.map((key) => fetchFromSite(DATA_FILES[key])));
  const byKey = Object.fromEntries(
    keys.map((key, index) => [key, asContent(fetched[index] ?? { ok: false, failure: '' })]),
  ) as DataTexts;
  // The editor's warnings are for `npm run data:check`; visitors see none of them.
  return buildDataset(byKey, { editorialWarnings: false });
}

export type SourceTextResult = { ok: true; text: string } | { ok: false; failure: string };

/** The whole text of one source document, for the reader. */
export async function loadSourceText(file: string): Promise<SourceTextResult> {
  const fetched = await fetchFromSite(file);
  if (!fetched.ok) return fetched;
  // Documents are shown as they are; a stray undecodable byte should not hide the text.
  return { ok: true, text: new TextDecoder('utf-8').decode(fetched.bytes) };
}
