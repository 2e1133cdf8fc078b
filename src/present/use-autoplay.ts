// Autoplay: takes a step every `paceSeconds` until the end, and pauses as soon as the
// audience or the teacher does anything (a key, a click, a scroll, a touch) outside the
// autoplay controls themselves.
import { useEffect, useRef, useState } from 'react';

export const PACE_CHOICES_SECONDS = [5, 8, 12, 20, 30] as const;
const DEFAULT_PACE_SECONDS = 12;

type AutoplayStop = 'interaction' | 'end';

export interface Autoplay {
  readonly playing: boolean;
  readonly paceSeconds: number;
  play(): void;
  pause(): void;
  setPace(seconds: number): void;
}

/** Elements marked with this attribute do not count as an interruption. */
export const AUTOPLAY_CONTROL_ATTRIBUTE = 'data-autoplay-control';

const INTERRUPTIONS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/**
 * Using the autoplay controls themselves is not an interruption: a click on them, Space or
 * Enter on their button, keys in the pace list. Any other key, even with the focus left on
 * the Play button (a clicker's PageDown), is.
 */
function isAutoplayControl(event: Event): boolean {
  const target = event.target;
  if (!(target instanceof Element) || !target.closest(`[${AUTOPLAY_CONTROL_ATTRIBUTE}]`))
    return false;
  if (!(event instanceof KeyboardEvent)) return true;
  return event.key === ' ' || event.key === 'Enter' || target.closest('select') !== null;
}

/** `onStop` hears why autoplay stopped by itself (for the status line). */
export function useAutoplay(
  advance: () => boolean,
  onStop: (reason: AutoplayStop) => void,
): Autoplay {
  const [playing, setPlaying] = useState(false);
  const [paceSeconds, setPace] = useState<number>(DEFAULT_PACE_SECONDS);
  const onStopRef = useRef(onStop);
  onStopRef.current = onStop;

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      if (!advance()) {
        setPlaying(false);
        onStopRef.current('end');
      }
    }, paceSeconds * 1000);
    const interrupt = (event: Event) => {
      if (isAutoplayControl(event)) return;
      setPlaying(false);
      onStopRef.current('interaction');
    };
    for (const type of INTERRUPTIONS)
      window.addEventListener(type, interrupt, { capture: true, passive: true });
    return () => {
      window.clearInterval(timer);
      for (const type of INTERRUPTIONS) window.removeEventListener(type, interrupt, true);
    };
  }, [playing, paceSeconds, advance]);

  return {
    playing,
    paceSeconds,
    play: () => setPlaying(true),
    pause: () => setPlaying(false),
    setPace,
  };
}
