// "Sources disagree": the competing figures and dates of one event, side by side, each
// with who says it. Never one number alone.
import type { AtlasEvent, Claim, Source } from '../data/types';
import { formatEdtf } from '../i18n/format-date';
import { strings } from '../i18n/strings';
import { disagreementsOf } from '../state/selectors';
import { figureText } from './figure-text';

/** One card per distinct statement: a document repeating itself is shown once. */
function distinctStatements(
  claims: readonly Claim[],
  statedValue: (claim: Claim) => string,
): Claim[] {
  const seen = new Set<string>();
  return claims.filter((claim) => {
    const key = `${statedValue(claim)}|${claim.sourceId}|${claim.speaker}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function SourcesDisagree({
  event,
  sources,
}: {
  event: AtlasEvent;
  sources: readonly Source[];
}) {
  const { figures, dateClaims } = disagreementsOf(event);
  if (figures.length === 0 && dateClaims.length === 0) return null;
  const sourceTitle = (id: string) => sources.find((source) => source.id === id)?.title ?? id;
  return (
    <section
      className="sources-disagree"
      aria-labelledby={`disagree-${event.id}`}
      data-testid="sources-disagree"
    >
      <h3 id={`disagree-${event.id}`}>{strings.sourcesDisagree}</h3>
      {figures.map((figure) => (
        <ul key={figure.measure} className="disagree-row">
          {distinctStatements(
            figure.claims,
            (claim) => `${claim[figure.measure]}|${claim.qualifier}`,
          ).map((claim) => (
            <li key={claim.id} className="disagree-card">
              <strong className="disagree-figure">{figureText(claim, figure.measure)}</strong>
              <span>{strings.according(claim.speaker, sourceTitle(claim.sourceId))}</span>
            </li>
          ))}
        </ul>
      ))}
      {dateClaims.length > 0 && (
        <ul className="disagree-row">
          {distinctStatements(dateClaims, (claim) => (claim.date ?? event.date).text).map(
            (claim) => (
              <li key={claim.id} className="disagree-card">
                <strong className="disagree-figure">{formatEdtf(claim.date ?? event.date)}</strong>
                <span>{strings.according(claim.speaker, sourceTitle(claim.sourceId))}</span>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}
