// Shows whichever evidence dialog the state asks for: the source reader, the page about
// the sources, or the list of disputed events. Each is its own chunk, loaded when first
// opened (or when the browser is idle), so the first view does not wait for them.
import { lazy, useEffect } from 'react';
import { PartBoundary } from '../app/PartBoundary';
import { strings } from '../i18n/strings';
import { useAtlasState, useDispatch } from '../state/store-context';

const loadReader = () => import('./SourceReader');
const loadAbout = () => import('./AboutSources');
const loadDisputed = () => import('./DisputedView');

const SourceReader = lazy(() => loadReader().then((module) => ({ default: module.SourceReader })));
const AboutSources = lazy(() => loadAbout().then((module) => ({ default: module.AboutSources })));
const DisputedView = lazy(() =>
  loadDisputed().then((module) => ({ default: module.DisputedView })),
);

/** Fetches the dialogs' chunks once the page has settled, so opening one is instant. */
function usePrefetchWhenIdle(): void {
  useEffect(() => {
    const prefetch = () => {
      for (const load of [loadReader, loadAbout, loadDisputed]) load().catch(() => {});
    };
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(prefetch, { timeout: 10_000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = setTimeout(prefetch, 3000);
    return () => clearTimeout(handle);
  }, []);
}

function OpenDialog() {
  const reader = useAtlasState((state) => state.reader);
  const page = useAtlasState((state) => state.page);
  if (reader)
    return <SourceReader key={`${reader.sourceId}/${reader.passageId}`} target={reader} />;
  if (page === 'about') return <AboutSources />;
  if (page === 'disputed') return <DisputedView />;
  return null;
}

export function EvidenceDialogs() {
  usePrefetchWhenIdle();
  const dispatch = useDispatch();
  const reader = useAtlasState((state) => state.reader);
  const page = useAtlasState((state) => state.page);
  // A dialog that could not be shown says so over the page; closing that closes the dialog.
  const close = () => {
    if (reader) dispatch({ type: 'open-reader', target: null, origin: 'panel' });
    else dispatch({ type: 'set-page', page: 'atlas', origin: 'panel' });
  };
  const part = reader
    ? strings.parts.sources
    : page === 'about'
      ? strings.parts.about
      : strings.parts.disputed;
  return (
    <PartBoundary key={reader ? 'reader' : page} part={part} onClose={close}>
      <OpenDialog />
    </PartBoundary>
  );
}
