import { describe, expect, it } from 'vitest';
import { createOfflineStatus, NOT_OFFLINE, nextOfflineSnapshot } from './offline-status';

describe('nextOfflineSnapshot', () => {
  it('says nothing until the browser has kept the atlas', () => {
    expect(NOT_OFFLINE).toEqual({ ready: false, updateWaiting: false });
  });

  it('is ready once the first worker has installed or the page opens under one', () => {
    expect(nextOfflineSnapshot(NOT_OFFLINE, 'installed').ready).toBe(true);
    expect(nextOfflineSnapshot(NOT_OFFLINE, 'controlled').ready).toBe(true);
  });

  it('announces a waiting version and stays available offline meanwhile', () => {
    expect(nextOfflineSnapshot(NOT_OFFLINE, 'waiting')).toEqual({
      ready: true,
      updateWaiting: true,
    });
  });

  it('keeps the same snapshot when nothing changes, so nothing re-renders', () => {
    const ready = nextOfflineSnapshot(NOT_OFFLINE, 'controlled');
    expect(nextOfflineSnapshot(ready, 'installed')).toBe(ready);
  });
});

describe('createOfflineStatus', () => {
  it('tells its listeners about a change, once', () => {
    const status = createOfflineStatus();
    let calls = 0;
    status.subscribe(() => {
      calls += 1;
    });
    status.report('waiting');
    status.report('waiting');
    expect(calls).toBe(1);
    expect(status.getSnapshot().updateWaiting).toBe(true);
  });
});
