// Filters by category, site, text and dispute; the map, the timeline, the list and the
// counts all follow, since they read the same filtered events.
import { useRef } from 'react';
import { CATEGORIES } from '../data/types';
import { categoryLabels, strings } from '../i18n/strings';
import { NO_FILTERS } from '../state/atlas-state';
import { useAtlasState, useDataset, useDispatch } from '../state/store-context';
import { CategoryIcon } from './CategoryIcon';
import { SearchNoMatch } from './SearchNoMatch';

export function FiltersPanel() {
  const dataset = useDataset();
  const searchRef = useRef<HTMLInputElement>(null);
  const dispatch = useDispatch();
  const filters = useAtlasState((state) => state.filters);
  const toggleSite = (siteId: string) => {
    const siteIds = filters.siteIds.includes(siteId)
      ? filters.siteIds.filter((id) => id !== siteId)
      : [...filters.siteIds, siteId];
    dispatch({ type: 'set-filters', filters: { siteIds }, origin: 'filters' });
  };
  const sitesWithEvents = dataset.sites.filter((site) =>
    dataset.events.some((event) => event.siteId === site.id),
  );
  return (
    <section className="filters-panel" aria-labelledby="filters-heading" data-testid="filters">
      <h2 id="filters-heading" tabIndex={-1}>
        {strings.filtersHeading}
      </h2>
      <label className="search-field">
        <span>{strings.searchLabel}</span>
        <input
          type="search"
          ref={searchRef}
          value={filters.text}
          maxLength={200}
          data-testid="search-input"
          onChange={(event) =>
            dispatch({
              type: 'set-filters',
              filters: { text: event.target.value },
              origin: 'filters',
            })
          }
        />
      </label>
      <SearchNoMatch onCleared={() => searchRef.current?.focus()} />
      <fieldset>
        <legend>{strings.categoriesLegend}</legend>
        {CATEGORIES.map((category) => (
          <label key={category} className="check-row">
            <input
              type="checkbox"
              checked={filters.categories.includes(category)}
              data-testid={`filter-category-${category}`}
              onChange={() => dispatch({ type: 'toggle-category', category, origin: 'filters' })}
            />
            <CategoryIcon category={category} /> {categoryLabels[category]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{strings.sitesLegend}</legend>
        {sitesWithEvents.map((site) => (
          <label key={site.id} className="check-row">
            <input
              type="checkbox"
              checked={filters.siteIds.includes(site.id)}
              data-testid={`filter-site-${site.id}`}
              onChange={() => toggleSite(site.id)}
            />
            {site.name}
          </label>
        ))}
      </fieldset>
      <label className="check-row">
        <input
          type="checkbox"
          checked={filters.disputedOnly}
          data-testid="filter-disputed"
          onChange={(event) =>
            dispatch({
              type: 'set-filters',
              filters: { disputedOnly: event.target.checked },
              origin: 'filters',
            })
          }
        />
        {strings.disputedOnly}
      </label>
      <label className="check-row">
        <input
          type="checkbox"
          checked={filters.showContext}
          data-testid="filter-show-context"
          aria-describedby="show-context-hint"
          onChange={(event) =>
            dispatch({
              type: 'set-filters',
              filters: { showContext: event.target.checked },
              origin: 'filters',
            })
          }
        />
        {strings.showContext}
      </label>
      <p id="show-context-hint" className="filter-hint">
        {strings.showContextHint}
      </p>
      <button
        type="button"
        onClick={() => dispatch({ type: 'set-filters', filters: NO_FILTERS, origin: 'filters' })}
      >
        {strings.clearFilters}
      </button>
    </section>
  );
}
