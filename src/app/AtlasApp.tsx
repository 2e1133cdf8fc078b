// The root: loads the dataset (with a retry on failure), then builds the store from the URL
// and shows the atlas. Never a blank page: loading, failure and success each say so.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BuildResult } from '../data/build-dataset';
import { loadDataset } from '../data/load-dataset';
import { strings } from '../i18n/strings';
import { createAtlasStore } from '../state/store';
import { AtlasProvider } from '../state/store-context';
import { parseUrlState, type UrlContext } from '../state/url-state';
import { AtlasLayout } from './AtlasLayout';

type LoadState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; result: BuildResult };

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
        const nothing = result.dataset.events.length === 0 && result.dataset.sites.length === 0;
        setLoad(nothing ? { status: 'failed' } : { status: 'ready', result });
      },
      () => !cancelled && setLoad({ status: 'failed' }),
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
    return (
      <div className="app-status" role="alert" data-testid="load-failed">
        <h1>{strings.appTitle}</h1>
        <p>{strings.loadFailed}</p>
        <button type="button" onClick={retry}>
          {strings.retry}
        </button>
      </div>
    );
  }
  return <LoadedAtlas result={load.result} />;
}

function LoadedAtlas({ result }: { result: BuildResult }) {
  const urlContext = useMemo(() => urlContextOf(result), [result]);
  const [{ store, urlNotices }] = useState(() => {
    const parsed = parseUrlState(window.location.search, urlContext);
    return { store: createAtlasStore(parsed.state), urlNotices: parsed.notices };
  });
  return (
    <AtlasProvider store={store} dataset={result.dataset}>
      <AtlasLayout dataIssues={result.issues} urlNotices={urlNotices} urlContext={urlContext} />
    </AtlasProvider>
  );
}
