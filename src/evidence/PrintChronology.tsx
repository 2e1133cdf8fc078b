// What paper gets: the event chosen on screen, if any, on a page of its own (a teacher's
// handout for one event: print page 1); then the events of the current filter and window,
// each with date, title, summary and every quoted claim; then the list of sources. Hidden on
// screen.
import type { AtlasEvent } from '../data/types';
import { formatDay, formatEdtfRange } from '../i18n/format-date';
import { strings } from '../i18n/strings';
import { figureText } from '../panels/figure-text';
import { findEvent, findSite } from '../state/selectors';
import { useAtlasState, useDataset, useVisibleEvents } from '../state/store-context';

export function PrintChronology() {
  const dataset = useDataset();
  const window = useAtlasState((state) => state.window);
  const chosen = findEvent(
    dataset,
    useAtlasState((state) => state.selectedEventId),
  );
  const events = useVisibleEvents();
  const caption = (
    <p>
      {strings.listCaption(events.length, formatDay(window.startMs), formatDay(window.endMs - 1))}
    </p>
  );
  return (
    <div className="print-chronology" aria-hidden="true">
      <h1>{strings.appTitle}</h1>
      <p>{strings.sourcesDisclaimer}</p>
      {chosen ? (
        <>
          <section className="print-chosen" data-event-id={chosen.id}>
            <h2>{strings.printChosenHeading}</h2>
            <PrintedEvent event={chosen} />
          </section>
          <h2 className="print-chronology-heading">{strings.printChronologyHeading}</h2>
          {caption}
        </>
      ) : (
        caption
      )}
      {events.map((event) => (
        <PrintedEvent key={event.id} event={event} />
      ))}
      <h2>{strings.printSourcesHeading}</h2>
      <ol>
        {dataset.sources.map((source) => (
          <li key={source.id}>
            {source.author ? `${source.author}, ` : ''}“{source.title}”, {source.publisher},{' '}
            {source.published.text}. {source.perspective}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** One event on paper: its date, title and site, summary, and every quote with its speaker. */
function PrintedEvent({ event }: { event: AtlasEvent }) {
  const dataset = useDataset();
  const sourceTitle = (id: string) =>
    dataset.sources.find((source) => source.id === id)?.title ?? id;
  return (
    <section className="print-event" data-event-id={event.id}>
      <h2>
        {formatEdtfRange(event.date, event.end)} · {event.title}
      </h2>
      <p className="print-site">{findSite(dataset, event.siteId)?.name ?? event.siteId}</p>
      <p>{event.summary}</p>
      <ul>
        {event.claims.map((claim) => (
          <li key={claim.id}>
            “{claim.quote}” — {strings.according(claim.speaker, sourceTitle(claim.sourceId))}
            {[figureText(claim, 'killed'), figureText(claim, 'injured')]
              .filter(Boolean)
              .map((text) => ` [${text}]`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
