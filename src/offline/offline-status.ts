// What the page knows about working offline, as a tiny external store: whether the service
// worker has kept everything, and whether a new version is waiting. Changes come as named
// events from the registration, so the transitions are a pure, tested function.

interface OfflineSnapshot {
  /** The build, data and documents are kept by the browser: the atlas opens without a network. */
  readonly ready: boolean;
  /** A newer version is installed and waits; it never takes over a page by itself. */
  readonly updateWaiting: boolean;
}

type OfflineEvent =
  /** The page was opened under a service worker (so its caches are complete). */
  | 'controlled'
  /** The first service worker is active: it has kept every file and serves this page. */
  | 'installed'
  /** A new version finished installing and waits for the old pages to close. */
  | 'waiting';

export const NOT_OFFLINE: OfflineSnapshot = { ready: false, updateWaiting: false };

export function nextOfflineSnapshot(
  snapshot: OfflineSnapshot,
  event: OfflineEvent,
): OfflineSnapshot {
  switch (event) {
    case 'controlled':
    case 'installed':
      return snapshot.ready ? snapshot : { ...snapshot, ready: true };
    case 'waiting':
      // An old version still keeps everything, so the atlas stays available offline.
      return snapshot.updateWaiting ? snapshot : { ready: true, updateWaiting: true };
  }
}

export function createOfflineStatus() {
  let snapshot = NOT_OFFLINE;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => snapshot,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    report(event: OfflineEvent) {
      const next = nextOfflineSnapshot(snapshot, event);
      if (next === snapshot) return;
      snapshot = next;
      for (const listener of listeners) listener();
    },
  };
}

/** The page's one offline status, reported by the registration and read by the header. */
export const offlineStatus = createOfflineStatus();
