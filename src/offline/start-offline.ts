// Makes the offline copy once the first view is on screen. Installing the service worker
// fetches and stores every file of the site (the map library, the detailed country shapes,
// the documents); started at page load it took as much CPU as the page itself on a 2-core
// machine and held the first timeline item back by about a fifth (docs/PERFORMANCE.md).
import { afterFirstView } from '../app/first-view';
import { offlineStatus } from './offline-status';

/** How long the offline copy waits for the first view at most (the list, a failed map). */
export const LONGEST_WAIT_FOR_FIRST_VIEW_MS = 8000;
/** A moment more after the map is drawn, for its first flight and labels. */
const AFTER_FIRST_VIEW_MS = 1000;

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(() => resolve(), { timeout: 3000 });
    } else {
      setTimeout(resolve, 0);
    }
  });
}

export function startOffline(): void {
  // Production builds only: in development it would serve stale modules under hot reload.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Opened under the service worker already: everything is kept, say so at once.
  if (navigator.serviceWorker.controller) offlineStatus.report('controlled');
  afterFirstView(LONGEST_WAIT_FOR_FIRST_VIEW_MS)
    .then(() => new Promise((resolve) => setTimeout(resolve, AFTER_FIRST_VIEW_MS)))
    .then(whenIdle)
    .then(() => import('./register-offline'))
    .then((module) => module.registerOffline())
    .catch(() => {
      // No offline copy (the chunk failed to load): the atlas works online as before.
    });
}
