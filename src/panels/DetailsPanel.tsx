// The details of the selected event (or, with no event, the selected site): date in words
// with its precision, site, summary, where sources disagree, and every quoted claim.
import { type KeyboardEvent, lazy, useEffect, useRef, useState } from 'react';
import { PartBoundary } from '../app/PartBoundary';
import type { AtlasEvent, Dataset, Site } from '../data/types';
import { formatEdtf, formatEdtfRange } from '../i18n/format-date';
import { categoryLabels, siteKindLabels, strings } from '../i18n/strings';
import { MoveDetails } from '../movement/MoveDetails';
import { figureGroupsForSite } from '../state/figure-groups';
import { findEvent, findSite, isDisputed } from '../state/selectors';
import { useAtlasState, useDataset, useDispatch } from '../state/store-context';
import { prefersReducedMotion } from '../theme/motion';
import { TourGuide } from '../tours/TourGuide';
import { CategoryIcon } from './CategoryIcon';
import { ClaimList } from './ClaimList';
import { DetailsStepper } from './DetailsStepper';
import { EventLink } from './EventLink';
import { FigureGroups } from './FigureGroups';
import { PageLink } from './PageLink';
import { SourcesDisagree } from './SourcesDisagree';

// The citation dialog and its exports are loaded only when someone asks to cite.
const CiteDialog = lazy(() =>
  import('../evidence/CiteDialog').then((module) => ({ default: module.CiteDialog })),
);

export function DetailsPanel() {
  const dataset = useDataset();
  const selectedEventId = useAtlasState((state) => state.selectedEventId);
  const selectedSiteId = useAtlasState((state) => state.selectedSiteId);
  const selectedMoveId = useAtlasState((state) => state.selectedMoveId);
  const move = dataset.moves.find((candidate) => candidate.id === selectedMoveId);
  const introOpen = useAtlasState((state) => state.introOpen);
  const inTour = useAtlasState((state) => state.tour !== null);
  const event = findEvent(dataset, selectedEventId);
  const site = event ? undefined : findSite(dataset, selectedSiteId);
  const dispatch = useDispatch();
  const returnFocusTo = useReturnFocus();
  const onKeyDown = (keyEvent: KeyboardEvent<HTMLElement>) => {
    if (keyEvent.key !== 'Escape' || (!event && !site && !move)) return;
    keyEvent.preventDefault();
    // Escape leaves a guided tour first, as the page-wide Escape does; the step stays shown.
    if (inTour) {
      dispatch({ type: 'leave-tour', origin: 'panel' });
      return;
    }
    dispatch({ type: 'select-event', eventId: null, siteId: null, origin: 'panel' });
    returnFocusTo();
  };
  // With nothing chosen the panel is not drawn and the map takes its room; the introduction
  // takes its place while it is open.
  if (introOpen || (!event && !site && !move)) return null;
  return (
    <aside
      className="details-panel"
      aria-labelledby="details-heading"
      data-testid="details-panel"
      onKeyDown={onKeyDown}
    >
      <h2 id="details-heading" className="visually-hidden">
        {strings.detailsHeading}
      </h2>
      <TourGuide />
      {move ? (
        <MoveDetails move={move} dataset={dataset} closeButton={<CloseDetailsButton />} />
      ) : event ? (
        <EventDetails event={event} dataset={dataset} />
      ) : site ? (
        <SiteDetails site={site} dataset={dataset} />
      ) : null}
    </aside>
  );
}

/**
 * Remembers the last control that had focus outside the panel (the list item, marker or
 * timeline that opened it), so that closing the panel with Escape can hand focus back.
 */
function useReturnFocus(): () => void {
  const openerRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const remember = (focusEvent: FocusEvent) => {
      const target = focusEvent.target;
      if (target instanceof HTMLElement && !target.closest('.details-panel, dialog'))
        openerRef.current = target;
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);
  return () => {
    const opener = openerRef.current;
    if (opener?.isConnected) opener.focus();
    else document.getElementById('atlas-main')?.focus();
  };
}

function EventDetails({ event, dataset }: { event: AtlasEvent; dataset: Dataset }) {
  const dispatch = useDispatch();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const selectionOrigin = useAtlasState((state) => state.selectionOrigin);
  // A tour started from the introduction puts focus on its own narration (TourGuide).
  const inTour = useAtlasState((state) => state.tour !== null);
  const site = findSite(dataset, event.siteId);
  const [citing, setCiting] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: every new event chosen from the list takes the focus, not only the first.
  useEffect(() => {
    // Move focus to the new details only when the user chose the event from the list or
    // started the story from the introduction. Without scrolling: the browser would centre the
    // title, leaving the top of a phone's screen to the timeline; revealHeading scrolls instead.
    if (selectionOrigin === 'list' || (selectionOrigin === 'intro' && !inTour))
      headingRef.current?.focus({ preventScroll: true });
  }, [selectionOrigin, inTour, event.id]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new event brings its title into view.
  useEffect(() => {
    // Measured just before the frame is painted, once every part of the page has made its
    // changes for this choice: measured now, the page would be laid out twice for one click.
    const frame = requestAnimationFrame(() => {
      const heading = headingRef.current;
      if (heading) revealHeading(heading);
    });
    return () => cancelAnimationFrame(frame);
  }, [event.id]);
  return (
    <article className="event-details" data-testid="event-details" data-event-id={event.id}>
      <div className="details-actions">
        <button type="button" data-testid="cite-event" onClick={() => setCiting(true)}>
          {strings.cite}
        </button>
        <CloseDetailsButton />
      </div>
      <h3 className="event-title" tabIndex={-1} ref={headingRef} data-testid="event-title">
        {event.title}
      </h3>
      <DetailsStepper event={event} />
      <dl className="event-facts">
        <dt>{strings.dateLabel}</dt>
        <dd data-testid="event-date">{formatEdtfRange(event.date, event.end)}</dd>
        <dt>{strings.siteLabel}</dt>
        <dd>
          <button
            type="button"
            className="link-button"
            onClick={() => dispatch({ type: 'select-site', siteId: event.siteId, origin: 'panel' })}
          >
            {site?.name ?? event.siteId}
          </button>
        </dd>
        <dt>{strings.categoryLabel}</dt>
        <dd>
          <CategoryIcon category={event.category} /> {categoryLabels[event.category]}
          {isDisputed(event) && <span className="disputed-badge"> {strings.disputedBadge}</span>}
        </dd>
      </dl>
      <p className="event-summary">{event.summary}</p>
      <SourcesDisagree event={event} sources={dataset.sources} />
      <ClaimList event={event} sources={dataset.sources} />
      <p className="details-about">
        {strings.detailsAboutNote}{' '}
        <PageLink page="about" testId="details-about-sources">
          {strings.aboutSourcesLink}
        </PageLink>
      </p>
      {citing && (
        <PartBoundary part={strings.parts.citeDialog} onClose={() => setCiting(false)}>
          <CiteDialog event={event} onClose={() => setCiting(false)} />
        </PartBoundary>
      )}
    </article>
  );
}

/**
 * Shows a new event's title: the panel scrolls back to its top, and on narrow screens, where
 * the details come below the map and the timeline, the page scrolls to the title. In a guided
 * tour the page scrolls to the tour's narration instead, which comes above the title and is
 * what the step is read for, with the buttons that go on.
 */
function revealHeading(heading: HTMLElement): void {
  const panel = heading.closest<HTMLElement>('.details-panel');
  if (panel && panel.scrollHeight > panel.clientHeight) panel.scrollTop = 0;
  // From the top of the details, so that their close button shows too.
  const start =
    panel?.querySelector<HTMLElement>('.tour-guide') ?? heading.closest('article') ?? heading;
  const title = heading.getBoundingClientRect();
  if (start.getBoundingClientRect().top < 0 || title.bottom > window.innerHeight) {
    start.scrollIntoView({
      block: 'start',
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
  }
}

function SiteDetails({ site, dataset }: { site: Site; dataset: Dataset }) {
  const events = dataset.events.filter((event) => event.siteId === site.id);
  const figureGroups = figureGroupsForSite(dataset, site.id);
  return (
    <article className="site-details" data-testid="site-details" data-site-id={site.id}>
      <div className="details-actions">
        <CloseDetailsButton />
      </div>
      <h3>{site.name}</h3>
      <p className="site-kind">
        {siteKindLabels[site.kind]}
        {site.aliases.length > 0 ? ` · ${strings.siteAliases(site.aliases)}` : ''}
      </p>
      <p>{site.summary}</p>
      <p className="site-period">
        {strings.sitePeriod(formatEdtf(site.period.start), formatEdtf(site.period.end))}
      </p>
      <p className="site-coordinates">
        {strings.siteLocation(site.coordAccuracyM, site.coordSource)}
      </p>
      {figureGroups.length > 0 && (
        <>
          <h4>{strings.siteFiguresHeading}</h4>
          <FigureGroups groups={figureGroups} dataset={dataset} withSite={false} />
        </>
      )}
      <h4>{strings.eventCount(events.length)}</h4>
      <ul className="site-events">
        {events.map((event) => (
          <li key={event.id}>
            <EventLink event={event}>
              {formatEdtfRange(event.date, event.end)}: {event.title}
            </EventLink>
          </li>
        ))}
      </ul>
    </article>
  );
}

/** Closes the details: nothing selected, so the map takes the room back. */
function CloseDetailsButton() {
  const dispatch = useDispatch();
  return (
    <button
      type="button"
      className="close-button"
      aria-label={strings.closeDetails}
      data-testid="close-details"
      onClick={() =>
        dispatch({ type: 'select-event', eventId: null, siteId: null, origin: 'panel' })
      }
    >
      ×
    </button>
  );
}
