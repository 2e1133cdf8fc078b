// The data files are asked for as soon as the page's first script runs, while the libraries
// (React, vis-timeline) are still being evaluated, instead of after the first render; the
// loader then takes each answer over rather than asking again. A second load (Try again)
// asks afresh.
import { type FetchedFile, fetchFile } from './fetch-file';

const started = new Map<string, Promise<FetchedFile>>();

function urlOf(path: string): string {
  return `${import.meta.env.BASE_URL}${path}`;
}

/** Starts fetching `paths` (site-relative) now. */
export function requestEarly(paths: readonly string[]): void {
  for (const path of paths) if (!started.has(path)) started.set(path, fetchFile(urlOf(path)));
}

/** One file of the site: the early request for it if there is one, else a new request. */
export function fetchFromSite(path: string): Promise<FetchedFile> {
  const early = started.get(path);
  if (early) {
    started.delete(path);
    return early;
  }
  return fetchFile(urlOf(path));
}
