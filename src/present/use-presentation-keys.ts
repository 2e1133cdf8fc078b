// The presentation keys, from anywhere on the page. Registered in the capture phase while
// presenting, so a clicker's arrows step the tour even when the timeline has focus; outside
// presentation only F (start presenting) is taken.
import { useEffect, useRef } from 'react';
import {
  focusContextOf,
  type PresentationCommand,
  presentationCommandFor,
} from './presentation-keys';

export function usePresentationKeys(
  presenting: boolean,
  onCommand: (command: PresentationCommand) => void,
) {
  const onCommandRef = useRef(onCommand);
  onCommandRef.current = onCommand;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = presentationCommandFor(event, focusContextOf(event.target));
      if (command === null || (!presenting && command !== 'fullscreen')) return;
      // An open dialog (the source reader) keeps its own keys, Escape included.
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      event.preventDefault();
      event.stopPropagation();
      onCommandRef.current(command);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [presenting]);
}
