// The page: header, notices, filters, the map or the chronology list, the timeline and the
// details panel. Layout only; every piece reads the store itself.
import { lazy, Suspense } from 'react';
import type { DataIssue } from '../data/types';
import { EmbedButton } from '../embed/EmbedButton';
import { EvidenceDialogs } from '../evidence/EvidenceDialogs';
import { strings } from '../i18n/strings';
import '../evidence/evidence.css';
import '../evidence/print.css';
import { PrintChronology } from '../evidence/PrintChronology';
import { usePrinting } from '../evidence/use-printing';
import { OfflineNote } from '../offline/OfflineNote';
import { ChronologyList } from '../panels/ChronologyList';
import { DetailsPanel } from '../panels/DetailsPanel';
import { FiltersPanel } from '../panels/FiltersPanel';
import { NoticeBanner } from '../panels/NoticeBanner';
import { PageLink } from '../panels/PageLink';
import { PresentationMode } from '../present/PresentationMode';
import { PresentButton } from '../present/PresentButton';
import { ShareButton } from '../share/ShareButton';
import { useAtlasState, useDispatch } from '../state/store-context';
import type { UrlContext } from '../state/url-state';
import { TimelineView } from '../timeline/TimelineView';
import { HandoutSlot } from '../tour-editor/HandoutSlot';
import { LinkTourBanner } from '../tour-editor/LinkTourBanner';
import { TourEditorButton } from '../tour-editor/TourEditorButton';
import type { Tour } from '../tours/tour-types';
import { LiveAnnouncer } from './LiveAnnouncer';
import { UrlSync } from './UrlSync';
import './layout.css';

interface AtlasLayoutProps {
  readonly dataIssues: readonly DataIssue[];
  readonly urlNotices: readonly string[];
  readonly urlContext: UrlContext;
  /** A teacher's tour that came in the link, if any. */
  readonly linkTour?: Tour | null;
}

// MapLibre is the largest part of the app: load it after the timeline and list can show.
const MapView = lazy(() =>
  import('../map/MapView').then((module) => ({ default: module.MapView })),
);

/** On a phone the filters start folded, so the map and timeline come first. */
const filtersOpenAtStart =
  typeof window === 'undefined' || window.matchMedia('(min-width: 901px)').matches;

export function AtlasLayout({ dataIssues, urlNotices, urlContext, linkTour }: AtlasLayoutProps) {
  const view = useAtlasState((state) => state.view);
  const dispatch = useDispatch();
  const printing = usePrinting();
  return (
    <div className="atlas">
      <a className="skip-link" href="#atlas-main">
        {strings.skipToContent}
      </a>
      <header className="atlas-header">
        <div>
          <h1>{strings.appTitle}</h1>
          <p className="atlas-subtitle">{strings.appSubtitle}</p>
        </div>
        <p className="atlas-disclaimer" data-testid="sources-disclaimer">
          {strings.sourcesDisclaimer} <PageLink page="about">{strings.aboutSourcesLink}</PageLink> ·{' '}
          <PageLink page="disputed" testId="open-disputed">
            {strings.disputedLink}
          </PageLink>{' '}
          · <EmbedButton />
        </p>
        <div className="atlas-header-actions">
          <OfflineNote />
          <TourEditorButton />
          <ShareButton />
          <PresentButton />
        </div>
      </header>
      <PresentationMode urlContext={urlContext} />
      <NoticeBanner dataIssues={dataIssues} urlNotices={urlNotices} />
      {linkTour && <LinkTourBanner tour={linkTour} />}
      <div className="atlas-body">
        <details className="atlas-filters" open={filtersOpenAtStart}>
          <summary>{strings.filtersHeading}</summary>
          <FiltersPanel />
        </details>
        <main id="atlas-main" className="atlas-main" tabIndex={-1}>
          <fieldset className="view-switch">
            <legend className="visually-hidden">{strings.viewLegend}</legend>
            <button
              type="button"
              aria-pressed={view === 'map'}
              data-testid="show-map"
              onClick={() => dispatch({ type: 'set-view', view: 'map', origin: 'panel' })}
            >
              {strings.openMap}
            </button>
            <button
              type="button"
              aria-pressed={view === 'list'}
              data-testid="show-list"
              onClick={() => dispatch({ type: 'set-view', view: 'list', origin: 'panel' })}
            >
              {strings.openList}
            </button>
          </fieldset>
          <div className="atlas-stage">
            {view === 'map' ? (
              <Suspense fallback={<p className="map-loading">{strings.mapLoading}</p>}>
                <MapView />
              </Suspense>
            ) : (
              <ChronologyList />
            )}
          </div>
          <div className="atlas-timeline">
            <TimelineView />
          </div>
        </main>
        <DetailsPanel />
      </div>
      <EvidenceDialogs />
      {printing && <PrintChronology />}
      <HandoutSlot />
      <LiveAnnouncer />
      <UrlSync urlContext={urlContext} />
    </div>
  );
}
