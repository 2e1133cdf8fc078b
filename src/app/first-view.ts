// The moment the first view is on screen: the map drawn (or its stand-in shown). Work the
// visitor does not see, which would compete with that view for a slow machine's cores
// (making the offline copy fetches every file of the site), waits for it.

let reportShown: () => void = () => {};
const shown = new Promise<void>((resolve) => {
  reportShown = resolve;
});

/** Said by the map once it has drawn; later calls change nothing. */
export function reportFirstViewShown(): void {
  reportShown();
}

/**
 * Settles once the first view is shown, or after `longestWaitMs` if it never says so (the
 * list instead of the map, a map that fails to start).
 */
export function afterFirstView(longestWaitMs: number): Promise<void> {
  return Promise.race([
    shown,
    new Promise<void>((resolve) => {
      setTimeout(resolve, longestWaitMs);
    }),
  ]);
}
