// Auto-height: tells the framing page how tall the widget would like to be, that is the
// frame's height plus whatever its scrolling parts (the details card, the list) hide below
// their fold. When the page follows (embed.js does), those parts stop scrolling and the
// wanted height stays put, so the two never chase each other.
import { type RefObject, useEffect } from 'react';
import { API_VERSION } from './embed-messages';
import { postToParent, talkingParent } from './use-embed-bridge';

/** The widget never asks for less or more than this many CSS pixels. */
export const MIN_HEIGHT_PX = 240;
export const MAX_HEIGHT_PX = 900;

/** Pure: the height to ask for, given the frame's height and its scrolling parts. */
export function wantedHeight(
  frameHeight: number,
  scrollers: readonly { scrollHeight: number; clientHeight: number }[],
): number {
  const hidden = Math.max(0, ...scrollers.map((part) => part.scrollHeight - part.clientHeight));
  return Math.round(Math.min(MAX_HEIGHT_PX, Math.max(MIN_HEIGHT_PX, frameHeight + hidden)));
}

/** Wait after a change before measuring, so a burst of changes is measured once (ms). */
const MEASURE_DELAY_MS = 30;

/** After asking for a height, look again this much later (ms). */
const SETTLE_DELAY_MS = 300;

/** Scrolling parts of the widget are marked with this attribute. */
const SCROLLER_SELECTOR = '[data-embed-scroller]';

export function useAutoHeight(root: RefObject<HTMLElement | null>, parentOrigin: string | null) {
  useEffect(() => {
    const element = root.current;
    if (!element || !talkingParent(parentOrigin)) return;
    let sent = 0;
    let timer: number | undefined;
    let settle: number | undefined;
    const measure = () => {
      timer = undefined;
      const height = wantedHeight(document.documentElement.clientHeight, scrollers);
      if (Math.abs(height - sent) < 2) return;
      sent = height;
      postToParent({ v: API_VERSION, type: 'atlas:resize', height }, parentOrigin);
      // Once the page has resized the frame, measure again: the timeline may take some of the
      // new room. A frame scrolled out of sight gets no resize notices (the browser does not
      // lay it out for them), but its timers still run.
      window.clearTimeout(settle);
      settle = window.setTimeout(schedule, SETTLE_DELAY_MS);
    };
    // A timer, not an animation frame: those pause in a frame scrolled out of sight.
    const schedule = () => {
      timer ??= window.setTimeout(measure, MEASURE_DELAY_MS);
    };
    // A scroller's content changes size with the selection, the filters or the window, and
    // is replaced when the view switches; the frame changes size when the page resizes it.
    const scrollers = [...element.querySelectorAll<HTMLElement>(SCROLLER_SELECTOR)];
    const observer = new ResizeObserver(schedule);
    const observeAll = () => {
      observer.disconnect();
      observer.observe(document.documentElement);
      for (const scroller of scrollers) {
        observer.observe(scroller);
        for (const child of scroller.children) observer.observe(child);
      }
      schedule();
    };
    const mutations = new MutationObserver(observeAll);
    for (const scroller of scrollers) mutations.observe(scroller, { childList: true });
    observeAll();
    return () => {
      observer.disconnect();
      mutations.disconnect();
      window.clearTimeout(timer);
      window.clearTimeout(settle);
    };
  }, [root, parentOrigin]);
}
