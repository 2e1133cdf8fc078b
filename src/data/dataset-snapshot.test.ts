import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDataset, type DataTexts } from './build-dataset';
import {
  type DatasetSnapshot,
  fingerprint,
  resultFromSnapshot,
  SNAPSHOT_FILE,
  VISITOR_BUILD_OPTIONS,
} from './dataset-snapshot';
import { validFixture } from './fixtures.test-helpers';
import { loadDataset, loadFirstDataset } from './load-dataset';
import { DATA_FILES, type DataFileKey } from './types';

const utf8 = (text: string) => new TextEncoder().encode(text);
const KEYS = Object.keys(DATA_FILES) as DataFileKey[];

function fixtureBytes(change: (texts: Record<DataFileKey, string>) => void = () => {}) {
  const texts = validFixture() as Record<DataFileKey, string>;
  change(texts);
  return Object.fromEntries(KEYS.map((key) => [key, utf8(texts[key])])) as Record<
    DataFileKey,
    Uint8Array
  >;
}

/** A snapshot of `files` as the build writes it, with the result JSON gives back. */
function snapshotOf(files: Record<DataFileKey, Uint8Array>, stamp: string): DatasetSnapshot {
  const result = buildDataset(files as DataTexts, VISITOR_BUILD_OPTIONS);
  return {
    stamp,
    files: Object.fromEntries(KEYS.map((key) => [key, fingerprint(files[key])])) as Record<
      DataFileKey,
      string
    >,
    result: JSON.parse(JSON.stringify(result)),
  };
}

const asBytes = (value: unknown) => utf8(JSON.stringify(value));

describe('fingerprint', () => {
  it('is the same for the same bytes and differs for one changed, added or removed byte', () => {
    const text = fixtureBytes().events;
    expect(fingerprint(text)).toBe(fingerprint(Uint8Array.from(text)));
    const changed = Uint8Array.from(text);
    changed[40] = (changed[40] as number) ^ 1;
    const shorter = text.slice(0, -1);
    const longer = Uint8Array.from([...text, 10]);
    const prints = new Set([text, changed, shorter, longer].map(fingerprint));
    expect(prints.size).toBe(4);
  });

  it('tells apart two files with the same bytes in another order', () => {
    expect(fingerprint(utf8('a,b\n1,2\n'))).not.toBe(fingerprint(utf8('b,a\n2,1\n')));
  });
});

describe('resultFromSnapshot', () => {
  const files = fixtureBytes();
  const snapshot = snapshotOf(files, 'stamp-1');

  it('gives the built result when the stamp and every file match', () => {
    const result = resultFromSnapshot(asBytes(snapshot), files, 'stamp-1');
    expect(result).toEqual(buildDataset(files as DataTexts, VISITOR_BUILD_OPTIONS));
    expect(result?.dataset.events.map((event) => event.id)).toEqual([
      '2011-04-08-raid',
      '2012-move',
    ]);
  });

  it('refuses it when one file was edited after the build', () => {
    const edited = fixtureBytes((texts) => {
      texts.events = texts.events.replace('Residents move', 'Residents moved');
    });
    expect(resultFromSnapshot(asBytes(snapshot), edited, 'stamp-1')).toBeNull();
  });

  it('refuses it when it was made by other code, or in development (no stamp)', () => {
    expect(resultFromSnapshot(asBytes(snapshot), files, 'stamp-2')).toBeNull();
    expect(resultFromSnapshot(asBytes({ ...snapshot, stamp: '' }), files, '')).toBeNull();
  });

  it('refuses a snapshot that is not JSON, is cut short or lacks a part', () => {
    const text = JSON.stringify(snapshot);
    expect(resultFromSnapshot(utf8('<!doctype html><p>Not found'), files, 'stamp-1')).toBeNull();
    expect(resultFromSnapshot(utf8(text.slice(0, text.length / 2)), files, 'stamp-1')).toBeNull();
    const { events: _events, ...withoutEvents } = snapshot.result.dataset;
    const broken = { ...snapshot, result: { ...snapshot.result, dataset: withoutEvents } };
    expect(resultFromSnapshot(asBytes(broken), files, 'stamp-1')).toBeNull();
    const fewerFiles = { ...snapshot, files: { ...snapshot.files, moves: undefined } };
    expect(resultFromSnapshot(asBytes(fewerFiles), files, 'stamp-1')).toBeNull();
  });
});

/** Serves the files (and the snapshot, if any) as a static site would. */
function serve(files: Record<DataFileKey, Uint8Array>, snapshot: Uint8Array | null) {
  const byPath = new Map<string, Uint8Array>(KEYS.map((key) => [DATA_FILES[key], files[key]]));
  if (snapshot) byPath.set(SNAPSHOT_FILE, snapshot);
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const path = String(url).replace(/^\/+/, '');
    asked.push(path);
    const body = byPath.get(path);
    return body
      ? new Response(Uint8Array.from(body), { status: 200 })
      : new Response('', { status: 404 });
  });
  return asked;
}

// A snapshot whose dataset differs from the files' in one title, so the test can tell
// which of the two the atlas shows.
function markedSnapshot(files: Record<DataFileKey, Uint8Array>, stamp: string) {
  const snapshot = snapshotOf(files, stamp);
  const [first, ...rest] = snapshot.result.dataset.events;
  const events = [{ ...first, title: 'From the snapshot' }, ...rest];
  return asBytes({
    ...snapshot,
    result: { ...snapshot.result, dataset: { ...snapshot.result.dataset, events } },
  });
}

describe('loadDataset with a snapshot', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('uses the snapshot when the files are the ones it was made from', async () => {
    const files = fixtureBytes();
    const asked = serve(files, markedSnapshot(files, 'stamp-1'));
    const { dataset } = await loadDataset('stamp-1');
    expect(dataset.events[0]?.title).toBe('From the snapshot');
    expect(asked).toContain(SNAPSHOT_FILE);
  });

  it('reads the files when one was edited after the build, and shows the edit', async () => {
    const built = fixtureBytes();
    const edited = fixtureBytes((texts) => {
      texts.events = texts.events.replace('Forces enter the camp', 'Forces entered the camp');
    });
    serve(edited, markedSnapshot(built, 'stamp-1'));
    const { dataset, issues } = await loadDataset('stamp-1');
    expect(dataset.events[0]?.title).toBe('Forces entered the camp');
    expect(issues).toEqual([]);
  });

  it('reads the files, with the usual message, when one is missing', async () => {
    const files = fixtureBytes();
    serve(
      { ...files, figures: undefined } as unknown as Record<DataFileKey, Uint8Array>,
      markedSnapshot(files, 'stamp-1'),
    );
    const { dataset, issues } = await loadDataset('stamp-1');
    expect(dataset.events[0]?.title).toBe('Forces enter the camp');
    expect(issues.map((issue) => issue.file)).toEqual([DATA_FILES.figures]);
  });

  it('reads the files, without a message, when there is no snapshot', async () => {
    const files = fixtureBytes();
    serve(files, null);
    const { dataset, issues } = await loadDataset('stamp-1');
    expect(dataset.events.map((event) => event.title)).toEqual([
      'Forces enter the camp',
      'Residents move',
    ]);
    expect(issues).toEqual([]);
  });

  it('does not ask for a snapshot in development', async () => {
    const files = fixtureBytes();
    const asked = serve(files, markedSnapshot(files, ''));
    const { dataset } = await loadDataset('');
    expect(dataset.events[0]?.title).toBe('Forces enter the camp');
    expect(asked).not.toContain(SNAPSHOT_FILE);
  });
});

describe('loadFirstDataset in a build', () => {
  afterEach(() => vi.unstubAllGlobals());
  const dataPaths = KEYS.map((key) => DATA_FILES[key]);

  it('shows the snapshot before any data file is asked for, then finds the files the same', async () => {
    const files = fixtureBytes();
    const asked = serve(files, markedSnapshot(files, 'stamp-1'));
    const first = await loadFirstDataset('stamp-1');
    expect(first.loaded.result.dataset.events[0]?.title).toBe('From the snapshot');
    expect(asked).toEqual([SNAPSHOT_FILE]);
    expect(first.compareWithFiles).not.toBeNull();
    await expect(first.compareWithFiles?.()).resolves.toEqual({ kind: 'same' });
    expect([...asked].sort()).toEqual([SNAPSHOT_FILE, ...dataPaths].sort());
  });

  it('gives the dataset of a file edited after the build, to be shown instead', async () => {
    const built = fixtureBytes();
    const edited = fixtureBytes((texts) => {
      texts.events = texts.events.replace('Forces enter the camp', 'Forces entered the camp');
    });
    serve(edited, markedSnapshot(built, 'stamp-1'));
    const first = await loadFirstDataset('stamp-1');
    expect(first.loaded.result.dataset.events[0]?.title).toBe('From the snapshot');
    const comparison = await first.compareWithFiles?.();
    expect(comparison?.kind).toBe('differ');
    const fromFiles = comparison?.kind === 'differ' ? comparison.loaded : null;
    expect(fromFiles?.result.dataset.events[0]?.title).toBe('Forces entered the camp');
    expect(fromFiles?.result.issues).toEqual([]);
    expect(fromFiles?.snapshot).toBeNull();
  });

  it('keeps the snapshot, naming the file, when one cannot be fetched and the rest are the same', async () => {
    const files = fixtureBytes();
    serve(
      { ...files, figures: undefined } as unknown as Record<DataFileKey, Uint8Array>,
      markedSnapshot(files, 'stamp-1'),
    );
    const comparison = await (await loadFirstDataset('stamp-1')).compareWithFiles?.();
    expect(comparison?.kind).toBe('unread');
    const issues = comparison?.kind === 'unread' ? comparison.issues : [];
    expect(issues.map((issue) => issue.file)).toEqual([DATA_FILES.figures]);
    expect(issues[0]?.message).toMatch(/^the file could not be read: .*HTTP 404/);
    expect(issues[0]?.copyShown).toBe(true);
  });

  it("gives the files' dataset when one cannot be fetched and another was edited", async () => {
    const built = fixtureBytes();
    const edited = fixtureBytes((texts) => {
      texts.events = texts.events.replace('Forces enter the camp', 'Forces entered the camp');
    });
    serve(
      { ...edited, figures: undefined } as unknown as Record<DataFileKey, Uint8Array>,
      markedSnapshot(built, 'stamp-1'),
    );
    const comparison = await (await loadFirstDataset('stamp-1')).compareWithFiles?.();
    const fromFiles = comparison?.kind === 'differ' ? comparison.loaded : null;
    expect(fromFiles?.result.dataset.events[0]?.title).toBe('Forces entered the camp');
    expect(fromFiles?.result.issues.map((issue) => issue.file)).toEqual([DATA_FILES.figures]);
  });

  it("reads the files at once when the snapshot is damaged or another version's", async () => {
    const files = fixtureBytes();
    for (const snapshot of [utf8('{"stamp":'), markedSnapshot(files, 'stamp-0')]) {
      const asked = serve(files, snapshot);
      const first = await loadFirstDataset('stamp-1');
      expect(first.loaded.result.dataset.events[0]?.title).toBe('Forces enter the camp');
      expect(first.compareWithFiles).toBeNull();
      expect([...asked].sort()).toEqual([SNAPSHOT_FILE, ...dataPaths].sort());
    }
  });

  it('reads the files at once in development, without asking for a snapshot', async () => {
    const files = fixtureBytes();
    const asked = serve(files, markedSnapshot(files, ''));
    const first = await loadFirstDataset('');
    expect(first.loaded.result.dataset.events[0]?.title).toBe('Forces enter the camp');
    expect(first.compareWithFiles).toBeNull();
    expect(asked).not.toContain(SNAPSHOT_FILE);
  });
});
