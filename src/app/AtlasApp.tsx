// The root: loads the dataset (with a retry on failure), then builds the store from the URL
// and shows the atlas. Never a blank page: loading, failure and success each say so. A built
// page shows the build's snapshot of the data first and compares it with the data files once
// the map is drawn; files that differ are read and shown in its place.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { BuildResult } from '../data/build-dataset';
import { fetchFromSite } from '../data/early-requests';
import type { FetchedFile } from '../data/fetch-file';
import { type LoadedDataset, loadFirstDataset } from '../data/load-dataset';
import { DATA_FILES, type DataIssue } from '../data/types';
import { isEmbedQuery, readEmbedParameters } from '../embed/embed-params';
import { embedStartState } from '../embed/embed-start';
import { strings } from '../i18n/strings';
import { tourLinkStrings } from '../i18n/tour-link-strings';
import { createAtlasStore } from '../state/store';
import { AtlasProvider } from '../state/store-context';
import { parseUrlState, serialiseUrlState, type UrlContext } from '../state/url-state';
import type { LinkTourReading } from '../tour-editor/link-tour';
import { readLoadedTours, tourIssueAsDataIssue } from '../tours/load-tours';
import type { ReadToursResult } from '../tours/read-tours';
import { referencesOf } from '../tours/tour-references';
import { TOUR_LINK_PARAMETER, TOURS_FILE, type Tour } from '../tours/tour-types';
import { ToursProvider } from '../tours/tours-context';
import { AtlasLayout } from './AtlasLayout';
import { afterFirstView } from './first-view';
import { LoadFailedScreen } from './LoadFailedScreen';

// The embed mode's own code loads only in a frame that asks for it.
const EmbedLayout = lazy(() =>
  import('../embed/EmbedLayout').then((module) => ({ default: module.EmbedLayout })),
);

// The presenter window's shell is only loaded by the presenter window.
const PresenterView = lazy(() =>
  import('../present/presenter/PresenterView').then((module) => ({
    default: module.PresenterView,
  })),
);

type LoadState =
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

function urlContextOf(
  result: BuildResult,
  tours: ReadonlyMap<string, Tour> = new Map(),
): UrlContext {
  const { dataset } = result;
  return {
    tours,
    eventIds: new Set(dataset.events.map((event) => event.id)),
    siteIds: new Set(dataset.sites.map((site) => site.id)),
    sourceIds: new Set(dataset.sources.map((source) => source.id)),
    moveIds: new Set(dataset.moves.map((move) => move.id)),
    passageIds: new Set([
      ...dataset.events.flatMap((event) => event.claims.map((claim) => claim.id)),
      ...dataset.figures.map((figure) => figure.id),
      ...dataset.moves.flatMap((move) => move.claims.map((claim) => claim.id)),
    ]),
  };
}

function Loading() {
  return (
    <p className="app-status" role="status" data-testid="loading">
      {strings.loading}
    </p>
  );
}

/** How long the comparison with the files waits at most for the map (the list, no map). */
const COMPARISON_WAITS_FOR_FIRST_VIEW_MS = 3000;

/** What the page shows for a loaded dataset and the tours file fetched beside it. */
async function loadStateOf(
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

/**
 * Says on the page's root element whether the dataset shown is the one that stays (the files
 * compared with the snapshot, or read themselves): `data-dataset-settled`, for tests and
 * anyone scripting the page.
 */
function markDatasetSettled(settled: boolean): void {
  document.documentElement.dataset.datasetSettled = String(settled);
}

/** `ready` with more data issues: the same dataset (and atlas), one more notice. */
function withIssues(
  ready: Extract<LoadState, { status: 'ready' }>,
  issues: readonly DataIssue[],
): LoadState {
  return { ...ready, result: { ...ready.result, issues: [...ready.result.issues, ...issues] } };
}

export function AtlasApp() {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `attempt` is what re-runs the load on retry.
  useEffect(() => {
    let cancelled = false;
    setLoad({ status: 'loading' });
    markDatasetSettled(false);
    // The tours are fetched alongside the dataset and read against it once both are in.
    Promise.all([loadFirstDataset(), fetchFromSite(TOURS_FILE)])
      .then(async ([first, toursFile]) => {
        const shown = await loadStateOf(first.loaded, toursFile, 0);
        if (cancelled) return;
        setLoad(shown);
        if (first.compareWithFiles && shown.status === 'ready') {
          // The files are fetched once the map is drawn, so as not to hold back the timeline
          // or the map library on a slow connection.
          await afterFirstView(COMPARISON_WAITS_FOR_FIRST_VIEW_MS);
          if (cancelled) return;
          const comparison = await first.compareWithFiles();
          if (cancelled) return;
          // Files that could not be fetched are named; the snapshot, a copy of them, stays.
          if (comparison.kind === 'unread') setLoad(withIssues(shown, comparison.issues));
          if (comparison.kind === 'differ') {
            const replaced = await loadStateOf(comparison.loaded, toursFile, 1);
            if (cancelled) return;
            setLoad(replaced);
          }
        }
        markDatasetSettled(true);
      })
      .catch(() => {
        if (cancelled) return;
        setLoad({ status: 'failed', problems: [] });
        markDatasetSettled(true);
      });
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);

  if (load.status === 'loading') return <Loading />;
  if (load.status === 'failed') {
    return <LoadFailedScreen problems={load.problems} onRetry={retry} />;
  }
  // The files' dataset replacing the snapshot's is a new atlas, its view read again from the link.
  return (
    <LoadedAtlas key={load.generation} result={load.result} read={load.tours} link={load.link} />
  );
}

/** The root chooses the shell: the embed mode (`embed=1`), the presenter window or the full atlas. */
function LoadedAtlas({
  result,
  read,
  link,
}: {
  result: BuildResult;
  read: ReadToursResult;
  link: LinkTourReading;
}) {
  const { tours, dataIssues, linkTour, linkNotices } = useMemo(() => {
    const curated = new Map(read.tours.map((tour) => [tour.id, tour]));
    // A teacher's own tour may come in the link itself (made in the tour editor); it joins
    // the tours, marked as not curated, and plays like them.
    return {
      tours: link.linkTour
        ? new Map([...curated, [link.linkTour.tour.id, link.linkTour.tour]])
        : curated,
      dataIssues: [...result.issues, ...read.issues.map(tourIssueAsDataIssue)],
      linkTour: link.linkTour
        ? { id: link.linkTour.tour.id, encoded: link.linkTour.encoded }
        : undefined,
      linkNotices: link.notices,
    };
  }, [result, read, link]);
  const urlContext = useMemo(
    () => ({ ...urlContextOf(result, tours), ...(linkTour ? { linkTour } : {}) }),
    [result, tours, linkTour],
  );
  const [{ store, urlNotices, embed }] = useState(() => {
    const search = window.location.search;
    const embed = isEmbedQuery(search) ? readEmbedParameters(search) : null;
    const parsed = parseUrlState(embed ? embed.viewQuery : search, urlContext);
    const state = embed
      ? embedStartState(parsed.state, result.dataset, embed.linkHasWindow)
      : parsed.state;
    // A plain visit (a link that names no view) opens on the introduction.
    const introOpen =
      !embed &&
      !new URLSearchParams(search).has('presenter') &&
      serialiseUrlState(parsed.state) === '';
    return {
      store: createAtlasStore({ ...state, introOpen }),
      urlNotices: [...linkNotices, ...parsed.notices],
      embed,
    };
  });
  // The presenter window is the same atlas in another shell, kept in step with this one.
  const presenter = new URLSearchParams(window.location.search).get('presenter') === '1';
  return (
    <AtlasProvider store={store} dataset={result.dataset}>
      <ToursProvider tours={tours}>
        {embed ? (
          <Suspense fallback={<Loading />}>
            <EmbedLayout embed={embed} dataIssues={dataIssues} urlNotices={urlNotices} />
          </Suspense>
        ) : presenter ? (
          <Suspense fallback={<Loading />}>
            <PresenterView urlContext={urlContext} />
          </Suspense>
        ) : (
          <AtlasLayout dataIssues={dataIssues} urlNotices={urlNotices} urlContext={urlContext} />
        )}
      </ToursProvider>
    </AtlasProvider>
  );
}
