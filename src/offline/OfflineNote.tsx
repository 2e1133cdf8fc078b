// The header's "Available offline" note, and the announcement of a waiting new version with
// a button to switch now; otherwise the new version starts the next time the atlas opens.
import { useSyncExternalStore } from 'react';
import { offlineStrings } from '../i18n/classroom-strings';
import './offline.css';
import { offlineStatus } from './offline-status';

// Loaded already by then: a version can only be waiting once the registration has run.
const switchToWaitingVersion = () =>
  import('./register-offline').then((module) => module.switchToWaitingVersion());

export function OfflineNote() {
  const snapshot = useSyncExternalStore(offlineStatus.subscribe, offlineStatus.getSnapshot);
  return (
    <div className="offline-note" role="status" data-testid="offline-note">
      {snapshot.ready && !snapshot.updateWaiting && (
        <span>
          {offlineStrings.ready}
          <span className="visually-hidden">: {offlineStrings.readyDetail}</span>
        </span>
      )}
      {snapshot.updateWaiting && (
        <span data-testid="update-waiting">
          {offlineStrings.updateReady}{' '}
          <button type="button" onClick={switchToWaitingVersion}>
            {offlineStrings.updateNow}
          </button>
        </span>
      )}
    </div>
  );
}
