// Measures timeline titles in the type the page really uses (a canvas, no layout), so the
// label layout knows which titles fit. A hidden sample title stays in the timeline: its type
// is read from it after each redraw, and a change in its size (a reader's own letter spacing
// or text size applied after the page opened) asks for the titles to be placed again.
import { type TextType, textTypeOf, textWidthMeasure } from '../theme/text-width';

const PROBE_CLASS = 'title-type-probe';

/** The hidden sample title in `container`, added the first time it is asked for. */
function titleProbe(container: HTMLElement): HTMLElement {
  const found = container.querySelector<HTMLElement>(`:scope > .${PROBE_CLASS}`);
  if (found) return found;
  const probe = document.createElement('span');
  probe.className = `timeline-item-title ${PROBE_CLASS}`;
  probe.setAttribute('aria-hidden', 'true');
  // A space and letters, so that word and letter spacing both change its size.
  probe.textContent = 'Camp Ashraf';
  container.append(probe);
  return probe;
}

/** The type titles are drawn in inside `container`. */
export function titleType(container: HTMLElement): TextType {
  return textTypeOf(getComputedStyle(titleProbe(container)));
}

/** A measuring function for titles in one type, remembering each result. */
export function titleMeasure(type: TextType): (title: string) => number {
  return textWidthMeasure(type);
}

/**
 * Calls `onChange` whenever the sample title changes size after it is first seen (not for
 * that first sighting: the timeline's own first drawing reads the type). Returns the stop.
 */
export function watchTitleType(container: HTMLElement, onChange: () => void): () => void {
  const probe = titleProbe(container);
  let seen: string | null = null;
  const observer = new ResizeObserver((entries) => {
    const box = entries.at(-1)?.contentRect;
    if (!box) return;
    const size = `${box.width}x${box.height}`;
    if (seen !== null && size !== seen) onChange();
    seen = size;
  });
  observer.observe(probe);
  return () => {
    observer.disconnect();
    probe.remove();
  };
}
