// What a reader sees of the timeline, measured on the page: which lanes are on screen, how
// much of each title can be read, what the axis prints. Specs use these with the atlas driver.
import type { Locator, Page } from '@playwright/test';
import type { AtlasDriver } from './atlas-driver';

/** A title as rendered: its text, how many of its characters can be seen, and why not all. */
export interface RenderedTitle {
  readonly text: string;
  readonly visibleCharacters: number;
}

/** A lane's name and whether all of it is on the first screen, inside the timeline's lanes. */
export interface LaneOnScreen {
  readonly name: string;
  readonly onScreen: boolean;
}

export class TimelineDriver {
  readonly page: Page;

  constructor(readonly atlas: AtlasDriver) {
    this.page = atlas.page;
  }

  timeline(): Locator {
    return this.page.getByTestId('timeline');
  }

  /**
   * Events drawn in the items' area whose mark or bar lies wholly under other marks: no spot
   * of it is on top (sampled every 2 px along its middle), and its middle shows another
   * mark (not a bar of the page over the lanes). The spans under a stack's top are left
   * out: they are hidden on purpose and reached by clicking the stack again.
   */
  async eventsUnderOthers(): Promise<string[]> {
    return this.timeline().evaluate((timeline) => {
      const area = timeline.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
      if (!area) return [];
      const hidden: string[] = [];
      for (const content of timeline.querySelectorAll<HTMLElement>('.vis-item [data-event-id]')) {
        const item = content.closest<HTMLElement>('.vis-item');
        const box = item?.getBoundingClientRect();
        if (!item || item.classList.contains('is-stacked')) continue;
        if (!box || box.width === 0 || box.height === 0) continue;
        const left = Math.max(box.left, area.left);
        const right = Math.min(box.right, area.right);
        const y = box.top + box.height / 2;
        if (right <= left || y < area.top || y > area.bottom) continue;
        let reached = false;
        for (let x = left + 1; x < right - 1 && !reached; x += 2) {
          const hit = document.elementFromPoint(x, y);
          reached = hit !== null && item.contains(hit);
        }
        const cover = document.elementFromPoint(box.left + box.width / 2, y)?.closest('.vis-item');
        if (!reached && cover && timeline.contains(cover))
          hidden.push(content.dataset.eventId ?? '');
      }
      return hidden;
    });
  }

  /** The middle of an event's mark or bar on the page. */
  async itemMiddle(eventId: string): Promise<{ x: number; y: number }> {
    const item = this.timeline().locator('.vis-item', {
      has: this.page.locator(`[data-event-id="${eventId}"]`),
    });
    const box = await item.boundingBox();
    if (!box) throw new Error(`${eventId} is not drawn`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** The list a click on a pile of marks opens. */
  pile(): Locator {
    return this.page.getByTestId('timeline-pile');
  }

  /** Clicks (or taps) the middle of an event's mark or bar, as a person aims at it. */
  async pointAt(eventId: string, { tap = false } = {}): Promise<void> {
    const middle = await this.itemMiddle(eventId);
    if (tap) await this.page.touchscreen.tap(middle.x, middle.y);
    else await this.page.mouse.click(middle.x, middle.y);
  }

  /** Opens the atlas (optionally with a query) and waits until the titles are drawn. */
  async open(query = ''): Promise<void> {
    await this.atlas.open(query);
    await this.settle();
  }

  /** Waits until vis-timeline has drawn the titles for the current width (after layout). */
  async settle(): Promise<void> {
    await this.timeline()
      .locator('.vis-item:not(.is-compact) .timeline-item-title')
      .first()
      .waitFor();
    // Titles are placed after each redraw; two animation frames let the last one land.
    await this.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  }

  /**
   * Every lane, and whether it lies wholly inside both the window and the visible part of the
   * lanes, with the lanes scrolled to their top (nothing scrolled inside the timeline).
   */
  async lanes(): Promise<{ scrolledBy: number; lanes: LaneOnScreen[] }> {
    return this.timeline().evaluate((timeline) => {
      const left = timeline.querySelector<HTMLElement>('.vis-panel.vis-left');
      const panel = left?.getBoundingClientRect();
      const labels = [...timeline.querySelectorAll<HTMLElement>('.vis-labelset .vis-label')];
      return {
        scrolledBy: Math.abs(
          Number.parseFloat(
            timeline.querySelector<HTMLElement>('.vis-labelset')?.parentElement?.style.top ?? '0',
          ) || 0,
        ),
        lanes: labels.map((label) => {
          const box = label.getBoundingClientRect();
          const onScreen =
            !!panel &&
            box.height > 0 &&
            box.top >= panel.top - 1 &&
            box.bottom <= panel.bottom + 1 &&
            box.bottom <= window.innerHeight &&
            box.top >= 0;
          return { name: label.textContent?.trim() ?? '', onScreen };
        }),
      };
    });
  }

  /**
   * The titles a reader can see on the lanes: for each, how many of its characters are drawn
   * inside the lanes' visible area and not hidden by an ellipsis or overflow.
   */
  async visibleTitles(): Promise<RenderedTitle[]> {
    return this.timeline().evaluate((timeline) => {
      const panel = timeline.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
      if (!panel) return [];
      const titles = [...timeline.querySelectorAll<HTMLElement>('.vis-item .timeline-item-title')];
      const result: { text: string; visibleCharacters: number }[] = [];
      for (const title of titles) {
        const box = title.getBoundingClientRect();
        if (box.width === 0 || getComputedStyle(title).visibility === 'hidden') continue;
        if (box.right <= panel.left || box.left >= panel.right) continue;
        if (box.bottom <= panel.top || box.top >= panel.bottom) continue;
        const text = title.textContent ?? '';
        const node = title.firstChild;
        // Count the characters whose glyphs lie inside both the panel and the title's own box
        // (an ellipsis or `overflow: hidden` cuts them at the box).
        const right = Math.min(panel.right, box.right);
        const left = Math.max(panel.left, box.left);
        let visibleCharacters = 0;
        if (node?.nodeType === Node.TEXT_NODE) {
          const range = document.createRange();
          for (let index = 0; index < text.length; index += 1) {
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            const glyph = range.getBoundingClientRect();
            if (glyph.left >= left - 0.5 && glyph.right <= right + 0.5) visibleCharacters += 1;
          }
        }
        // An ellipsis takes the place of the last character it leaves.
        const cut = title.scrollWidth > title.clientWidth + 1;
        result.push({ text, visibleCharacters: visibleCharacters - (cut ? 1 : 0) });
      }
      return result;
    });
  }

  /**
   * The whole titles (not compact marks) of which a letter cannot be read: drawn outside the
   * lanes' visible area, or under another mark or title (the middle of the letter does not
   * hit its own item). Each with how many letters, e.g. "US Embassy statement…: 9 cut".
   */
  async titlesNotReadable(): Promise<string[]> {
    return this.timeline().evaluate((timeline) => {
      const panel = timeline.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
      if (!panel) return ['no lanes'];
      const problems: string[] = [];
      const titles = timeline.querySelectorAll<HTMLElement>(
        '.vis-item:not(.is-compact) .timeline-item-title',
      );
      for (const title of titles) {
        const item = title.closest('.vis-item');
        const node = title.firstChild;
        const text = title.textContent ?? '';
        if (!item || node?.nodeType !== Node.TEXT_NODE) continue;
        const range = document.createRange();
        let cut = 0;
        let covered = 0;
        for (let index = 0; index < text.length; index += 1) {
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const glyph = range.getBoundingClientRect();
          if (glyph.left < panel.left - 0.5 || glyph.right > panel.right + 0.5) {
            cut += 1;
            continue;
          }
          if (glyph.top < panel.top || glyph.bottom > panel.bottom) continue;
          const hit = document.elementFromPoint(
            glyph.left + glyph.width / 2,
            glyph.top + glyph.height / 2,
          );
          if (!hit || !item.contains(hit)) covered += 1;
        }
        if (cut > 0) problems.push(`${text}: ${cut} cut`);
        if (covered > 0) problems.push(`${text}: ${covered} covered`);
      }
      return problems;
    });
  }

  /** The axis labels shown (not hidden), left to right. */
  async axisLabels(): Promise<string[]> {
    return this.timeline().evaluate((timeline) => {
      const axis = timeline.querySelector('.vis-time-axis.vis-foreground');
      const box = axis?.getBoundingClientRect();
      if (!axis || !box) return [];
      return [...axis.querySelectorAll<HTMLElement>('.vis-text')]
        .filter((label) => {
          const own = label.getBoundingClientRect();
          return (
            getComputedStyle(label).visibility !== 'hidden' &&
            own.width > 0 &&
            own.right > box.left &&
            own.left < box.right
          );
        })
        .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
        .map((label) => label.textContent?.trim() ?? '');
    });
  }

  /** The window the link records, as [from, to] in milliseconds. */
  windowInLink(): [number, number] {
    const query = this.atlas.query();
    return [Date.parse(query.get('from') ?? ''), Date.parse(query.get('to') ?? '')];
  }

  /**
   * Where a pointer can reach a drawn item of one of `eventIds` (a spot of its bar that
   * hit-tests to it), with the count it shows, if any (`counted`: only an item showing one);
   * null when none can be reached.
   */
  async reachableItem(
    eventIds: readonly string[],
    { counted = false } = {},
  ): Promise<{ eventId: string; x: number; y: number; count: string } | null> {
    return this.timeline().evaluate(
      (timeline, [wanted, onlyCounted]) => {
        for (const content of timeline.querySelectorAll<HTMLElement>('.vis-item [data-event-id]')) {
          if (!wanted.includes(content.dataset.eventId ?? '')) continue;
          const item = content.closest<HTMLElement>('.vis-item');
          if (!item) continue;
          const box = item.getBoundingClientRect();
          const y = box.top + box.height / 2;
          for (let x = box.left + 2; x < box.right - 2; x += 2) {
            const hit = document.elementFromPoint(x, y);
            if (!hit || !item.contains(hit)) continue;
            const badge = item.querySelector<HTMLElement>('.timeline-stack-count');
            const count =
              badge && getComputedStyle(badge).display !== 'none' ? (badge.textContent ?? '') : '';
            if (onlyCounted && !count) break;
            return { eventId: content.dataset.eventId ?? '', x, y, count };
          }
        }
        return null;
      },
      [eventIds, counted] as const,
    );
  }
}
