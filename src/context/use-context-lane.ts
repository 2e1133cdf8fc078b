// The timeline's outside-context lane, present only while "Show outside context" is on.
import { useMemo } from 'react';
import { buildContextLane } from './context-lane';
import { useOutsideContext } from './use-outside-context';
import './context.css';

export function useContextLane(shown: boolean): ReturnType<typeof buildContextLane> | null {
  const context = useOutsideContext(shown);
  return useMemo(
    () => (shown && context.status === 'ready' ? buildContextLane(context.facts) : null),
    [shown, context],
  );
}
