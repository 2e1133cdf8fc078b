// The order of ids, for ties in sorted lists (events starting together, lanes, moves).

/**
 * Code-unit order. Ids are kebab-case ASCII (see ID_PATTERN), which every collation puts in
 * this same order; unlike `localeCompare` it does not depend on the visitor's locale, and it
 * needs no collator set up on a cold page before the first event is placed.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
