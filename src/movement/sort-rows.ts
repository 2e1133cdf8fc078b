// Pure: sorting the rows of a table by one column, up or down, keeping ties in their order.
export type SortDirection = 'ascending' | 'descending';

export interface SortState<Key extends string> {
  readonly key: Key;
  readonly direction: SortDirection;
}

/** The next sort after a click on `key`: the same column flips, another starts ascending. */
export function nextSort<Key extends string>(current: SortState<Key>, key: Key): SortState<Key> {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

export function sortRows<Row, Key extends string>(
  rows: readonly Row[],
  sort: SortState<Key>,
  cellOf: (row: Row, key: Key) => string | number,
): Row[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: cellOf(row, sort.key) }))
    .sort((a, b) => {
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : String(a.value).localeCompare(String(b.value));
      return order * sign || a.index - b.index;
    })
    .map((item) => item.row);
}
