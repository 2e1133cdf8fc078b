import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from './sort-rows';

const rows = [
  { site: 'Camp Liberty', residents: 3000 },
  { site: 'Camp Ashraf', residents: 3400 },
  { site: 'Camp Ashraf', residents: 100 },
];
const cellOf = (row: (typeof rows)[number], key: 'site' | 'residents') => row[key];

describe('sortRows', () => {
  it('sorts numbers as numbers and text as text, keeping ties in their order', () => {
    expect(sortRows(rows, { key: 'residents', direction: 'ascending' }, cellOf)).toEqual([
      rows[2],
      rows[0],
      rows[1],
    ]);
    expect(sortRows(rows, { key: 'site', direction: 'ascending' }, cellOf)).toEqual([
      rows[1],
      rows[2],
      rows[0],
    ]);
  });

  it('flips the same column and starts another ascending', () => {
    const byResidents = { key: 'residents', direction: 'ascending' } as const;
    expect(nextSort(byResidents, 'residents').direction).toBe('descending');
    expect(nextSort(byResidents, 'site')).toEqual({ key: 'site', direction: 'ascending' });
    expect(
      sortRows(rows, nextSort(byResidents, 'residents'), cellOf).map((row) => row.residents),
    ).toEqual([3400, 3000, 100]);
  });
});
