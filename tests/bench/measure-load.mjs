// One cold load of one page (the atlas or TimelineJS) in a fresh browser context, and the
// interactions after it: every figure the benchmark reports, from a single load.
import {
  heapAfterGc,
  installProbes,
  measureFrames,
  measureInput,
  readMetrics,
  waitForLoad,
} from './page-probes.mjs';

const VIEWPORT = { width: 1366, height: 768 };

/** How each page is driven: what its first item is, what to click, how to zoom. */
export const TARGETS = {
  atlas: {
    selectors: {
      firstItem: '[data-testid="timeline"] .vis-item',
      mapDrawn: '[data-map-ready="true"]',
    },
    item: '[data-testid="timeline"] .vis-item [data-event-id]',
    idFrom: { closest: '[data-event-id]', attribute: 'data-event-id' },
    shown: 'details',
    nextShown: 'detailsOtherThan',
    currentId: () =>
      document.querySelector('[data-testid="event-details"]')?.getAttribute('data-event-id'),
    keyTarget: '[data-testid="timeline-keyboard-region"]',
    surface: '[data-testid="timeline"] .vis-center',
  },
  timelinejs: {
    selectors: { firstItem: '.tl-timemarker' },
    item: '.tl-timemarker .tl-timemarker-content-container',
    idFrom: { closest: '.tl-timemarker', attribute: 'id' },
    shown: 'markerActive',
    nextShown: 'markerOtherThan',
    currentId: () => document.querySelector('.tl-timemarker-active')?.id,
    keyTarget: null,
    surface: '.tl-timenav',
  },
};

/**
 * A shown item whose centre is not covered by another and lies over no other item, as a
 * person would click it to open it (a click on marks lying one over another lists them).
 */
async function clickableItem(page, target) {
  return page.evaluate(
    ([selector, idFrom]) => {
      const itemId = (element) => element.closest(idFrom.closest)?.getAttribute(idFrom.attribute);
      const items = [...document.querySelectorAll(selector)];
      const inView = items.filter((element) => {
        const box = element.getBoundingClientRect();
        const x = box.left + Math.min(box.width / 2, 20);
        const y = box.top + box.height / 2;
        return (
          box.width > 0 &&
          x > 0 &&
          x < innerWidth &&
          y > 0 &&
          y < innerHeight &&
          element.contains(document.elementFromPoint(x, y)) &&
          new Set(
            document
              .elementsFromPoint(x, y)
              .map((under) => under.closest(selector))
              .filter((under) => under !== null),
          ).size === 1
        );
      });
      const element = inView[Math.floor(inView.length / 2)];
      if (!element) return null;
      const box = element.getBoundingClientRect();
      return {
        id: itemId(element),
        x: box.left + Math.min(box.width / 2, 20),
        y: box.top + box.height / 2,
      };
    },
    [target.item, target.idFrom],
  );
}

async function centreOf(page, selector) {
  const box = await page.locator(selector).first().boundingBox();
  return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
}

async function interact(page, app, target, figures) {
  const item = await clickableItem(page, target);
  if (item) {
    const click = await measureInput(
      page,
      () => page.mouse.click(item.x, item.y),
      target.shown,
      item.id,
    );
    figures.clickMs = click?.latency ?? null;
    figures.clickLongestTaskMs = click?.longestTask ?? null;
  }
  const current = await page.evaluate(`(${target.currentId.toString()})()`);
  if (current) {
    if (target.keyTarget) await page.focus(target.keyTarget);
    const next = await measureInput(
      page,
      () => page.keyboard.press('ArrowRight'),
      target.nextShown,
      current,
      5000,
    );
    figures.nextKeyMs = next?.latency ?? null;
  }
  const surface = await centreOf(page, target.surface);
  if (surface) {
    figures.zoom = await measureFrames(page, async () => {
      if (app === 'atlas') {
        await page.mouse.move(surface.x, surface.y);
        await page.keyboard.down('Control');
        for (let step = 0; step < 5; step += 1) await page.mouse.wheel(0, -240);
        await page.keyboard.up('Control');
      } else {
        const zoomIn = page.locator('.tl-menubar-button:has(.tl-icon-zoom-in)');
        for (let step = 0; step < 3; step += 1) await zoomIn.click();
      }
    });
    figures.pan = await measureFrames(page, async () => {
      await page.mouse.move(surface.x, surface.y + 10);
      await page.mouse.down();
      for (let step = 1; step <= 10; step += 1) {
        await page.mouse.move(surface.x - step * 40, surface.y + 10);
      }
      await page.mouse.up();
    });
  }
  if (app === 'atlas') {
    // The filters live in a drawer behind the header's Filters button; opening it is not
    // part of what is timed.
    await page.getByTestId('filters-toggle').click();
    await page.getByTestId('filter-category-attack').waitFor();
    const filter = await measureInput(
      page,
      () => page.getByTestId('filter-category-attack').check(),
      'onlyCategory',
      'attack',
    );
    figures.filterMs = filter?.latency ?? null;
  }
}

/**
 * Loads `url` cold, in a browser of its own (a crash or a page stuck in one long task cannot
 * spoil the next load), and measures it; `opened: false` when it did not open in time.
 */
export async function measureLoad(launch, app, url, timeoutMs, interactTimeoutMs) {
  const browser = await launch();
  try {
    return await measureInBrowser(browser, app, url, timeoutMs, interactTimeoutMs);
  } catch (error) {
    return { opened: false, outside: [], errors: [String(error)] };
  } finally {
    await browser.close().catch(() => {});
  }
}

async function measureInBrowser(browser, app, url, timeoutMs, interactTimeoutMs) {
  const target = TARGETS[app];
  const context = await browser.newContext({ viewport: VIEWPORT });
  const outside = [];
  await context.route(
    (address) => !/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(address.toString()),
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    },
  );
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.addInitScript(installProbes, target.selectors);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const load = await waitForLoad(page, timeoutMs);
    if (!load) return { opened: false, outside, errors };
    const metrics = await readMetrics(cdp);
    const heap = await heapAfterGc(cdp);
    let mapDrawnMs = null;
    if (target.selectors.mapDrawn) {
      await page
        .waitForSelector(target.selectors.mapDrawn, { state: 'attached', timeout: 30_000 })
        .catch(() => {});
      mapDrawnMs = (await page.evaluate(() => window.__bench.marks.mapDrawn)) ?? null;
    }
    // A page whose every frame takes seconds (TimelineJS at 10,000 events) would hold the
    // run for many minutes: after `interactTimeoutMs` the figures taken so far are kept, the
    // rest stay empty, and the browser is closed under the pending steps.
    const figures = {};
    const interactions = interact(page, app, target, figures).then(
      () => 'done',
      (error) => {
        errors.push(String(error));
        return 'failed';
      },
    );
    let timer;
    const deadline = new Promise((resolve) => {
      timer = setTimeout(() => resolve('stopped'), interactTimeoutMs);
    });
    const outcome = await Promise.race([interactions, deadline]);
    clearTimeout(timer);
    if (outcome === 'stopped') {
      errors.push(`interactions stopped after ${Math.round(interactTimeoutMs / 1000)} s`);
    }
    return {
      opened: true,
      firstItemMs: load.first,
      interactiveMs: load.interactive,
      mapDrawnMs,
      layouts: metrics.LayoutCount,
      layoutMs: metrics.LayoutDuration * 1000,
      styleMs: metrics.RecalcStyleDuration * 1000,
      scriptMs: metrics.ScriptDuration * 1000,
      domNodes: metrics.Nodes,
      heapMb: heap / 1024 / 1024,
      ...figures,
      outside,
      errors,
    };
  } finally {
    await context.close().catch(() => {});
  }
}
