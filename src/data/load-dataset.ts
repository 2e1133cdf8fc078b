// Fetches the data files from the site's own origin and builds the dataset. A file that
// cannot be fetched becomes an issue; the rest is still shown.
import { type BuildResult, buildDataset, type DataTexts } from './build-dataset';
import { DATA_FILES, type DataFileKey } from './types';

async function fetchText(path: string): Promise<string | null> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}${path}`, { cache: 'no-cache' });
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

export async function loadDataset(): Promise<BuildResult> {
  const keys = Object.keys(DATA_FILES) as DataFileKey[];
  const texts = await Promise.all(keys.map((key) => fetchText(DATA_FILES[key])));
  const byKey = Object.fromEntries(
    keys.map((key, index) => [key, texts[index] ?? null]),
  ) as DataTexts;
  return buildDataset(byKey);
}

/** The whole text of one source document, for the reader. */
export async function loadSourceText(file: string): Promise<string | null> {
  return fetchText(file);
}
