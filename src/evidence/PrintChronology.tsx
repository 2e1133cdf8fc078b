// What paper gets: the events of the current filter and window, each with date, title,
// summary and every quoted claim, then the list of sources. Hidden on screen.
import { formatDay, formatEdtfRange } from '../i18n/format-date';
import { strings } from '../i18n/strings';
import { figureText } from '../panels/figure-text';
import { findSite } from '../state/selectors';
import { useAtlasState, useDataset, useVisibleEvents } from '../state/store-context';

export function PrintChronology() {
  const dataset = useDataset();
  const window = useAtlasState((state) => state.window);
  const events = useVisibleEvents();
  const sourceTitle = (id: string) =>
    dataset.sources.find((source) => source.id === id)?.title ?? id;
  return (
    <div className="print-chronology" aria-hidden="true">
      <h1>{strings.appTitle}</h1>
      <p>{strings.sourcesDisclaimer}</p>
      <p>
        {strings.listCaption(events.length, formatDay(window.startMs), formatDay(window.endMs - 1))}
      </p>
      {events.map((event) => (
        <section key={event.id} className="print-event">
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
