import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../state/atlas-state';
import { activeFilterCount } from './active-filters';

describe('activeFilterCount', () => {
  it('counts nothing when no filter is on', () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, text: '   ' })).toBe(0);
  });

  it('counts each category, each site, a search and the disputed switch', () => {
    expect(
      activeFilterCount({
        categories: ['attack', 'legal'],
        siteIds: ['camp-ashraf'],
        text: 'raid',
        disputedOnly: true,
        showContext: false,
      }),
    ).toBe(5);
  });
});
