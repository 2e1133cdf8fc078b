// Cooperative wheel for a timeline inside a frame or a long page: the plain wheel belongs to
// the page, Ctrl/⌘ + wheel (and a trackpad pinch, which the browser reports with Ctrl) to
// the timeline.
import { useEffect, useState } from 'react';

/** How long the hint stays up after the last plain wheel turn, in milliseconds. */
const WHEEL_HINT_MS = 1500;

/**
 * In cooperative mode a plain wheel turn is stopped before vis-timeline sees it (so the
 * browser scrolls the page instead) and a hint says how to zoom. Returns whether to show it.
 */
export function useCooperativeWheel(
  containerRef: { readonly current: HTMLElement | null },
  cooperative: boolean,
): boolean {
  const [hintShown, setHintShown] = useState(false);
  useEffect(() => {
    const container = containerRef.current;
    if (!container || !cooperative) return;
    let timer: number | undefined;
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || event.metaKey) return;
      event.stopPropagation();
      setHintShown(true);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setHintShown(false), WHEEL_HINT_MS);
    };
    // Capture: this runs before vis-timeline's own listeners on the elements inside.
    container.addEventListener('wheel', onWheel, { capture: true, passive: true });
    return () => {
      container.removeEventListener('wheel', onWheel, { capture: true });
      window.clearTimeout(timer);
    };
  }, [containerRef, cooperative]);
  return hintShown;
}
