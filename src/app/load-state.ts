// What the page shows as its data comes in: loading, failed, or the atlas for a dataset and
// its tours. The first load starts as the page's script runs (main.tsx), before anything is
// drawn: when it is in by then, the atlas is the first thing React draws.
import type { BuildResult } from '../data/build-dataset';
import { fetchFromSite } from '../data/early-requests';
import type { FetchedFile } from '../data/fetch-file';
import { type FirstDataset, type LoadedDataset, loadFirstDataset } from '../data/load-dataset';
import { DATA_FILES, type DataIssue } from '../data/types';
import { isEmbedQuery } from '../embed/embed-params';
import { tourLinkStrings } from '../i18n/tour-link-strings';
import type { LinkTourReading } from '../tour-editor/link-tour';
import { readLoadedTours } from '../tours/load-tours';
import type { ReadToursResult } from '../tours/read-tours';
import { referencesOf } from '../tours/tour-references';
import { TOUR_LINK_PARAMETER, TOURS_FILE } from '../tours/tour-types';

export type LoadState =
  | { status: 'loading' }
  | { status: 'failed'; problems: readonly DataIssue[] }
  | {
      status: 'ready';
      result: BuildResult;
      tours: ReadToursResult;
      link: LinkTourReading;
      /** 0 for the first dataset shown, 1 once the files replaced the snapshot. */
      generation: number;
    };

/** A finished load: what to show, and what is needed to compare the files afterwards. */
export interface LoadOutcome {
  readonly first: FirstDataset;
  readonly toursFile: FetchedFile;
  readonly shown: LoadState;
}

/** A load under way, and its outcome if it was already in when the page was first drawn. */
export interface StartedLoad {
  readonly outcome: Promise<LoadOutcome>;
  readonly settled: LoadOutcome | null;
}

const NO_LINK_TOUR: LinkTourReading = { linkTour: null, notices: [] };

/**
 * A teacher's own tour in the page's link (`mytour`, made in the tour editor), read against
 * the dataset and the curated tours. Its reader loads only for a link that carries one; a
 * widget ignores it.
 */
async function readLinkTourOf(
  search: string,
  result: BuildResult,
  tours: ReadToursResult,
): Promise<LinkTourReading> {
  if (isEmbedQuery(search) || !new URLSearchParams(search).has(TOUR_LINK_PARAMETER))
    return NO_LINK_TOUR;
  try {
    const { readLinkTour } = await import('../tour-editor/link-tour');
    const curated = new Map(tours.tours.map((tour) => [tour.id, tour]));
    return readLinkTour(search, referencesOf(result.dataset), curated);
  } catch {
    return { linkTour: null, notices: [tourLinkStrings.notLoaded] };
  }
}

/** Without these the atlas has nothing to show; without figures it still works. */
const ESSENTIAL_FILES: readonly string[] = [
  DATA_FILES.sources,
  DATA_FILES.sites,
  DATA_FILES.events,
  DATA_FILES.claims,
];

/** What the page shows for a loaded dataset and the tours file fetched beside it. */
export async function loadStateOf(
  loaded: LoadedDataset,
  toursFile: FetchedFile,
  generation: number,
): Promise<LoadState> {
  const tours = await readLoadedTours(toursFile, loaded);
  const link = await readLinkTourOf(window.location.search, loaded.result, tours);
  // An essential file that is unusable as a whole (not read, not UTF-8, a column missing...).
  const problems = loaded.result.issues.filter(
    (issue) => issue.wholeFile && ESSENTIAL_FILES.includes(issue.file),
  );
  return problems.length > 0
    ? { status: 'failed', problems }
    : { status: 'ready', result: loaded.result, tours, link, generation };
}

/** Fetches and reads the dataset (a build's snapshot first) and the tours, beside it. */
export async function loadDatasetAndTours(): Promise<LoadOutcome> {
  const [first, toursFile] = await Promise.all([loadFirstDataset(), fetchFromSite(TOURS_FILE)]);
  return { first, toursFile, shown: await loadStateOf(first.loaded, toursFile, 0) };
}

/**
 * Settles once the microtasks queued before it have run: a message to itself is a task of its
 * own, which runs after them. (Not a timer: a page whose clock is held, as in tests, would
 * never draw anything.)
 */
function afterQueuedWork(): Promise<null> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(null);
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Starts the load and says whether it finished without waiting for the network. The data
 * requests leave with the page (request-data-early.ts) and usually arrive before the scripts
 * are evaluated: reading the snapshot and the tours is then all there is to do, and the page
 * draws the atlas without first drawing "Loading" (a render and a frame, about 50 ms on a
 * slow machine). A load still waiting for a file is shown as loading meanwhile.
 */
export async function startLoad(
  loadAll: () => Promise<LoadOutcome> = loadDatasetAndTours,
): Promise<StartedLoad> {
  const outcome = loadAll();
  const settled = await Promise.race([outcome.catch(() => null), afterQueuedWork()]);
  return { outcome, settled };
}
