// Pure: compact spans of one lane with the very same period (nine countries' resettlement,
// 2012–2016, in the first view) were drawn exactly one over the other: a person saw one bar,
// and only the top one could be pointed at. Such spans are now drawn as one stack: the top
// span (the chosen event if it is one of them, else the first by id) shows how many there
// are, the others are hidden (see timeline.css), and a click on the stack's chosen top
// steps to the next of them (TimelineView.tsx), so every one can be reached.

import { compareIds } from '../data/compare-ids';
import { strings } from '../i18n/strings';
import type { PlacedItem } from './label-placement';

/** A span under the top of its stack: hidden, reached through the top. */
export const STACKED_CLASS = 'is-stacked';
/** The top of a stack: it shows the stack's count. */
export const STACK_TOP_CLASS = 'is-stack-top';

/** The events of the stack's lane and period, by id (the order a click steps through),
 *  whether on the strip or not; on the top item only. */
export type StackedItem = PlacedItem & { readonly stack?: readonly string[] };

const isEventSpan = (item: PlacedItem) => item.type === 'range' && item.label.kind === 'event';

/** The items, with each stack of identical compact spans drawn as one (see above). */
export function stackIdenticalSpans(
  items: readonly PlacedItem[],
  selectedId: string | null,
): StackedItem[] {
  // Every event span of a lane and period, wherever drawn: the chosen one may have left the
  // strip for a row with its title, and a click on the stack then goes on from it.
  const periods = new Map<string, PlacedItem[]>();
  for (const item of items) {
    if (!isEventSpan(item)) continue;
    const key = `${item.group}\u0000${item.start}\u0000${item.end ?? item.start}`;
    const period = periods.get(key) ?? [];
    period.push(item);
    periods.set(key, period);
  }
  const changed = new Map<string, StackedItem>();
  for (const period of periods.values()) {
    const byId = [...period].sort((a, b) => compareIds(a.id, b.id));
    const onStrip = byId.filter((item) => item.subgroup === 'compact');
    if (onStrip.length < 2) continue;
    const top = onStrip.find((item) => item.id === selectedId) ?? onStrip[0];
    if (top?.label.kind !== 'event') continue;
    const others = onStrip
      .filter((item) => item !== top)
      .map((item) => (item.label.kind === 'event' ? item.label.title : ''));
    const description = `${top.label.description} ${strings.timelineStackDescription(onStrip.length, others)}`;
    changed.set(top.id, {
      ...top,
      className: `${top.className} ${STACK_TOP_CLASS}`,
      // The plain text that tells the timeline the item changed (sync-items.ts).
      content: description,
      label: { ...top.label, description, stackCount: onStrip.length },
      stack: byId.map((item) => item.id),
    });
    for (const item of onStrip) {
      if (item !== top)
        changed.set(item.id, { ...item, className: `${item.className} ${STACKED_CLASS}` });
    }
  }
  return items.map((item) => changed.get(item.id) ?? item);
}

/**
 * The event a click on `clickedId` chooses: on a stack's top, while an event of the same lane
 * and period is chosen (on the stack or on a row with its title), the next of them by id;
 * else the clicked one.
 */
export function eventForClick(
  clicked: StackedItem | undefined,
  clickedId: string,
  selectedId: string | null,
): string {
  const stack = clicked?.stack;
  const index = selectedId === null || !stack ? -1 : stack.indexOf(selectedId);
  if (!stack || index < 0) return clickedId;
  return stack[(index + 1) % stack.length] ?? clickedId;
}

/**
 * The events drawn as one with the item `id`: itself and, for a stack's top, the spans
 * hidden under it (not those of its period drawn on a row with their title).
 */
export function eventsDrawnAs(items: ReadonlyMap<string, StackedItem>, id: string): string[] {
  const stack = items.get(id)?.stack;
  if (!stack) return [id];
  const hiddenUnder = stack.filter(
    (other) =>
      other !== id && (items.get(other)?.className.split(' ').includes(STACKED_CLASS) ?? false),
  );
  return [id, ...hiddenUnder];
}
