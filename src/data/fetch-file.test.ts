import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchFile, REQUEST_TIMEOUT_MS } from './fetch-file';
import { loadDataset } from './load-dataset';

/** A fetch whose request never completes and that ignores being aborted. */
const hungFetch = (() => new Promise<Response>(() => {})) as typeof fetch;

/** A fetch that never answers but, like the browser's, gives up when aborted. */
const abortableHungFetch = ((_url: string, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () =>
      reject(new DOMException('The operation was aborted.', 'AbortError')),
    );
  })) as typeof fetch;

/** A response whose body arrives in pieces, `gapMs` apart. */
function tricklingFetch(pieces: string[], gapMs: number): typeof fetch {
  return (async () => {
    const encoder = new TextEncoder();
    let index = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, gapMs));
        const piece = pieces[index];
        index += 1;
        if (piece === undefined) controller.close();
        else controller.enqueue(encoder.encode(piece));
      },
    });
    return new Response(body, { status: 200 });
  }) as typeof fetch;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('fetchFile', () => {
  it('gives up on a request that never answers after the time limit, saying so', async () => {
    let settled = false;
    const pending = fetchFile('data/events.csv', { fetchImpl: hungFetch }).finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS - 100);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(await pending).toEqual({
      ok: false,
      failure: 'no answer within 20 seconds; check the connection and try again',
    });
  });

  it('says the limit passed, not that the request failed, when the fetch honours the abort', async () => {
    const pending = fetchFile('data/events.csv', { fetchImpl: abortableHungFetch });
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS + 100);
    expect(await pending).toMatchObject({ failure: expect.stringMatching(/^no answer within 20/) });
  });

  it('keeps waiting for a slow network that keeps sending', async () => {
    const pieces = ['id,date\n', 'a,2011\n', 'b,2012\n', 'c,2013\n'];
    const pending = fetchFile('data/events.csv', {
      fetchImpl: tricklingFetch(pieces, REQUEST_TIMEOUT_MS * 0.75),
    });
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS * 5);
    const result = await pending;
    expect(result.ok).toBe(true);
    if (result.ok) expect(new TextDecoder().decode(result.bytes)).toBe(pieces.join(''));
  });

  it('stops waiting when a started download falls silent', async () => {
    const pending = fetchFile('data/events.csv', {
      fetchImpl: tricklingFetch(['id,date\n'], REQUEST_TIMEOUT_MS * 2),
    });
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS + 100);
    expect((await pending).ok).toBe(false);
  });

  it('names a missing file and a failed connection', async () => {
    const missing = await fetchFile('x', {
      fetchImpl: (async () => new Response('', { status: 404 })) as typeof fetch,
    });
    expect(missing).toMatchObject({ ok: false, failure: expect.stringMatching(/HTTP 404/) });
    const offline = await fetchFile('x', {
      fetchImpl: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    expect(offline).toMatchObject({ ok: false, failure: expect.stringMatching(/request failed/) });
  });
});

describe('loadDataset', () => {
  it('reports each file whose request hangs, by name, once the time limit has passed', async () => {
    vi.stubGlobal('fetch', hungFetch);
    const pending = loadDataset();
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS + 100);
    const { issues } = await pending;
    expect(issues.map((issue) => [issue.file, issue.wholeFile])).toEqual([
      ['data/sources.csv', true],
      ['data/sites.geojson', true],
      ['data/events.csv', true],
      ['data/claims.csv', true],
      ['data/figures.csv', true],
      ['data/moves.csv', true],
      ['data/move-claims.csv', true],
    ]);
    expect(issues[0]?.message).toBe(
      'the file could not be read: no answer within 20 seconds; check the connection and try again',
    );
  });
});

describe('fetchFile, what the reader is told and what is asked of the server', () => {
  const answering = (status: number) => (async () => new Response('', { status })) as typeof fetch;

  it('tells a missing file from a server error', async () => {
    expect(await fetchFile('x', { fetchImpl: answering(404) })).toEqual({
      ok: false,
      failure:
        'the server has no such file (HTTP 404); check that the site was deployed with its data folder',
    });
    expect(await fetchFile('x', { fetchImpl: answering(503) })).toEqual({
      ok: false,
      failure: 'the server answered with an error (HTTP 503); try again later',
    });
  });

  it('asks past the browser’s cache, so a corrected data file shows on the next load', async () => {
    let asked: RequestInit | undefined;
    const fetchImpl = (async (_url: string, init?: RequestInit) => {
      asked = init;
      return new Response('id\n', { status: 200 });
    }) as typeof fetch;
    await fetchFile('data/events.csv', { fetchImpl });
    expect(asked?.cache).toBe('no-cache');
    expect(asked?.signal).toBeInstanceOf(AbortSignal);
  });

  it('reads a response that has no stream, and gives up on one that never ends', async () => {
    const bodiless = (arrayBuffer: () => Promise<ArrayBuffer>) =>
      (async () => ({ ok: true, status: 200, body: null, arrayBuffer })) as unknown as typeof fetch;
    const bytes = new TextEncoder().encode('id,date\n');
    const read = await fetchFile('x', { fetchImpl: bodiless(async () => bytes.buffer) });
    expect(read).toEqual({ ok: true, bytes });
    const pending = fetchFile('x', {
      fetchImpl: bodiless(() => new Promise<ArrayBuffer>(() => {})),
    });
    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS + 100);
    expect(await pending).toMatchObject({
      ok: false,
      failure: expect.stringMatching(/^no answer/),
    });
  });

  it('names the wait it was given, and leaves no timer running once done', async () => {
    const pending = fetchFile('x', { fetchImpl: hungFetch, idleTimeoutMs: 5_000 });
    await vi.advanceTimersByTimeAsync(5_100);
    expect(await pending).toEqual({
      ok: false,
      failure: 'no answer within 5 seconds; check the connection and try again',
    });
    await fetchFile('x', { fetchImpl: answering(404) });
    const fetchImpl = (async () => new Response('id\n', { status: 200 })) as typeof fetch;
    expect((await fetchFile('x', { fetchImpl })).ok).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
