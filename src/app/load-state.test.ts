import { describe, expect, it } from 'vitest';
import type { FetchedFile } from '../data/fetch-file';
import type { FirstDataset } from '../data/load-dataset';
import { type LoadOutcome, startLoad } from './load-state';

const outcome: LoadOutcome = {
  first: {} as FirstDataset,
  toursFile: {} as FetchedFile,
  shown: { status: 'failed', problems: [] },
};

/** A file still on its way: the load waits for another task (a timer stands in for it). */
function arrivingLater<T>(value: T): Promise<T> {
  return new Promise((resolve) => {
    setTimeout(() => resolve(value), 20);
  });
}

describe('startLoad', () => {
  it('hands over a load whose data is already in, so the first render can show it', async () => {
    const started = await startLoad(async () => outcome);
    expect(started.settled).toBe(outcome);
    await expect(started.outcome).resolves.toBe(outcome);
  });

  it('hands over a load that is only steps of reading, however many', async () => {
    const started = await startLoad(async () => {
      let value = 0;
      for (let step = 0; step < 50; step += 1) value = await Promise.resolve(value + 1);
      return value === 50 ? outcome : Promise.reject(new Error('steps lost'));
    });
    expect(started.settled).toBe(outcome);
  });

  it('does not wait for a file still arriving; the load goes on', async () => {
    const started = await startLoad(() => arrivingLater(outcome));
    expect(started.settled).toBeNull();
    await expect(started.outcome).resolves.toBe(outcome);
  });

  it('leaves a failed load to the page, which offers a retry', async () => {
    const failure = new Error('network');
    const started = await startLoad(() => Promise.reject(failure));
    expect(started.settled).toBeNull();
    await expect(started.outcome).rejects.toBe(failure);
  });
});
