// The tour handout on paper: title, audience and length, each step with its narration, the
// event's quoted claims and who says them, the sources, and a QR code that opens the tour.
// Hidden on screen; while it is set, paper gets it instead of the chronology.
import { useSyncExternalStore } from 'react';
import { tourHandoutStrings as text } from '../i18n/classroom-strings';
import { formatEdtfRange } from '../i18n/format-date';
import { strings } from '../i18n/strings';
import { QrCode } from '../share/QrCode';
import { findSite } from '../state/selectors';
import { useDataset } from '../state/store-context';
import { handoutStore } from './handout-store';
import './handout.css';

export function PrintTourHandout() {
  const dataset = useDataset();
  const handout = useSyncExternalStore(handoutStore.subscribe, handoutStore.get);
  if (!handout) return null;
  const { tour, url, curated } = handout;
  const steps = tour.steps.map((step) => ({
    step,
    event: step.event ? dataset.events.find((event) => event.id === step.event) : undefined,
  }));
  const cited = new Set(
    steps.flatMap(({ event }) => event?.claims.map((claim) => claim.sourceId) ?? []),
  );
  const sourceTitle = (id: string) =>
    dataset.sources.find((source) => source.id === id)?.title ?? id;
  return (
    <div className="print-tour-handout" aria-hidden="true" data-testid="tour-handout">
      <h1>{tour.title}</h1>
      <p>
        {text.audience(tour.audience)} · {text.minutes(tour.minutes)}
      </p>
      {!curated && <p className="handout-not-curated">{text.notCurated}</p>}
      <p>{strings.sourcesDisclaimer}</p>
      {url && (
        <div className="handout-qr">
          <QrCode text={url} testId="handout-qr" />
          <p>{text.scan}</p>
        </div>
      )}
      <ol className="handout-steps">
        {steps.map(({ step, event }, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a step's place is its identity.
          <li key={index} className="handout-step">
            {event && (
              <h2>
                {formatEdtfRange(event.date, event.end)} · {event.title}{' '}
                <span className="handout-site">
                  ({findSite(dataset, event.siteId)?.name ?? event.siteId})
                </span>
              </h2>
            )}
            <p>{step.narration}</p>
            {event && (
              <ul>
                {event.claims.map((claim) => (
                  <li key={claim.id}>
                    “{claim.quote}” —{' '}
                    {strings.according(claim.speaker, sourceTitle(claim.sourceId))}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <h2>{strings.printSourcesHeading}</h2>
      <ol>
        {dataset.sources
          .filter((source) => cited.has(source.id))
          .map((source) => (
            <li key={source.id}>
              {source.author ? `${source.author}, ` : ''}“{source.title}”, {source.publisher},{' '}
              {source.published.text}. {source.perspective}
            </li>
          ))}
      </ol>
    </div>
  );
}
