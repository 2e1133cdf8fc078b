// User steps for the browser tests: what a visitor does and sees, in words. Specs use these
// instead of selectors, so a change of markup is mended here once.
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import jsQR from 'jsqr';

/** A rectangle on the page, in CSS pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export class AtlasDriver {
  constructor(
    readonly page: Page,
    private readonly testInfo: TestInfo,
  ) {}

  /** Opens the atlas (optionally with a query) and waits until the data is shown. */
  async open(query = ''): Promise<void> {
    await this.page.goto(query ? `./?${query.replace(/^\?/, '')}` : './');
    await this.page.getByTestId('timeline').waitFor();
    await this.timelineItems().first().waitFor();
  }

  /**
   * Waits until the data shown is the data that stays: the build's snapshot compared with the
   * data files once the map is drawn, and replaced if a test changed one (AtlasApp.tsx).
   */
  async waitForDataFiles(): Promise<void> {
    await this.page.locator('html[data-dataset-settled="true"]').waitFor({ state: 'attached' });
  }

  /** Saves a screenshot of the page as a test artifact (and into tests/e2e/artifacts/). */
  /**
   * The text spacing a page must bear without losing content (WCAG 1.4.12), set as a
   * reader's own style sheet or bookmarklet sets it: after the page has opened.
   */
  async setReaderTextSpacing(): Promise<void> {
    await this.page.addStyleTag({
      content:
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }',
    });
  }

  async screenshot(name: string): Promise<void> {
    const path = `tests/e2e/artifacts/${name}.png`;
    await this.page.screenshot({ path, fullPage: false });
    await this.testInfo.attach(name, { path, contentType: 'image/png' });
  }

  /** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; gives up after 80 presses. */
  async pressUntilFocused(target: Locator, key: 'Tab' | 'Shift+Tab'): Promise<void> {
    for (let presses = 0; presses < 80; presses += 1) {
      if (await target.evaluate((node) => node === document.activeElement)) return;
      await this.page.keyboard.press(key);
    }
  }

  query(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  /** The events' items a person can see: not those hidden under a stack of the same period. */
  timelineItems(): Locator {
    return this.page
      .getByTestId('timeline')
      .locator('.vis-item [data-event-id]')
      .filter({ visible: true });
  }

  /**
   * The events in view whose mark a pointer can reach: two compact marks of the same day in
   * the same lane are drawn on top of each other, and only the upper one takes a click.
   */
  async clickableTimelineEventIds(): Promise<string[]> {
    const shown = new Set(await this.visibleTimelineEventIds());
    return this.timelineItems().evaluateAll(
      (nodes, ids) =>
        nodes
          .filter((node) => {
            const id = node.getAttribute('data-event-id') ?? '';
            if (!ids.includes(id)) return false;
            const box = node.getBoundingClientRect();
            const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
            return hit?.closest('[data-event-id]')?.getAttribute('data-event-id') === id;
          })
          .map((node) => node.getAttribute('data-event-id') ?? ''),
      [...shown],
    );
  }

  timelineItem(eventId: string): Locator {
    return this.page.getByTestId('timeline').locator(`.vis-item [data-event-id="${eventId}"]`);
  }

  /** Events drawn inside the visible part of the timeline (vis-timeline keeps some beyond its edges). */
  async visibleTimelineEventIds(): Promise<string[]> {
    return this.timelineItems().evaluateAll((nodes) => {
      const panel = nodes[0]
        ?.closest('.vis-timeline')
        ?.querySelector('.vis-panel.vis-center')
        ?.getBoundingClientRect();
      return nodes
        .filter((node) => {
          const box =
            node.closest('.vis-item')?.getBoundingClientRect() ?? node.getBoundingClientRect();
          return !panel || (box.right > panel.left && box.left < panel.right);
        })
        .map((node) => node.getAttribute('data-event-id') ?? '');
    });
  }

  /** Whether the event's item is drawn inside the visible part of its lanes (not scrolled away). */
  async isTimelineItemShown(eventId: string): Promise<boolean> {
    return this.timelineItem(eventId).evaluate((node) => {
      const item = node.closest('.vis-item')?.getBoundingClientRect();
      const panel = node
        .closest('.vis-timeline')
        ?.querySelector('.vis-panel.vis-center')
        ?.getBoundingClientRect();
      if (!item || !panel) return false;
      return (
        item.top >= panel.top &&
        item.bottom <= panel.bottom &&
        item.right > panel.left &&
        item.left < panel.right
      );
    });
  }

  /** Whether some of the site's lane is inside the visible part of the lanes. */
  async isLaneShown(siteId: string): Promise<boolean> {
    return this.page
      .getByTestId('timeline')
      .locator(`.vis-label.site-${siteId}`)
      .evaluate((node) => {
        const lane = node.getBoundingClientRect();
        const panel = node
          .closest('.vis-timeline')
          ?.querySelector('.vis-panel.vis-left')
          ?.getBoundingClientRect();
        return !!panel && lane.bottom > panel.top + 4 && lane.top < panel.bottom - 4;
      });
  }

  /** How many CSS pixels the page is wider than the window (0 when nothing scrolls sideways). */
  async horizontalOverflow(): Promise<number> {
    const { overflow, beyond } = await this.page.evaluate(() => {
      const width = window.innerWidth;
      const overflow = document.documentElement.scrollWidth - width;
      if (overflow <= 0) return { overflow, beyond: [] };
      // To name in a failure: the outermost elements reaching past the window's right edge
      // that no clipping box of theirs cuts off.
      const clipped = (element: Element): boolean => {
        for (let box = element.parentElement; box; box = box.parentElement) {
          if (getComputedStyle(box).overflowX !== 'visible' && box !== document.documentElement) {
            if (box.getBoundingClientRect().right <= width + 0.5) return true;
          }
        }
        return false;
      };
      const past = [...document.querySelectorAll<HTMLElement>('body *')].filter(
        (element) => element.getBoundingClientRect().right > width + 0.5 && !clipped(element),
      );
      const outermost = past.filter((element) => !past.includes(element.parentElement as never));
      return {
        overflow,
        beyond: outermost.slice(0, 5).map((element) => {
          const box = element.getBoundingClientRect();
          const name = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
          return `${name}[${element.dataset.testid ?? ''}] ${Math.round(box.left)}–${Math.round(box.right)} px`;
        }),
      };
    });
    // Printed with a failing test's output: what made the page wider than the window.
    if (overflow > 0) console.log(`wider than the window by ${overflow} px:`, beyond.join('; '));
    return overflow;
  }

  /**
   * What covers what: the map, the timeline, the details and the introduction must not
   * overlap, and no visible control may lie over the map or the timeline unless it belongs
   * to it. Each finding is a sentence naming the two parts.
   */
  async overlaps(): Promise<string[]> {
    return this.page.evaluate(() => {
      type Box = { left: number; top: number; right: number; bottom: number };
      const regions: [string, string][] = [
        ['map', '[data-testid="map-view"]'],
        ['timeline', '[data-testid="timeline"]'],
        ['details', '[data-testid="details-panel"]'],
        ['introduction', '[data-testid="introduction"]'],
      ];
      const boxes = new Map<string, Box>();
      for (const [name, selector] of regions) {
        const element = document.querySelector(selector);
        if (element) boxes.set(name, element.getBoundingClientRect());
      }
      const intersect = (a: Box, b: Box): Box | null => {
        const box = {
          left: Math.max(a.left, b.left),
          top: Math.max(a.top, b.top),
          right: Math.min(a.right, b.right),
          bottom: Math.min(a.bottom, b.bottom),
        };
        // A shared border (1 px) is not an overlap.
        return box.right - box.left > 1 && box.bottom - box.top > 1 ? box : null;
      };
      const findings: string[] = [];
      const names = [...boxes.keys()];
      for (const [index, a] of names.entries()) {
        for (const b of names.slice(index + 1)) {
          const boxA = boxes.get(a);
          const boxB = boxes.get(b);
          if (boxA && boxB && intersect(boxA, boxB)) findings.push(`${a} overlaps ${b}`);
        }
      }
      const controls = document.querySelectorAll<HTMLElement>(
        'button, a[href], input, select, summary, [tabindex="0"]',
      );
      for (const control of controls) {
        const style = getComputedStyle(control);
        if (style.visibility === 'hidden' || style.display === 'none') continue;
        let box: Box | null = control.getBoundingClientRect();
        if (box.right - box.left < 1 || box.bottom - box.top < 1) continue;
        // A control inside a region is only seen where that region shows it (markers off
        // the map's edge are clipped away).
        const owner = regions.find(([, selector]) => control.closest(selector))?.[0];
        const ownerBox = owner ? boxes.get(owner) : undefined;
        if (ownerBox) box = intersect(box, ownerBox);
        if (!box) continue;
        for (const region of ['map', 'timeline']) {
          const regionBox = boxes.get(region);
          if (region === owner || !regionBox || !intersect(box, regionBox)) continue;
          const name =
            control.dataset.testid ?? control.getAttribute('aria-label') ?? control.textContent;
          findings.push(`${owner ?? 'page'} control "${name?.trim()}" overlaps the ${region}`);
        }
      }
      return findings;
    });
  }

  /** Whether the whole of the element is inside the window as the page stands (no scrolling). */
  async isOnFirstScreen(target: Locator): Promise<boolean> {
    return target.evaluate((node) => {
      const box = node.getBoundingClientRect();
      return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
    });
  }

  marker(siteId: string): Locator {
    return this.page.getByTestId(`site-marker-${siteId}`);
  }

  detailsPanel(): Locator {
    return this.page.getByTestId('details-panel');
  }

  async selectedEventId(): Promise<string | null> {
    const details = this.page.getByTestId('event-details');
    if ((await details.count()) === 0) return null;
    return details.getAttribute('data-event-id');
  }

  async clickTimelineItem(eventId: string): Promise<void> {
    await this.timelineItem(eventId).click();
  }

  async clickMarker(siteId: string): Promise<void> {
    await this.marker(siteId).click();
  }

  /** Opens the filters drawer from the header (if it is not open yet). */
  async openFilters(): Promise<void> {
    const toggle = this.page.getByTestId('filters-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await this.page.getByTestId('filters-drawer').waitFor();
  }

  async filterCategory(category: string): Promise<void> {
    await this.openFilters();
    await this.page.getByTestId(`filter-category-${category}`).check();
  }

  async search(text: string): Promise<void> {
    await this.openFilters();
    await this.page.getByTestId('search-input').fill(text);
  }

  introduction(): Locator {
    return this.page.getByTestId('introduction');
  }

  async openList(): Promise<void> {
    await this.page.getByTestId('show-list').click();
    await this.page.getByTestId('chronology-list').waitFor();
  }

  listItems(): Locator {
    return this.page.getByTestId('chronology-item');
  }

  /** Ticks "Show outside context" in the filters, as a reader would. */
  async showOutsideContext(): Promise<void> {
    await this.openFilters();
    await this.page.getByTestId('filter-show-context').check();
  }

  /** Whether the timeline has the lane of facts from outside the documents. */
  async isOutsideContextLaneShown(): Promise<boolean> {
    return (
      (await this.page.getByTestId('timeline').locator('.vis-label.lane-outside-context').count()) >
      0
    );
  }

  /** The outside-context items on the timeline: tag, full description and fill colour. */
  async outsideContextItems(): Promise<{ tag: string; description: string; background: string }[]> {
    return this.page
      .getByTestId('timeline')
      .locator('.vis-item [data-context-id]')
      .evaluateAll((nodes) =>
        nodes.map((node) => {
          const box = node.closest('.vis-item.vis-range') ?? node.closest('.vis-item-content');
          return {
            tag: node.querySelector('.timeline-context-tag')?.textContent ?? '',
            description: node.getAttribute('title') ?? '',
            background: box ? getComputedStyle(box).backgroundColor : '',
          };
        }),
      );
  }

  /** The fill colours of the documents' event items on the timeline. */
  async eventItemBackgrounds(): Promise<string[]> {
    return this.timelineItems().evaluateAll((nodes) =>
      nodes.map((node) => {
        const box = node.closest('.vis-item.vis-range') ?? node.closest('.vis-item-content');
        return box ? getComputedStyle(box).backgroundColor : '';
      }),
    );
  }

  /** The outside facts listed on the open about page: text, link and source line. */
  async outsideContextFacts(): Promise<{ text: string; href: string; source: string }[]> {
    const facts = this.page.getByTestId('outside-context-fact');
    await facts.first().waitFor();
    return facts.evaluateAll((nodes) =>
      nodes.map((node) => ({
        text: node.textContent ?? '',
        href: node.querySelector('a')?.getAttribute('href') ?? '',
        source: node.querySelector('.outside-context-source')?.textContent ?? '',
      })),
    );
  }

  /** The groups of figures the open "Where sources disagree" page compares, as read on it. */
  async comparedFigureGroups(): Promise<{ heading: string; values: string[] }[]> {
    const groups = this.page.getByTestId('disputed-view').getByTestId('figure-group');
    await groups.first().waitFor();
    return groups.evaluateAll((nodes) =>
      nodes.map((node) => ({
        heading: [...node.querySelectorAll('h4, .figure-scope')]
          .map((part) => part.textContent?.trim() ?? '')
          .join(' / '),
        values: [...node.querySelectorAll('.disagree-figure')].map(
          (value) => value.textContent?.trim() ?? '',
        ),
      })),
    );
  }

  /** Where the map looks once it has settled: its centre and zoom, as the map container says. */
  async mapCamera(): Promise<{ longitude: number; latitude: number; zoom: number }> {
    const container = this.page.getByTestId('map-canvas-container');
    const [longitude, latitude, zoom] = await Promise.all([
      container.getAttribute('data-center-longitude'),
      container.getAttribute('data-center-latitude'),
      container.getAttribute('data-zoom'),
    ]);
    return { longitude: Number(longitude), latitude: Number(latitude), zoom: Number(zoom) };
  }

  /**
   * Waits until the map has flown in past `zoom` and its camera has then stayed put for half a
   * second: no move is still under way (on a busy machine the end of a first flight could be
   * read while another move followed).
   */
  async waitForMapAtRest(zoom: number): Promise<void> {
    await expect.poll(async () => (await this.mapCamera()).zoom).toBeGreaterThan(zoom);
    await expect
      .poll(async () => {
        const before = JSON.stringify(await this.mapCamera());
        await this.page.waitForTimeout(500);
        return JSON.stringify(await this.mapCamera()) === before;
      })
      .toBe(true);
  }

  /**
   * The sites whose marker or name, as the map shows them, lies under `cover` (the chart, a
   * label): names of markers beyond the map's edges, which it clips away, are left out.
   */
  async sitesUnder(cover: Locator): Promise<string[]> {
    const coverBox = await cover.boundingBox();
    const mapBox = await this.page.getByTestId('map-canvas-container').boundingBox();
    if (!coverBox || !mapBox) return [];
    const sites = await this.namedBoxes(
      this.page.getByTestId('map-view').locator('.site-marker, .site-marker-name'),
    );
    return sites
      .filter(({ box }) => {
        const x = box.x + box.width / 2;
        const y = box.y + box.height / 2;
        const onMap =
          x > mapBox.x &&
          x < mapBox.x + mapBox.width &&
          y > mapBox.y &&
          y < mapBox.y + mapBox.height;
        return onMap && this.boxesOverlap(box, coverBox);
      })
      .map(({ name }) => name);
  }

  /**
   * The sites whose marker the map's edge cuts, or nearly: not wholly out of the map, and not
   * inside it with `room` pixels to spare on every side.
   */
  async sitesAtMapEdge(room: number): Promise<string[]> {
    const mapBox = await this.page.getByTestId('map-canvas-container').boundingBox();
    if (!mapBox) return [];
    const markers = await this.namedBoxes(
      this.page.getByTestId('map-view').locator('.site-marker'),
    );
    const inset = {
      x: mapBox.x + room,
      y: mapBox.y + room,
      width: mapBox.width - 2 * room,
      height: mapBox.height - 2 * room,
    };
    const within = (box: Box, frame: Box) =>
      box.x >= frame.x &&
      box.y >= frame.y &&
      box.x + box.width <= frame.x + frame.width &&
      box.y + box.height <= frame.y + frame.height;
    return markers
      .filter(({ box }) => this.boxesOverlap(box, mapBox) && !within(box, inset))
      .map(({ name }) => name);
  }

  /** Each element of `elements` with its text and its box on the page, read in one go. */
  async namedBoxes(elements: Locator): Promise<{ name: string; box: Box }[]> {
    return elements.evaluateAll((nodes) =>
      nodes.map((node) => {
        const { x, y, width, height } = node.getBoundingClientRect();
        return { name: node.textContent ?? '', box: { x, y, width, height } };
      }),
    );
  }

  /** Distance in degrees from the map's settled centre to a point (small distances only). */
  async mapCentreDistanceTo(longitude: number, latitude: number): Promise<number> {
    const camera = await this.mapCamera();
    return Math.hypot(camera.longitude - longitude, camera.latitude - latitude);
  }

  /** The ids of the timeline's selected items. */
  async selectedTimelineEventIds(): Promise<string[]> {
    return this.page
      .getByTestId('timeline')
      .locator('.vis-item.vis-selected [data-event-id]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event-id') ?? ''));
  }

  /** Ids of the events in the chronology list, in order. */
  async listEventIds(): Promise<string[]> {
    return this.listItems().evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-event-id') ?? ''),
    );
  }

  /** Share of the map canvas's pixels that differ from its most common colour. */
  async mapInkShare(): Promise<number> {
    const counts = await this.mapColourCounts();
    const total = counts.reduce((sum, [, count]) => sum + count, 0);
    const most = Math.max(...counts.map(([, count]) => count));
    return (total - most) / total;
  }

  /**
   * Share of the map's pixels within `tolerance` (per channel, 0–255) of the colour `hex`
   * (`#rrggbb`), as the visitor sees it: the water under the canvas included.
   */
  async mapColourShare(hex: string, tolerance = 8): Promise<number> {
    const wanted = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
    const counts = await this.mapColourCounts();
    const total = counts.reduce((sum, [, count]) => sum + count, 0);
    const near = counts
      .filter(([key]) =>
        [(key >> 16) & 255, (key >> 8) & 255, key & 255].every(
          (channel, index) => Math.abs(channel - (wanted[index] ?? 0)) <= tolerance,
        ),
      )
      .reduce((sum, [, count]) => sum + count, 0);
    return near / total;
  }

  /** How many of the map's pixels have each colour (0xrrggbb), once the map is drawn. */
  private async mapColourCounts(): Promise<[number, number][]> {
    const canvas = this.page.locator('.maplibregl-canvas');
    await canvas.waitFor();
    await this.page.locator('[data-map-ready="true"]').waitFor();
    // Only what WebGL drew and the water under it: the site markers, labels and controls
    // are DOM on top of the canvas.
    const image = await canvas.screenshot({
      style: '.maplibregl-marker, .maplibregl-control-container { visibility: hidden !important; }',
    });
    return this.page.evaluate(async (base64) => {
      // An <img> and not fetch(): the page's Content-Security-Policy allows data: images only.
      const bitmap = new Image();
      bitmap.src = `data:image/png;base64,${base64}`;
      await bitmap.decode();
      const canvasElement = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvasElement.getContext('2d');
      if (!context) return [];
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const counts = new Map<number, number>();
      for (let index = 0; index < data.length; index += 4) {
        const key =
          ((data[index] ?? 0) << 16) | ((data[index + 1] ?? 0) << 8) | (data[index + 2] ?? 0);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return [...counts];
    }, image.toString('base64'));
  }

  /** Opens the Share dialog from the header. */
  async openShare(): Promise<Locator> {
    await this.page.getByTestId('open-share').click();
    const dialog = this.page.getByTestId('share-dialog');
    await dialog.getByTestId('share-qr').waitFor();
    return dialog;
  }

  /** What a phone camera reads from a QR code on screen: its pixels, decoded by a QR reader. */
  async readQrCode(code: Locator): Promise<string | null> {
    const image = await code.screenshot();
    const rgba = await this.page.evaluate(async (base64) => {
      // An <img> and not fetch(): the page's Content-Security-Policy allows data: images only.
      const bitmap = new Image();
      bitmap.src = `data:image/png;base64,${base64}`;
      await bitmap.decode();
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) return null;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let binary = '';
      for (let index = 0; index < data.length; index += 0x8000)
        binary += String.fromCharCode(...data.subarray(index, index + 0x8000));
      return { base64: btoa(binary), width: bitmap.width, height: bitmap.height };
    }, image.toString('base64'));
    if (!rgba) return null;
    const pixels = new Uint8ClampedArray(Buffer.from(rgba.base64, 'base64'));
    return jsQR(pixels, rgba.width, rgba.height)?.data ?? null;
  }

  /** Waits until the WebGL map has drawn. */
  async waitForMap(): Promise<void> {
    await this.page.locator('[data-map-ready="true"]').waitFor();
  }

  /** Where the notice, the map, its legend, the timeline toolbar and axis are on screen. */
  async layoutBoxes(): Promise<Record<string, Box>> {
    const timeline = this.page.getByTestId('timeline');
    const parts: [string, Locator][] = [
      ['notice', this.page.getByTestId('notice-banner')],
      ['map', this.page.locator('.maplibregl-canvas')],
      ['map legend', this.page.getByTestId('map-legend')],
      ['timeline toolbar', timeline.getByRole('toolbar')],
      ['timeline axis', timeline.locator('.vis-time-axis.vis-foreground')],
    ];
    const boxes: Record<string, Box> = {};
    for (const [name, locator] of parts) {
      const box = await locator.first().boundingBox();
      if (!box) throw new Error(`${name} is not on the page`);
      boxes[name] = box;
    }
    return boxes;
  }

  /** Whether two boxes share more than a pixel (a shared border is not an overlap). */
  boxesOverlap(a: Box | undefined, b: Box | undefined): boolean {
    if (!a || !b) return false;
    const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
    const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
    return across > 1 && down > 1;
  }

  /** Opens the tour editor from the header. */
  async openTourEditor(): Promise<Locator> {
    await this.page.getByTestId('open-tour-editor').click();
    const editor = this.page.getByTestId('tour-editor');
    await editor.getByTestId('tour-title').waitFor();
    return editor;
  }
}
