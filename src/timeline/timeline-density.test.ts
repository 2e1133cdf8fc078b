// How many items the timeline draws, read as sentences.
import { describe, expect, it } from 'vitest';
import { edtfEndMs, edtfStartMs, parseEdtfDate } from '../data/edtf';
import type { AtlasEvent } from '../data/types';
import type { TimeWindow } from '../state/atlas-state';
import {
  itemsToDraw,
  periodAround,
  periodLengthFor,
  periodOfItemId,
  planDrawing,
  timelineItemsFor,
} from './timeline-density';

function makeEvent(id: string, dateText: string, siteId = 'camp-ashraf'): AtlasEvent {
  const parsed = parseEdtfDate(dateText);
  if (!parsed.ok) throw new Error(parsed.error);
  return {
    id,
    date: parsed.value,
    siteId,
    category: 'attack',
    title: `Event ${id}`,
    summary: '',
    startMs: edtfStartMs(parsed.value),
    endMs: edtfEndMs(parsed.value),
    claims: [],
  };
}

/** `count` events, one every `stepDays` days from 1 January 2000, alternating two sites. */
function manyEvents(count: number, stepDays = 1): AtlasEvent[] {
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2000, 0, 1 + index * stepDays)).toISOString().slice(0, 10);
    return makeEvent(`e${index}`, day, index % 2 === 0 ? 'camp-ashraf' : 'camp-liberty');
  });
}

const names = new Map([
  ['camp-ashraf', 'Camp Ashraf'],
  ['camp-liberty', 'Camp Liberty'],
]);
const years = (from: number, to: number): TimeWindow => ({
  startMs: Date.UTC(from, 0, 1),
  endMs: Date.UTC(to, 0, 1),
});

describe('timelineItemsFor', () => {
  it('draws every event when there are few, whatever the window', () => {
    const events = manyEvents(50);
    const items = timelineItemsFor(events, years(1990, 1991), null, names);
    expect(items.map((item) => item.id)).toEqual(events.map((event) => event.id));
  });

  it('draws only the events within reach of the window when there are many', () => {
    const events = manyEvents(2000);
    const window = { startMs: Date.UTC(2001, 0, 1), endMs: Date.UTC(2001, 2, 1) };
    const items = timelineItemsFor(events, window, null, names, 400);
    // Two months and a month either side: about 120 days of daily events.
    expect(items.length).toBeGreaterThan(100);
    expect(items.length).toBeLessThan(130);
    expect(items.every((item) => !item.id.startsWith('period|'))).toBe(true);
  });

  it('draws counts per lane and period when too many events are within reach', () => {
    const events = manyEvents(10_000);
    const items = timelineItemsFor(events, years(1986, 2017), null, names);
    expect(items.length).toBeLessThan(100);
    const periods = items.filter((item) => item.id.startsWith('period|'));
    expect(periods.length).toBeGreaterThan(0);
    expect(periods[0]?.content).toMatch(/\d[\d,]* events/);
    expect(periods[0]?.content).toContain('Camp Ashraf');
  });

  it('counts every event within reach exactly once', () => {
    const events = manyEvents(10_000);
    const items = timelineItemsFor(events, years(2000, 2010), null, names);
    const counted = items.reduce((total, item) => {
      if (!item.id.startsWith('period|')) return total + 1;
      return total + Number(/([\d,]+) events/.exec(item.content)?.[1]?.replace(/,/g, '') ?? 0);
    }, 0);
    // The window and half a window either side.
    const { startMs, endMs } = years(2000, 2010);
    const reach = {
      startMs: startMs - (endMs - startMs) / 2,
      endMs: endMs + (endMs - startMs) / 2,
    };
    const inReach = events.filter((e) => e.startMs < reach.endMs && e.endMs > reach.startMs);
    expect(counted).toBe(inReach.length);
  });

  it('always draws the selected event on its own', () => {
    const events = manyEvents(10_000);
    const selected = events[5000]?.id ?? '';
    const items = timelineItemsFor(events, years(1986, 2017), selected, names);
    expect(items.filter((item) => item.id === selected)).toHaveLength(1);
    const far = timelineItemsFor(events, years(1986, 1987), selected, names);
    expect(far.some((item) => item.id === selected)).toBe(true);
  });

  it('hands back the same item objects for the same events, so updates can skip them', () => {
    const events = manyEvents(100);
    const first = timelineItemsFor(events, years(1990, 1991), null, names);
    const second = timelineItemsFor(events, years(2000, 2001), null, names);
    expect(second[7]).toBe(first[7]);
  });
});

describe('a drawing plan reused across selections', () => {
  const countOf = (content: string) =>
    Number(/([\d,]+) events/.exec(content)?.[1]?.replace(/,/g, ''));

  it('takes the selected event out of its period count and draws it on its own', () => {
    const events = manyEvents(10_000);
    const plan = planDrawing(events, years(2000, 2010), names);
    const selected = events[1234];
    const before = itemsToDraw(plan, null);
    const after = itemsToDraw(plan, selected?.id ?? null);
    const holding = (items: typeof before) =>
      items.find((item) => {
        const period = periodOfItemId(item.id);
        return (
          period !== null &&
          period.siteId === selected?.siteId &&
          period.startMs <= (selected?.startMs ?? 0) &&
          (selected?.startMs ?? 0) < period.endMs
        );
      });
    expect(countOf(holding(after)?.content ?? '')).toBe(
      countOf(holding(before)?.content ?? '') - 1,
    );
    expect(after.filter((item) => item.id === selected?.id)).toHaveLength(1);
    expect(after).toHaveLength(before.length + 1);
  });

  it('gives what a fresh plan gives, for any selection, in or out of reach', () => {
    const events = manyEvents(10_000);
    const window = years(2000, 2010);
    const plan = planDrawing(events, window, names);
    const summary = (items: ReturnType<typeof itemsToDraw>) =>
      items.map((item) => `${item.id} ${item.content}`).sort();
    for (const selected of [null, 'e0', 'e4321', 'e9999', 'no-such-event'])
      expect(summary(itemsToDraw(plan, selected))).toEqual(
        summary(timelineItemsFor(events, window, selected, names)),
      );
  });

  it('hands back the same count items from one selection to the next', () => {
    const events = manyEvents(10_000);
    const plan = planDrawing(events, years(2000, 2010), names);
    const first = itemsToDraw(plan, 'e10');
    const second = itemsToDraw(plan, 'e9000');
    const counts = first.filter((item) => second.includes(item));
    expect(counts.length).toBeGreaterThan(first.length - 3);
  });
});

describe('periods', () => {
  it('uses about a dozen periods per window, in calendar years and months', () => {
    expect(periodLengthFor(years(1986, 2017))).toBeGreaterThan(2 * 365 * 86_400_000);
    const year = periodAround(Date.UTC(2011, 3, 8), periodLengthFor(years(2000, 2012)));
    expect(year).toEqual({ startMs: Date.UTC(2011, 0, 1), endMs: Date.UTC(2012, 0, 1) });
    const month = periodAround(Date.UTC(2011, 3, 8), periodLengthFor(years(2011, 2012)));
    expect(month).toEqual({ startMs: Date.UTC(2011, 3, 1), endMs: Date.UTC(2011, 4, 1) });
  });

  it('reads a period back from its item id, and nothing from an event id', () => {
    const items = timelineItemsFor(manyEvents(5000), years(1986, 2017), null, names);
    const period = items.find((item) => item.id.startsWith('period|'));
    expect(periodOfItemId(period?.id ?? '')).toMatchObject({ siteId: expect.any(String) });
    expect(periodOfItemId('2011-04-08-ashraf-raid')).toBeNull();
  });
});
