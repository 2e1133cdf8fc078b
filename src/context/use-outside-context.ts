// Loads the outside-context facts only when something shows them (the about page, or the
// timeline lane once switched on), once per page load, from the site's own origin. Their
// reader (with its schemas) loads with them, not with the first view.
import { useEffect, useState } from 'react';
import type { DataIssue } from '../data/types';
import type { ContextFact } from './context-facts';

interface OutsideContext {
  readonly status: 'idle' | 'loading' | 'ready' | 'failed';
  readonly facts: readonly ContextFact[];
  readonly issues: readonly DataIssue[];
}

const IDLE: OutsideContext = { status: 'idle', facts: [], issues: [] };
let loading: Promise<OutsideContext> | null = null;

async function loadContext(): Promise<OutsideContext> {
  try {
    const { buildContext, CONTEXT_FILE } = await import('./context-facts');
    const response = await fetch(`${import.meta.env.BASE_URL}${CONTEXT_FILE}`, {
      cache: 'no-cache',
    });
    if (!response.ok) throw new Error(String(response.status));
    const { facts, issues } = buildContext(await response.text());
    return { status: 'ready', facts, issues };
  } catch {
    return { status: 'failed', facts: [], issues: [] };
  }
}

export function useOutsideContext(wanted: boolean): OutsideContext {
  const [context, setContext] = useState<OutsideContext>(IDLE);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    if (!loading) loading = loadContext();
    setContext((previous) =>
      previous.status === 'idle' ? { ...IDLE, status: 'loading' } : previous,
    );
    void loading.then((result) => {
      if (result.status === 'failed') loading = null; // let a later view try again
      if (current) setContext(result);
    });
    return () => {
      current = false;
    };
  }, [wanted]);
  return context;
}
