// The embed mode's layout: the same map, timeline, details, list and filters as the full
// atlas, arranged to fit a frame from 320×240 to full width, with no site header and a link
// to the full atlas. It composes the existing views and drives them through the store.
import { lazy, useEffect, useRef } from 'react';
import { LiveAnnouncer } from '../app/LiveAnnouncer';
import type { DataIssue } from '../data/types';
import { EvidenceDialogs } from '../evidence/EvidenceDialogs';
import { embedStrings } from '../i18n/embed-strings';
import { strings } from '../i18n/strings';
import { ChronologyList } from '../panels/ChronologyList';
import { DetailsPanel } from '../panels/DetailsPanel';
import { FiltersPanel } from '../panels/FiltersPanel';
import { NoticeBanner } from '../panels/NoticeBanner';
import { ViewSwitch } from '../panels/ViewSwitch';
import { useAtlasState, useAtlasStore, useDataset } from '../state/store-context';
import { serialiseUrlState } from '../state/url-state';
import { TimelineView } from '../timeline/TimelineView';
import '../app/layout.css';
import '../evidence/evidence.css';
import './embed.css';
import { afterTimelineDrawn, MAP_WAITS_FOR_TIMELINE_MS } from '../app/first-view';
import { PartBoundary } from '../app/PartBoundary';
import { devNote } from './dev-note';
import { EmbedPrompt } from './EmbedPrompt';
import type { EmbedParameters } from './embed-params';
import { useAutoHeight } from './use-auto-height';
import { useEmbedBridge } from './use-embed-bridge';

// MapLibre is the largest part of the app: it loads after the card can show and, in a
// widget with a timeline, once the timeline has drawn its first items (as in the atlas).
const loadMapView = () => import('../map/MapView').then((module) => ({ default: module.MapView }));
const MapViewNow = lazy(loadMapView);
const MapViewAfterTimeline = lazy(() =>
  afterTimelineDrawn(MAP_WAITS_FOR_TIMELINE_MS).then(loadMapView),
);

interface EmbedLayoutProps {
  readonly embed: EmbedParameters;
  readonly dataIssues: readonly DataIssue[];
  readonly urlNotices: readonly string[];
}

export function EmbedLayout({ embed, dataIssues, urlNotices }: EmbedLayoutProps) {
  const { controls } = embed;
  const store = useAtlasStore();
  const dataset = useDataset();
  const view = useAtlasState((state) => state.view);
  const rootRef = useRef<HTMLDivElement>(null);
  useEmbedBridge(store, dataset, embed.parentOrigin);
  useAutoHeight(rootRef, embed.parentOrigin);

  useEffect(() => {
    for (const note of embed.notes) devNote(note);
    document.documentElement.dataset.theme = embed.theme;
    document.documentElement.classList.add('embedded');
  }, [embed]);

  const hasMap = controls.has('map');
  const hasList = controls.has('list');
  // The list stands in for the map when asked for (view=list) or when the map is hidden.
  const stage = hasList && (view === 'list' || !hasMap) ? 'list' : hasMap ? 'map' : null;

  return (
    <div
      ref={rootRef}
      className="embed"
      data-testid="embed"
      data-stage={stage ?? 'none'}
      data-timeline={controls.has('timeline')}
    >
      <NoticeBanner dataIssues={dataIssues} urlNotices={urlNotices} />
      <main className="embed-main" id="atlas-main" tabIndex={-1}>
        <h1 className="visually-hidden">{strings.appTitle}</h1>
        {stage && (
          <div className="embed-stage" data-embed-scroller="">
            {stage === 'map' ? (
              <PartBoundary
                part={strings.parts.map}
                loading={<p className="map-loading">{strings.mapLoading}</p>}
              >
                {controls.has('timeline') ? (
                  <MapViewAfterTimeline cooperative />
                ) : (
                  <MapViewNow cooperative />
                )}
              </PartBoundary>
            ) : (
              <PartBoundary part={strings.parts.list}>
                <ChronologyList />
              </PartBoundary>
            )}
          </div>
        )}
        <div className="embed-card" data-embed-scroller="" data-testid="embed-card">
          <PartBoundary part={strings.parts.details}>
            <DetailsPanel />
          </PartBoundary>
          <EmbedPrompt />
        </div>
        {controls.has('timeline') && (
          <div className="embed-timeline">
            <PartBoundary part={strings.parts.timeline}>
              <TimelineView cooperative />
            </PartBoundary>
          </div>
        )}
      </main>
      <footer className="embed-footer">
        {controls.has('filters') && (
          <details className="embed-filters" data-testid="embed-filters">
            <summary>{strings.filtersHeading}</summary>
            <div className="embed-filters-body">
              <FiltersPanel />
            </div>
          </details>
        )}
        {hasMap && hasList && <ViewSwitch listLabel={embedStrings.listButton} />}
        <p className="embed-note">{embedStrings.sourcesNote}</p>
        <FullAtlasLink />
      </footer>
      <EvidenceDialogs />
      <LiveAnnouncer />
    </div>
  );
}

/** The same view in the full atlas, in a new tab: the widget never navigates its host page. */
function FullAtlasLink() {
  const query = useAtlasState((state) => serialiseUrlState(state));
  return (
    <a
      className="embed-full-link"
      href={`./${query ? `?${query}` : ''}`}
      target="_blank"
      rel="noopener"
      data-testid="open-full-atlas"
    >
      {embedStrings.openFull}
      <span className="visually-hidden"> {embedStrings.opensInNewTab}</span>
    </a>
  );
}
