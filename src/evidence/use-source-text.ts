// Loads a source document's text once per file and keeps it for the session; a failed or
// timed-out load is forgotten, so "try again" fetches it anew.
import { useCallback, useEffect, useState } from 'react';
import { loadSourceText, type SourceTextResult } from '../data/load-dataset';

const cache = new Map<string, Promise<SourceTextResult>>();

type SourceTextState =
  | { status: 'loading' }
  | { status: 'failed'; failure: string; retry: () => void }
  | { status: 'ready'; text: string };

export function useSourceText(file: string | null): SourceTextState {
  const [state, setState] = useState<SourceTextState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `attempt` is what re-runs the load on retry.
  useEffect(() => {
    if (file === null) return;
    let cancelled = false;
    setState({ status: 'loading' });
    let pending = cache.get(file);
    if (!pending) {
      pending = loadSourceText(file);
      cache.set(file, pending);
    }
    pending.then((result) => {
      if (cancelled) return;
      if (!result.ok) cache.delete(file);
      setState(
        result.ok
          ? { status: 'ready', text: result.text }
          : { status: 'failed', failure: result.failure, retry },
      );
    });
    return () => {
      cancelled = true;
    };
  }, [file, attempt, retry]);
  return state;
}
