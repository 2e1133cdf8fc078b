import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FetchedFile } from '../data/fetch-file';
import type { FirstDataset } from '../data/load-dataset';
import { type LoadOutcome, startLoad } from './load-state';

const outcome: LoadOutcome = {
  first: {} as FirstDataset,
  toursFile: {} as FetchedFile,
  shown: { status: 'failed', problems: [] },
};

function later<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => {
    setTimeout(() => resolve(value), ms);
  });
}

describe('startLoad', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands over a load that is already in, so the first render can show it', async () => {
    const started = await startLoad(100, async () => outcome);
    expect(started.settled).toBe(outcome);
    await expect(started.outcome).resolves.toBe(outcome);
  });

  it('does not wait longer than it is told for a slow load, which goes on', async () => {
    vi.useFakeTimers();
    const pending = startLoad(100, () => later(5000, outcome));
    await vi.advanceTimersByTimeAsync(100);
    const started = await pending;
    expect(started.settled).toBeNull();
    await vi.advanceTimersByTimeAsync(4900);
    await expect(started.outcome).resolves.toBe(outcome);
  });

  it('waits for a load that comes within the time it is given', async () => {
    vi.useFakeTimers();
    const pending = startLoad(100, () => later(60, outcome));
    await vi.advanceTimersByTimeAsync(60);
    expect((await pending).settled).toBe(outcome);
  });

  it('leaves a failed load to the page, which offers a retry', async () => {
    const failure = new Error('network');
    const started = await startLoad(100, () => Promise.reject(failure));
    expect(started.settled).toBeNull();
    await expect(started.outcome).rejects.toBe(failure);
  });
});
