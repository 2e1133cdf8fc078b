// Every claim about one event: the verbatim quote, who says it, in which document, with a
// link to the passage in the source reader.
import type { AtlasEvent, Source } from '../data/types';
import { formatEdtf } from '../i18n/format-date';
import { strings } from '../i18n/strings';
import { figureText } from './figure-text';
import { ReadInSourceButton } from './ReadInSourceButton';

export function ClaimList({ event, sources }: { event: AtlasEvent; sources: readonly Source[] }) {
  return (
    <section aria-labelledby={`claims-${event.id}`}>
      <h3 id={`claims-${event.id}`}>{strings.claimsHeading(event.claims.length)}</h3>
      <ol className="claim-list">
        {event.claims.map((claim) => {
          const source = sources.find((candidate) => candidate.id === claim.sourceId);
          const figures = [figureText(claim, 'killed'), figureText(claim, 'injured')].filter(
            Boolean,
          );
          return (
            <li key={claim.id} className="claim" data-testid="claim">
              <blockquote className="claim-quote">“{claim.quote}”</blockquote>
              <p className="claim-attribution">
                — {strings.according(claim.speaker, source?.title ?? claim.sourceId)}
                {source?.published ? ` (${formatEdtf(source.published)})` : ''}
              </p>
              {figures.length > 0 && <p className="claim-figures">{figures.join('; ')}</p>}
              {claim.date && claim.date.text !== event.date.text && (
                <p className="claim-date">{strings.claimDateDiffers(formatEdtf(claim.date))}</p>
              )}
              {claim.note && <p className="claim-note">{claim.note}</p>}
              <ReadInSourceButton sourceId={claim.sourceId} passageId={claim.id} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
