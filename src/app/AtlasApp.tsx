// The root: loads the dataset (with a retry on failure), then builds the store from the URL
// and shows the atlas. Never a blank page: loading, failure and success each say so. A built
// page shows the build's snapshot of the data first and compares it with the data files once
// the map is drawn; files that differ are read and shown in its place.
import { lazy, useCallback, useEffect, useMemo, useState } from 'react';
import type { BuildResult } from '../data/build-dataset';
import type { DataIssue } from '../data/types';
import { isEmbedQuery, readEmbedParameters } from '../embed/embed-params';
import { embedStartState } from '../embed/embed-start';
import { strings } from '../i18n/strings';
import { createAtlasStore } from '../state/store';
import { AtlasProvider } from '../state/store-context';
import { parseUrlState, serialiseUrlState, type UrlContext } from '../state/url-state';
import type { LinkTourReading } from '../tour-editor/link-tour';
import { tourIssueAsDataIssue } from '../tours/load-tours';
import type { ReadToursResult } from '../tours/read-tours';
import type { Tour } from '../tours/tour-types';
import { ToursProvider } from '../tours/tours-context';
import { AtlasLayout } from './AtlasLayout';
import { afterFirstView } from './first-view';
import { LoadFailedScreen } from './LoadFailedScreen';
import { type LoadState, loadDatasetAndTours, loadStateOf, type StartedLoad } from './load-state';
import { PartBoundary } from './PartBoundary';

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

/**
 * `started`: the load main.tsx began before the first render, with its outcome if that was
 * already in (the atlas is then drawn at once). Without it, or on a retry, a load starts here.
 */
export function AtlasApp({ started }: { started?: StartedLoad }) {
  const [load, setLoad] = useState<LoadState>(started?.settled?.shown ?? { status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `attempt` is what re-runs the load on retry.
  useEffect(() => {
    let cancelled = false;
    // The load main.tsx started serves the first attempt; a retry loads again from here.
    const reuse = attempt === 0 && started !== undefined;
    if (!reuse) setLoad({ status: 'loading' });
    const outcome = reuse ? started.outcome : loadDatasetAndTours();
    markDatasetSettled(false);
    outcome
      .then(async ({ first, toursFile, shown }) => {
        if (cancelled) return;
        // The same state when the page was drawn with it: nothing renders again.
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
    <PartBoundary key={load.generation} part={strings.parts.atlas}>
      <LoadedAtlas result={load.result} read={load.tours} link={load.link} />
    </PartBoundary>
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
          <PartBoundary part={strings.parts.widget} loading={<Loading />}>
            <EmbedLayout embed={embed} dataIssues={dataIssues} urlNotices={urlNotices} />
          </PartBoundary>
        ) : presenter ? (
          <PartBoundary part={strings.parts.presenter} loading={<Loading />}>
            <PresenterView urlContext={urlContext} />
          </PartBoundary>
        ) : (
          <AtlasLayout dataIssues={dataIssues} urlNotices={urlNotices} urlContext={urlContext} />
        )}
      </ToursProvider>
    </AtlasProvider>
  );
}
