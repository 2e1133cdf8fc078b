// Autoplay: takes a step every `paceSeconds` until the end, and pauses as soon as the
// audience or the teacher does anything (a key, a click, a scroll, a touch) outside the
// autoplay controls themselves.
import { useEffect, useState } from 'react';

export const PACE_CHOICES_SECONDS = [5, 8, 12, 20, 30] as const;
export const DEFAULT_PACE_SECONDS = 12;

export type AutoplayStop = 'interaction' | 'end' | null;

export interface Autoplay {
  readonly playing: boolean;
  readonly paceSeconds: number;
  /** Why autoplay last stopped by itself, for the status line. */
  readonly stoppedBy: AutoplayStop;
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

export function useAutoplay(advance: () => boolean): Autoplay {
  const [playing, setPlaying] = useState(false);
  const [paceSeconds, setPace] = useState<number>(DEFAULT_PACE_SECONDS);
  const [stoppedBy, setStoppedBy] = useState<AutoplayStop>(null);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      if (!advance()) {
        setPlaying(false);
        setStoppedBy('end');
      }
    }, paceSeconds * 1000);
    const interrupt = (event: Event) => {
      if (isAutoplayControl(event)) return;
      setPlaying(false);
      setStoppedBy('interaction');
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
    stoppedBy,
    play: () => {
      setStoppedBy(null);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    setPace,
  };
}
