// Fetches one file of the site's own origin as bytes, with a time limit on silence: if the
// server sends nothing (no headers, or no new bytes) for `idleTimeoutMs`, the request is
// given up with a reason that names the wait. A slow network that keeps answering is fine.
import { dataMessages } from '../i18n/data-messages';

/** How long a request may stay silent before the atlas offers to try again (20 s). */
export const REQUEST_TIMEOUT_MS = 20_000;

export type FetchedFile = { ok: true; bytes: Uint8Array } | { ok: false; failure: string };

interface FetchFileOptions {
  readonly idleTimeoutMs?: number;
  /** The fetch to use; tests pass their own. */
  readonly fetchImpl?: typeof fetch;
}

const TIMED_OUT = Symbol('timed out');

function describeStatus(status: number): string {
  if (status === 404) return dataMessages.httpNotFound;
  return dataMessages.httpError(status);
}

export async function fetchFile(url: string, options: FetchFileOptions = {}): Promise<FetchedFile> {
  const idleTimeoutMs = options.idleTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const fetchImpl = options.fetchImpl ?? fetch;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let expired = false;
  let onTimeout: (() => void) | undefined;
  // Settles when the server has been silent too long; re-armed on every sign of life. The
  // race below does not rely on the fetch honouring the abort signal.
  const silence = new Promise<typeof TIMED_OUT>((resolve) => {
    onTimeout = () => resolve(TIMED_OUT);
  });
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      expired = true;
      onTimeout?.();
      controller.abort();
    }, idleTimeoutMs);
  };
  const timedOut: FetchedFile = {
    ok: false,
    failure: dataMessages.noAnswer(Math.round(idleTimeoutMs / 1000)),
  };
  try {
    arm();
    const response = await Promise.race([
      fetchImpl(url, { cache: 'no-cache', signal: controller.signal }),
      silence,
    ]);
    if (response === TIMED_OUT) return timedOut;
    if (!response.ok) return { ok: false, failure: describeStatus(response.status) };
    if (!response.body) {
      const whole = await Promise.race([response.arrayBuffer(), silence]);
      return whole === TIMED_OUT ? timedOut : { ok: true, bytes: new Uint8Array(whole) };
    }
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    for (;;) {
      arm();
      const chunk = await Promise.race([reader.read(), silence]);
      if (chunk === TIMED_OUT) {
        reader.cancel().catch(() => {});
        return timedOut;
      }
      if (chunk.done) break;
      chunks.push(chunk.value);
    }
    const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return { ok: true, bytes };
  } catch {
    // A fetch that honours the abort rejects at once; the cause is still the silence.
    if (expired) return timedOut;
    return { ok: false, failure: dataMessages.requestFailed };
  } finally {
    clearTimeout(timer);
  }
}
