// The details of a chosen move: where from and to (saying when a place stands for a whole
// country), when, how many according to each document (never one merged number), every
// quoted statement with its passage in the source, and the events the move belongs to.
import type { ReactNode } from 'react';
import type { Dataset, Move } from '../data/types';
import { formatEdtf, formatEdtfRange } from '../i18n/format-date';
import { countText, movementStrings as text } from '../i18n/movement-strings';
import { strings } from '../i18n/strings';
import { EventLink } from '../panels/EventLink';
import { ReadInSourceButton } from '../panels/ReadInSourceButton';
import { findEvent, findSite } from '../state/selectors';

/** The English name of a country from its ISO code, e.g. AL → Albania. */
function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function MoveDetails({
  move,
  dataset,
  closeButton,
}: {
  move: Move;
  dataset: Dataset;
  closeButton: ReactNode;
}) {
  const origin = findSite(dataset, move.originId);
  const destination = findSite(dataset, move.destinationId);
  const originName = origin?.name ?? move.originId;
  const destinationName = destination?.name ?? move.destinationId;
  const counts = move.claims.filter((claim) => claim.count !== undefined);
  const distinct = new Set(counts.map((claim) => `${claim.count}|${claim.qualifier}`));
  const sourceTitle = (id: string) => dataset.sources.find((source) => source.id === id)?.title;
  return (
    <article className="move-details" data-testid="move-details" data-move-id={move.id}>
      <div className="details-actions">{closeButton}</div>
      <p className="move-kicker">{text.moveHeading}</p>
      <h3 className="event-title" data-testid="move-title">
        {move.title}
      </h3>
      <dl className="event-facts">
        <dt>{text.fromLabel}</dt>
        <dd>{origin?.kind === 'country' ? text.countryLevel(originName) : originName}</dd>
        <dt>{text.toLabel}</dt>
        <dd>
          {destination?.kind === 'country'
            ? text.countryLevel(destinationName)
            : move.destinationLevel === 'country' && destination
              ? text.shownAt(countryName(destination.country), destinationName)
              : destinationName}
        </dd>
        <dt>{text.dateLabel}</dt>
        <dd>{formatEdtfRange(move.date, move.end)}</dd>
        <dt>{text.peopleLabel}</dt>
        <dd data-testid="move-counts">
          {counts.length === 0 ? (
            text.noNumber
          ) : (
            <ul className="move-counts">
              {counts.map((claim) => (
                <li key={claim.id}>
                  {text.countBy(countText(claim.count ?? 0, claim.qualifier), claim.speaker)}
                  {claim.scope ? ` (${claim.scope})` : ''}
                </li>
              ))}
            </ul>
          )}
          {distinct.size > 1 && <p className="move-counts-differ">{text.countsDiffer}</p>}
        </dd>
      </dl>
      {move.note && <p className="event-summary">{move.note}</p>}
      <section aria-labelledby={`move-claims-${move.id}`}>
        <h3 id={`move-claims-${move.id}`}>{text.statementsHeading(move.claims.length)}</h3>
        <ol className="claim-list">
          {move.claims.map((claim) => {
            const title = sourceTitle(claim.sourceId) ?? claim.sourceId;
            return (
              <li key={claim.id} className="claim" data-testid="move-claim">
                <blockquote className="claim-quote">“{claim.quote}”</blockquote>
                <p className="claim-attribution">— {strings.according(claim.speaker, title)}</p>
                {claim.count !== undefined && (
                  <p className="claim-figures">{countText(claim.count, claim.qualifier)}</p>
                )}
                {claim.date && (
                  <p className="claim-date">{strings.claimDateDiffers(formatEdtf(claim.date))}</p>
                )}
                {claim.note && <p className="claim-note">{claim.note}</p>}
                <ReadInSourceButton sourceId={claim.sourceId} passageId={claim.id} />
              </li>
            );
          })}
        </ol>
      </section>
      {move.eventIds.length > 0 && (
        <>
          <h4>{text.relatedEvents}</h4>
          <ul className="site-events">
            {move.eventIds.map((id) => {
              const event = findEvent(dataset, id);
              return event ? (
                <li key={id}>
                  <EventLink event={event}>
                    {formatEdtfRange(event.date, event.end)}: {event.title}
                  </EventLink>
                </li>
              ) : null;
            })}
          </ul>
        </>
      )}
    </article>
  );
}
