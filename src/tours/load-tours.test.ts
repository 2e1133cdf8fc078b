import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DatasetSnapshot } from '../data/dataset-snapshot';
import type { LoadedDataset } from '../data/load-dataset';
import { makeSnapshot } from '../data/snapshot-writer';
import * as tourMessages from '../i18n/tour-messages';
import { readLoadedTours } from './load-tours';
import { TOURS_FILE } from './tour-types';

const projectRoot = resolve(import.meta.dirname, '../..');
const shippedBytes = new Uint8Array(readFileSync(join(projectRoot, TOURS_FILE)));
const made = makeSnapshot(projectRoot, 'stamp') as DatasetSnapshot;

/** The shipped snapshot with its first tour retitled, so a test can tell where tours came from. */
function markedSnapshot(): DatasetSnapshot {
  const tours = made.tours;
  if (!tours) throw new Error('the shipped snapshot has no tours');
  const [first, ...rest] = tours.result.tours;
  if (!first) throw new Error('the shipped tours file has no tour');
  const marked = [{ ...first, title: 'From the snapshot' }, ...rest];
  return { ...made, tours: { ...tours, result: { ...tours.result, tours: marked } } };
}

const loaded = (snapshot: DatasetSnapshot | null): LoadedDataset => ({
  result: made.result,
  snapshot,
});
const fetchedBytes = (bytes: Uint8Array) => ({ ok: true as const, bytes });

describe('readLoadedTours', () => {
  it('takes the tours from the snapshot when the file is the one the build read', async () => {
    const read = await readLoadedTours(fetchedBytes(shippedBytes), loaded(markedSnapshot()));
    expect(read.tours[0]?.title).toBe('From the snapshot');
  });

  it('reads the file when it was edited after the build, and shows the edit', async () => {
    const edited = new TextEncoder().encode(
      new TextDecoder()
        .decode(shippedBytes)
        .replace('"title": "The founding', '"title": "Edited: The founding'),
    );
    const read = await readLoadedTours(fetchedBytes(edited), loaded(markedSnapshot()));
    expect(read.tours[0]?.title).toMatch(/^Edited: The founding/);
    expect(read.tours).toHaveLength(made.tours?.result.tours.length ?? -1);
  });

  it('reports a file broken after the build, as without a snapshot', async () => {
    const broken = new TextEncoder().encode('{ "tours": [');
    const read = await readLoadedTours(fetchedBytes(broken), loaded(markedSnapshot()));
    expect(read.tours).toEqual([]);
    expect(read.issues.length).toBeGreaterThan(0);
    expect(read.issues.map((issue) => issue.message)).not.toContain(tourMessages.notRead);
  });

  it('reads the file when there is no snapshot, to the same tours the build read', async () => {
    const read = await readLoadedTours(fetchedBytes(shippedBytes), loaded(null));
    expect(read).toEqual(made.tours?.result);
  });

  it('says the tours could not be read when the file could not be fetched', async () => {
    const read = await readLoadedTours({ ok: false, failure: 'HTTP 404' }, loaded(made));
    expect(read).toEqual({
      tours: [],
      issues: [{ file: TOURS_FILE, path: '$', message: tourMessages.notRead }],
    });
  });
});
