// Whether the visitor's main pointer is a finger (a phone or a tablet). There a one-finger
// swipe over the map or the timeline must scroll the page, so both take cooperative gestures.
import { useState } from 'react';

/** Read once: the map is re-created when its gesture mode changes, so it must not flicker. */
export function useTouchFirst(): boolean {
  const [touchFirst] = useState(
    () => globalThis.matchMedia?.('(pointer: coarse)').matches ?? false,
  );
  return touchFirst;
}
