// The root: loads the dataset (with a retry on failure), then builds the store from the URL
// and shows the atlas. Never a blank page: loading, failure and success each say so.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BuildResult } from '../data/build-dataset';
import { loadDataset } from '../data/load-dataset';
import { DATA_FILES, type DataIssue } from '../data/types';
import { strings } from '../i18n/strings';
import { createAtlasStore } from '../state/store';
import { AtlasProvider } from '../state/store-context';
import { parseUrlState, serialiseUrlState, type UrlContext } from '../state/url-state';
import { AtlasLayout } from './AtlasLayout';
import { LoadFailedScreen } from './LoadFailedScreen';

type LoadState =
  | { status: 'loading' }
  | { status: 'failed'; problems: readonly DataIssue[] }
  | { status: 'ready'; result: BuildResult };

/** Without these the atlas has nothing to show; without figures it still works. */
const ESSENTIAL_FILES: readonly string[] = [
  DATA_FILES.sources,
  DATA_FILES.sites,
  DATA_FILES.events,
  DATA_FILES.claims,
];

export function urlContextOf(result: BuildResult): UrlContext {
  const { dataset } = result;
  return {
    eventIds: new Set(dataset.events.map((event) => event.id)),
    siteIds: new Set(dataset.sites.map((site) => site.id)),
    sourceIds: new Set(dataset.sources.map((source) => source.id)),
    passageIds: new Set([
      ...dataset.events.flatMap((event) => event.claims.map((claim) => claim.id)),
      ...dataset.figures.map((figure) => figure.id),
    ]),
  };
}

export function AtlasApp() {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `attempt` is what re-runs the load on retry.
  useEffect(() => {
    let cancelled = false;
    setLoad({ status: 'loading' });
    loadDataset().then(
      (result) => {
        if (cancelled) return;
        // An essential file that is unusable as a whole (not read, not UTF-8, a column missing...).
        const problems = result.issues.filter(
          (issue) => issue.wholeFile && ESSENTIAL_FILES.includes(issue.file),
        );
        setLoad(problems.length > 0 ? { status: 'failed', problems } : { status: 'ready', result });
      },
      () => !cancelled && setLoad({ status: 'failed', problems: [] }),
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);

  if (load.status === 'loading') {
    return (
      <p className="app-status" role="status" data-testid="loading">
        {strings.loading}
      </p>
    );
  }
  if (load.status === 'failed') {
    return <LoadFailedScreen problems={load.problems} onRetry={retry} />;
  }
  return <LoadedAtlas result={load.result} />;
}

function LoadedAtlas({ result }: { result: BuildResult }) {
  const urlContext = useMemo(() => urlContextOf(result), [result]);
  const [{ store, urlNotices }] = useState(() => {
    const parsed = parseUrlState(window.location.search, urlContext);
    // A plain visit (a link that names no view) opens on the introduction.
    const introOpen = serialiseUrlState(parsed.state) === '';
    return {
      store: createAtlasStore({ ...parsed.state, introOpen }),
      urlNotices: parsed.notices,
    };
  });
  return (
    <AtlasProvider store={store} dataset={result.dataset}>
      <AtlasLayout dataIssues={result.issues} urlNotices={urlNotices} urlContext={urlContext} />
    </AtlasProvider>
  );
}
