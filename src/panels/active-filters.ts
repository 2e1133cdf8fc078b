// How many filters are on, for the Filters button (derived from the state, never stored).
import type { AtlasFilters } from '../state/atlas-state';

export function activeFilterCount(filters: AtlasFilters): number {
  return (
    filters.categories.length +
    filters.siteIds.length +
    (filters.text.trim() === '' ? 0 : 1) +
    (filters.disputedOnly ? 1 : 0)
  );
}
