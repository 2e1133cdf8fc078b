// The atlas as a visitor uses it: map and timeline move together, links restore views.
import { expect, test } from './playwright-helper';

test('draws the offline basemap and the timeline items', async ({ atlas, page }) => {
  // The map says so when an icon of its style is missing (the arrowheads of the moves).
  const mapWarnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') mapWarnings.push(message.text());
  });
  await atlas.open();
  await expect
    // Software WebGL on a loaded machine may take tens of seconds to draw the first frame.
    .poll(() => atlas.mapInkShare(), { message: 'map canvas has drawn shapes', timeout: 30_000 })
    .toBeGreaterThan(0.05);
  // The water, the land and the arcs of the moves, each in its colour, in the first drawing.
  expect(await atlas.mapColourShare('#dbe7ef'), 'water').toBeGreaterThan(0.1);
  expect(await atlas.mapColourShare('#f7f5f0'), 'land').toBeGreaterThan(0.1);
  expect(await atlas.mapColourShare('#0072b2', 24), 'arcs').toBeGreaterThan(0.0005);
  expect(mapWarnings.filter((text) => /could not be loaded/i.test(text))).toEqual([]);
  expect(await atlas.timelineItems().count()).toBeGreaterThan(5);
  await expect(atlas.marker('camp-ashraf')).toBeVisible();
  await expect(atlas.marker('camp-liberty')).toBeVisible();
  await atlas.screenshot('desktop-opening');
});

test('the timeline shows its items before the map library is fetched', async ({ atlas, page }) => {
  // MapLibre (about 1 MB and its worker) competed with the timeline's first items on a slow
  // machine; it now waits for them. Times are taken in the page, on one clock.
  await page.addInitScript(() => {
    const times: Record<string, number> = {};
    Object.assign(window, { atlasLoadTimes: times });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (/\/maplibre-gl-[^/]*\.js$/.test(entry.name)) times.mapLibrary ??= entry.startTime;
    }).observe({ type: 'resource', buffered: true });
    new MutationObserver(() => {
      if (times.item === undefined && document.querySelector('.vis-item'))
        times.item = performance.now();
    }).observe(document, { subtree: true, childList: true });
  });
  await atlas.open();
  await expect(page.locator('[data-map-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
  const times = await page.evaluate(
    () => (window as unknown as { atlasLoadTimes: Record<string, number> }).atlasLoadTimes,
  );
  expect(times.item, 'first timeline item seen').toBeDefined();
  expect(times.mapLibrary, 'map library requested').toBeDefined();
  expect(times.mapLibrary).toBeGreaterThan(times.item ?? Infinity);
});

test('the data requests leave while the timeline library is still on its way', async ({
  atlas,
  page,
}) => {
  // On a slow network the dataset used to be asked for only once all of the first view's code
  // had arrived and run. The timeline library is held back here until the dataset is asked
  // for (or 10 s have passed); each data file is still asked for once.
  const dataRequests: string[] = [];
  let dataAsked: () => void = () => {};
  const asked = new Promise<void>((resolve) => {
    dataAsked = resolve;
  });
  page.on('request', (request) => {
    if (/\/data\/[^/]+$/.test(request.url())) {
      dataRequests.push(new URL(request.url()).pathname.replace(/^.*\/data\//, ''));
      dataAsked();
    }
  });
  let askedBeforeLibrary = false;
  await page.route(/\/assets\/vis-timeline-[^/]*\.js$/, async (route) => {
    askedBeforeLibrary = await Promise.race([
      asked.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
    ]);
    await route.continue();
  });
  await atlas.open();
  expect(askedBeforeLibrary, 'data asked for before the timeline library arrived').toBe(true);
  await expect(atlas.timelineItems().first()).toBeVisible();
  // The data files are compared with the build's snapshot once the map is drawn.
  await atlas.waitForDataFiles();
  const counts = new Map<string, number>();
  for (const file of dataRequests) counts.set(file, (counts.get(file) ?? 0) + 1);
  expect(counts.get('events.csv'), 'events.csv asked for').toBe(1);
  expect(
    [...counts].filter(([, count]) => count > 1),
    'files asked for twice',
  ).toEqual([]);
});

test('clicking a timeline item opens the details, updates the link and highlights the marker', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  const eventId = (await atlas.visibleTimelineEventIds())[0] ?? '';
  await atlas.clickTimelineItem(eventId);
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', eventId);
  await expect(page.getByTestId('claim').first()).toBeVisible();
  await expect.poll(() => atlas.query().get('event')).toBe(eventId);
  await expect(page.locator('[data-testid^="site-marker-"].is-selected')).toHaveCount(1);
  await atlas.screenshot('desktop-event-selected');
});

test('clicking a map marker highlights the site lane and lists its events', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  await atlas.clickMarker('camp-liberty');
  await expect(atlas.marker('camp-liberty')).toHaveAttribute('aria-pressed', 'true');
  await expect(
    page.getByTestId('timeline').locator('.vis-label.site-camp-liberty.is-selected-site'),
  ).toBeVisible();
  await expect.poll(() => atlas.isLaneShown('camp-liberty')).toBe(true);
  await expect(page.getByTestId('site-details')).toHaveAttribute('data-site-id', 'camp-liberty');
  await atlas.screenshot('desktop-site-selected');
});

test('a shared link restores the selected event and the time window', async ({ atlas, page }) => {
  await atlas.open('event=2011-04-08-ashraf-raid&from=2010&to=2012');
  await expect(page.getByTestId('event-details')).toHaveAttribute(
    'data-event-id',
    '2011-04-08-ashraf-raid',
  );
  await expect(atlas.timelineItem('2011-04-08-ashraf-raid')).toBeVisible();
  // What the timeline shows, not what the address bar says (that is only the link just
  // loaded): 2011 and 2012 events (the data has none in 2010), periods reaching in from
  // 2009, nothing later. The round trip of a link the atlas wrote is in sync.spec.ts.
  const shown = await atlas.visibleTimelineEventIds();
  expect(shown.some((id) => id.startsWith('2011'))).toBe(true);
  expect(shown.some((id) => id.startsWith('2012'))).toBe(true);
  expect(shown.filter((id) => !/^(2009|2010|2011|2012)/.test(id))).toEqual([]);
});

test('Back restores the previous selection', async ({ atlas, page }) => {
  await atlas.open('view=list');
  const items = atlas.listItems();
  const first = (await items.nth(0).getAttribute('data-event-id')) ?? '';
  const second = (await items.nth(1).getAttribute('data-event-id')) ?? '';
  await items.nth(0).click();
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', first);
  await items.nth(1).click();
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', second);
  await page.goBack();
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', first);
  await page.goForward();
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', second);
});

test('a category filter changes the timeline, the map counts and the list', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  const before = await atlas.timelineItems().count();
  const libertyBefore = await atlas.marker('camp-liberty').getAttribute('aria-label');
  await atlas.filterCategory('attack');
  await expect.poll(() => atlas.timelineItems().count()).toBeLessThan(before);
  const categories = await page
    .getByTestId('timeline')
    .locator('.vis-item')
    .evaluateAll((nodes) =>
      nodes.map((node) => [...node.classList].find((name) => name.startsWith('category-'))),
    );
  expect(new Set(categories)).toEqual(new Set(['category-attack']));
  await expect(atlas.marker('camp-liberty')).not.toHaveAttribute('aria-label', libertyBefore ?? '');
  expect(atlas.query().get('cat')).toBe('attack');
  await atlas.openList();
  const listCount = await atlas.listItems().count();
  expect(listCount).toBeGreaterThan(0);
  expect(listCount).toBeLessThan(before);
  await atlas.screenshot('desktop-filtered-list');
});

test('a malformed link parameter is reported and ignored', async ({ atlas, page }) => {
  await atlas.open('event=no-such-event&from=soon&colour=red');
  await expect(page.getByTestId('url-notices')).toContainText('event=no-such-event');
  await expect(page.getByTestId('url-notices')).toContainText('colour');
  expect(await atlas.timelineItems().count()).toBeGreaterThan(5);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('fits the width without sideways scrolling and still selects by touch', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await atlas.screenshot('phone-opening');
    const eventId = (await atlas.visibleTimelineEventIds())[0] ?? '';
    await atlas.timelineItem(eventId).tap();
    await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', eventId);
    await atlas.screenshot('phone-event-selected');
  });
});

test('the list scrolls to an event chosen from a link', async ({ atlas, page }) => {
  await atlas.open('view=list&event=2013-09-01-ashraf-attack');
  await expect(
    page.locator('[data-testid="chronology-item"][aria-current="true"]'),
  ).toBeInViewport();
});

test('a link to an event deep in a crowded lane scrolls the lanes to it and keeps the window', async ({
  atlas,
}) => {
  await atlas.open('event=2011-04-08-ashraf-raid&from=2008&to=2014');
  await expect.poll(() => atlas.isTimelineItemShown('2011-04-08-ashraf-raid')).toBe(true);
  expect(atlas.query().get('from')).toBe('2008');
  expect(atlas.query().get('to')).toBe('2014');
});

test('moving the time window changes the map counts and dims sites outside their period', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  await expect(atlas.marker('camp-liberty')).not.toHaveClass(/is-dimmed/);
  const before = await atlas.marker('camp-ashraf').getAttribute('aria-label');
  await atlas.open('from=1986&to=1995');
  await expect(atlas.marker('camp-liberty')).toHaveClass(/is-dimmed/);
  await expect(atlas.marker('camp-liberty')).toHaveAttribute(
    'aria-label',
    /0 events.*outside its period/,
  );
  await expect(atlas.marker('camp-ashraf')).not.toHaveAttribute('aria-label', before ?? '');
  // Zooming the timeline with its own button moves the window and the counts follow.
  await page.getByTestId('timeline-show-all').click();
  await expect(atlas.marker('camp-ashraf')).toHaveAttribute('aria-label', before ?? '');
});

test('a text search narrows the timeline and the list to matching events', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  const before = await atlas.timelineItems().count();
  await atlas.search('Boumedra');
  await expect.poll(() => atlas.timelineItems().count()).toBeLessThan(before);
  await expect.poll(() => atlas.query().get('q')).toBe('Boumedra');
  await atlas.openList();
  const titles = await atlas.listItems().count();
  expect(titles).toBeGreaterThan(0);
  await page.getByTestId('search-input').fill('zzz-no-such-words');
  await expect(page.getByText('No event matches the filters in this time window.')).toBeVisible();
});

test('typing a search does not add a history entry per keystroke', async ({ atlas, page }) => {
  await atlas.open('view=list');
  await atlas.listItems().first().click();
  const selected = await atlas.selectedEventId();
  await atlas.openFilters();
  await page.getByTestId('search-input').pressSequentially('Ashraf', { delay: 30 });
  await expect.poll(() => atlas.query().get('q')).toBe('Ashraf');
  await page.goBack();
  await expect.poll(() => atlas.query().get('q')).toBeNull();
  expect(await atlas.selectedEventId()).toBeNull();
  expect(selected).not.toBeNull();
});

test('a site placed only roughly is drawn and named as an approximate location', async ({
  atlas,
}) => {
  await atlas.open();
  await expect(atlas.marker('camp-ashraf')).toHaveClass(/is-approximate/);
  await expect(atlas.marker('camp-ashraf')).toHaveAttribute(
    'aria-label',
    /approximate location \(within about \d+ km\)/,
  );
  await expect(atlas.marker('camp-liberty')).not.toHaveClass(/is-approximate/);
});
