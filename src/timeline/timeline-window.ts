// Pure: window arithmetic for the timeline (zoom, fit inside the limits, is an event in view).
import type { AtlasEvent } from '../data/types';
import { MINIMUM_WINDOW_MS, type TimeWindow, WINDOW_LIMITS } from '../state/atlas-state';

/** The widest window: everything the user may scroll to. */
export const MAXIMUM_WINDOW_MS = WINDOW_LIMITS.endMs - WINDOW_LIMITS.startMs;

/** A window of the given width around `centreMs`, shifted (not cut) to stay inside the limits. */
export function windowAround(centreMs: number, widthMs: number): TimeWindow {
  const width = Math.min(MAXIMUM_WINDOW_MS, Math.max(MINIMUM_WINDOW_MS, widthMs));
  let startMs = Math.round(centreMs - width / 2);
  startMs = Math.max(WINDOW_LIMITS.startMs, Math.min(startMs, WINDOW_LIMITS.endMs - width));
  return { startMs, endMs: startMs + width };
}

/**
 * Zooms by `factor` (below 1 zooms in, above 1 out) so that `anchorMs` stays at the same place
 * on screen; without an anchor, around the window's centre.
 */
export function zoomWindow(window: TimeWindow, factor: number, anchorMs?: number): TimeWindow {
  const width = window.endMs - window.startMs;
  if (anchorMs === undefined) return windowAround(window.startMs + width / 2, width * factor);
  const share = (anchorMs - window.startMs) / width;
  const newWidth = Math.min(MAXIMUM_WINDOW_MS, Math.max(MINIMUM_WINDOW_MS, width * factor));
  return windowAround(anchorMs - share * newWidth + newWidth / 2, newWidth);
}

/** Share of the window's width at each edge where an item counts as not really in view. */
const EDGE_SHARE = 0.03;

/** True when part of the event lies inside the window, away from its very edges. */
export function isEventInView(event: AtlasEvent, window: TimeWindow): boolean {
  const inset = (window.endMs - window.startMs) * EDGE_SHARE;
  return event.startMs < window.endMs - inset && event.endMs > window.startMs + inset;
}
