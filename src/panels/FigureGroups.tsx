// Figures that are not single events (residents, areas, totals), grouped by what they
// measure, each with its document and a link to the quoted passage.
import type { Dataset } from '../data/types';
import { formatEdtf } from '../i18n/format-date';
import { formatCount, qualifierLabels, strings } from '../i18n/strings';
import type { FigureGroup } from '../state/figure-groups';
import { findSite } from '../state/selectors';
import { ReadInSourceButton } from './ReadInSourceButton';

export function FigureGroups({
  groups,
  dataset,
  withSite,
}: {
  groups: readonly FigureGroup[];
  dataset: Dataset;
  withSite: boolean;
}) {
  const sourceTitle = (id: string) =>
    dataset.sources.find((source) => source.id === id)?.title ?? id;
  return (
    <div className="figure-groups" data-testid="figure-groups">
      {groups.map((group) => (
        <section key={group.key} className="figure-group" data-testid="figure-group">
          <h4>
            {strings.measureLabel(group.measure)}
            {withSite ? ` · ${findSite(dataset, group.siteId)?.name ?? group.siteId}` : ''}
          </h4>
          <p className="figure-scope">{strings.figureScope(group.scope)}</p>
          <ul className="disagree-row">
            {group.figures.map((figure) => (
              <li key={figure.id} className="disagree-card" data-testid="figure">
                <strong className="disagree-figure">
                  {qualifierLabels[figure.qualifier] ? `${qualifierLabels[figure.qualifier]} ` : ''}
                  {formatCount(figure.value)}
                </strong>
                <span>{formatEdtf(figure.date)}</span>
                <span>{strings.figureSource(sourceTitle(figure.sourceId))}</span>
                {figure.note && <span className="claim-note">{figure.note}</span>}
                <ReadInSourceButton sourceId={figure.sourceId} passageId={figure.id} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
