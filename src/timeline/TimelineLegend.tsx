// What the timeline's shapes mean: categories (icon and colour), point, span, dashed, ≠, and
// the count on spans of the same period drawn as one.
import { CATEGORIES } from '../data/types';
import { categoryLabels, strings } from '../i18n/strings';
import { CategoryIcon } from '../panels/CategoryIcon';

export function TimelineLegend() {
  return (
    <details className="timeline-legend" data-testid="timeline-legend">
      <summary>{strings.legendHeading}</summary>
      <div className="timeline-legend-body">
        <ul className="timeline-legend-list">
          {CATEGORIES.map((category) => (
            <li key={category} className={`timeline-legend-category category-${category}`}>
              <CategoryIcon category={category} />
              {categoryLabels[category]}
            </li>
          ))}
        </ul>
        <ul className="timeline-legend-list">
          <li>
            <span className="timeline-key timeline-key-point" aria-hidden="true" />
            {strings.exactDate}
          </li>
          <li>
            <span className="timeline-key timeline-key-span" aria-hidden="true" />
            {strings.impreciseDate}
          </li>
          <li>
            <span className="timeline-key timeline-key-dashed" aria-hidden="true" />
            {strings.uncertainDate}
          </li>
          <li>
            <span className="timeline-disputed-mark" aria-hidden="true">
              ≠
            </span>
            {strings.disputedKey}
          </li>
          <li>
            <span className="timeline-stack-count timeline-key-stack" aria-hidden="true">
              9
            </span>
            {strings.stackKey}
          </li>
          <li>
            <span className="timeline-key-pile" aria-hidden="true" />
            {strings.pileKey}
          </li>
        </ul>
      </div>
    </details>
  );
}
