// The page: header, notices, the filters drawer, the introduction or the details beside the
// map (or the chronology list) and the timeline. Layout only; every piece reads the store.
import { lazy, useCallback, useState } from 'react';
import type { DataIssue } from '../data/types';
import { EvidenceDialogs } from '../evidence/EvidenceDialogs';
import { strings } from '../i18n/strings';
import '../evidence/evidence.css';
import '../evidence/print.css';
import { PrintChronology } from '../evidence/PrintChronology';
import { usePrinting } from '../evidence/use-printing';
import { Introduction } from '../intro/Introduction';
import { ChronologyList } from '../panels/ChronologyList';
import { DetailsPanel } from '../panels/DetailsPanel';
import { NoticeBanner } from '../panels/NoticeBanner';
import { PresentationMode } from '../present/PresentationMode';
import { useAtlasState } from '../state/store-context';
import type { UrlContext } from '../state/url-state';
import { TimelineView } from '../timeline/TimelineView';
import { HandoutSlot } from '../tour-editor/HandoutSlot';
import { AtlasHeader } from './AtlasHeader';
import { FiltersDrawer } from './FiltersDrawer';
import { afterTimelineDrawn, MAP_WAITS_FOR_TIMELINE_MS } from './first-view';
import { KeysHelp } from './KeysHelp';
import { LiveAnnouncer } from './LiveAnnouncer';
import { UrlSync } from './UrlSync';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useTouchFirst } from './use-touch-first';
import './layout.css';
import { PartBoundary } from './PartBoundary';

interface AtlasLayoutProps {
  readonly dataIssues: readonly DataIssue[];
  readonly urlNotices: readonly string[];
  readonly urlContext: UrlContext;
}

// MapLibre is the largest part of the app (about 1 MB and a worker): it loads once the
// timeline has drawn its first items, so that it does not compete with them.
const MapView = lazy(() =>
  afterTimelineDrawn(MAP_WAITS_FOR_TIMELINE_MS)
    .then(() => import('../map/MapView'))
    .then((module) => ({ default: module.MapView })),
);

export function AtlasLayout({ dataIssues, urlNotices, urlContext }: AtlasLayoutProps) {
  const view = useAtlasState((state) => state.view);
  const printing = usePrinting();
  // The side column holds the introduction or the details; without either the map has it.
  const sideShown = useAtlasState(
    (state) =>
      state.introOpen ||
      state.selectedEventId !== null ||
      state.selectedSiteId !== null ||
      state.selectedMoveId !== null,
  );
  const [filtersOpen, setFiltersOpen] = useState(false);
  const closeFilters = useCallback(() => {
    setFiltersOpen(false);
    document.querySelector<HTMLElement>('[data-testid="filters-toggle"]')?.focus();
  }, []);
  useKeyboardShortcuts();
  const touchFirst = useTouchFirst();
  const bodyClasses = ['atlas-body', sideShown ? 'has-side' : '', filtersOpen ? 'has-filters' : ''];
  return (
    <div className="atlas">
      <a className="skip-link" href="#atlas-main">
        {strings.skipToContent}
      </a>
      <AtlasHeader filtersOpen={filtersOpen} onToggleFilters={() => setFiltersOpen(!filtersOpen)} />
      <PartBoundary part={strings.parts.presentation}>
        <PresentationMode urlContext={urlContext} />
      </PartBoundary>
      <NoticeBanner dataIssues={dataIssues} urlNotices={urlNotices} />
      <div className={bodyClasses.filter(Boolean).join(' ')}>
        {filtersOpen && <FiltersDrawer onClose={closeFilters} />}
        <PartBoundary part={strings.parts.introduction}>
          <Introduction />
        </PartBoundary>
        <main id="atlas-main" className="atlas-main" tabIndex={-1}>
          <div className={view === 'map' ? 'atlas-stage' : 'atlas-stage is-list'}>
            {view === 'map' ? (
              <PartBoundary
                part={strings.parts.map}
                loading={<p className="map-loading">{strings.mapLoading}</p>}
              >
                <MapView cooperative={touchFirst} />
              </PartBoundary>
            ) : (
              <PartBoundary part={strings.parts.list}>
                <ChronologyList />
              </PartBoundary>
            )}
          </div>
          <div className="atlas-timeline">
            <PartBoundary part={strings.parts.timeline}>
              <TimelineView />
            </PartBoundary>
          </div>
        </main>
        <PartBoundary part={strings.parts.details}>
          <DetailsPanel />
        </PartBoundary>
      </div>
      <KeysHelp />
      <EvidenceDialogs />
      {printing && <PrintChronology />}
      <HandoutSlot />
      <LiveAnnouncer />
      <UrlSync urlContext={urlContext} />
    </div>
  );
}
