// Registers the service worker that keeps the atlas for offline use; loaded on its own once
// the first view is shown (start-offline.ts).
import { Workbox } from 'workbox-window';
import { offlineStatus } from './offline-status';

let workbox: Workbox | null = null;

export function registerOffline(): void {
  // Relative to the page, like every other file of the build (see README, "Deploy").
  workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`);
  // The first version is ready once active: it has kept every file and, with clientsClaim,
  // serves this very page.
  workbox.addEventListener('activated', (event) => {
    if (!event.isUpdate) offlineStatus.report('installed');
  });
  // A new version waits instead of swapping the page mid-lesson; the page offers to switch.
  workbox.addEventListener('waiting', () => offlineStatus.report('waiting'));
  workbox.register().catch(() => {
    // No offline copy (private mode, storage full): the atlas works online as before.
  });
}

/** Lets the waiting version take over, then reloads the page under it. */
export function switchToWaitingVersion(): void {
  const current = workbox;
  if (!current) return;
  current.addEventListener('controlling', () => window.location.reload());
  current.messageSkipWaiting();
}
