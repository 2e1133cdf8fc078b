// Loads a source document's text once per file and keeps it for the session.
import { useEffect, useState } from 'react';
import { loadSourceText } from '../data/load-dataset';

const cache = new Map<string, Promise<string | null>>();

export type SourceTextState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; text: string };

export function useSourceText(file: string | null): SourceTextState {
  const [state, setState] = useState<SourceTextState>({ status: 'loading' });
  useEffect(() => {
    if (file === null) return;
    let cancelled = false;
    setState({ status: 'loading' });
    let pending = cache.get(file);
    if (!pending) {
      pending = loadSourceText(file);
      cache.set(file, pending);
    }
    pending.then((text) => {
      if (cancelled) return;
      if (text === null) cache.delete(file);
      setState(text === null ? { status: 'failed' } : { status: 'ready', text });
    });
    return () => {
      cancelled = true;
    };
  }, [file]);
  return state;
}
