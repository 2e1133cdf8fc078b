// The embed mode as an embedder meets it: an article on another origin (a second localhost
// port) frames the atlas, sizes it, scrolls past it and drives it with postMessage.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './playwright-helper';

const RAID = '2011-04-08-ashraf-raid';
const RAID_TITLE = /Iraqi forces raid Camp Ashraf/;
const LAST_GROUP = '2016-09-09-last-group-leaves-liberty';

for (const size of [
  { width: 700, height: 500 },
  { width: 400, height: 300 },
]) {
  test(`at ${size.width}×${size.height} on another origin the chosen event's title is on the first screen and the widget says it is ready`, async ({
    embedHost,
  }) => {
    await embedHost.openArticle([{ query: `event=${RAID}`, ...size }]);
    await embedHost.waitForWidget();
    const frame = embedHost.frame();
    const title = frame.getByTestId('event-title');
    await expect(title).toHaveText(RAID_TITLE);
    // Inside the frame without scrolling it: the title's box lies within the frame's box.
    const titleBox = await title.boundingBox();
    const frameBox = await embedHost.iframe().boundingBox();
    expect(titleBox && frameBox).toBeTruthy();
    if (titleBox && frameBox) {
      expect(titleBox.y).toBeGreaterThanOrEqual(frameBox.y);
      expect(titleBox.y + titleBox.height).toBeLessThanOrEqual(frameBox.y + frameBox.height);
      expect(titleBox.x + titleBox.width).toBeLessThanOrEqual(frameBox.x + frameBox.width);
    }
    expect(await frame.locator('html').evaluate(() => window.scrollY)).toBe(0);
    // embed=1 and its own parameters are understood: no "not understood" notice.
    await expect(frame.getByTestId('notice-banner')).toHaveCount(0);
    await expect(frame.getByTestId('timeline')).toBeVisible();
    await expect(frame.getByTestId('open-full-atlas')).toBeVisible();
    // It keeps nothing on the visitor's device: no offline copy in someone else's page.
    expect(
      await frame
        .locator('html')
        .evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
    ).toBe(0);
    await expect
      .poll(() => embedHost.messagesOfType('atlas:ready'))
      .toEqual([expect.objectContaining({ v: 1, eventId: RAID })]);
    await embedHost.screenshot(`embed-${size.width}x${size.height}`);
  });

  test(`at ${size.width}×${size.height}, a widget opened on a time window says what is in it and starts at its first event`, async ({
    embedHost,
  }) => {
    await embedHost.openArticle([{ query: 'from=2011&to=2014', ...size }]);
    await embedHost.waitForWidget();
    const frame = embedHost.frame();
    const prompt = frame.getByTestId('embed-prompt');
    await expect(prompt).toBeVisible();
    const count = Number(
      (await prompt.textContent())?.match(/(\d+) events in this time window/)?.[1],
    );
    // data/events.csv has dozens of events from 2011 to 2014.
    expect(count).toBeGreaterThan(10);
    const promptBox = await prompt.boundingBox();
    const frameBox = await embedHost.iframe().boundingBox();
    if (!promptBox || !frameBox) throw new Error('the prompt or the frame is not drawn');
    expect(promptBox.y + promptBox.height).toBeLessThanOrEqual(frameBox.y + frameBox.height);
    await frame.getByTestId('embed-prompt-start').click();
    await expect(prompt).toHaveCount(0);
    const chosen = await frame.getByTestId('event-details').getAttribute('data-event-id');
    // The first event in view: no item on the timeline starts left of it.
    const starts = await frame.locator('.vis-item [data-event-id]').evaluateAll((nodes) =>
      nodes.map((node) => ({
        id: node.getAttribute('data-event-id'),
        left: node.closest('.vis-item')?.getBoundingClientRect().left ?? 0,
      })),
    );
    const chosenStart = starts.find((item) => item.id === chosen)?.left;
    expect(chosenStart).toBeDefined();
    expect(starts.filter((item) => item.left < (chosenStart ?? 0) - 1)).toEqual([]);
  });

  test(`embed mode at ${size.width}×${size.height} has no axe violation, light or dark`, async ({
    atlas,
    page,
  }) => {
    await page.setViewportSize(size);
    for (const theme of ['light', 'dark']) {
      await page.goto(`./?embed=1&event=${RAID}&theme=${theme}`);
      await page.getByTestId('event-title').waitFor();
      await atlas.timelineItems().first().waitFor();
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map(
          (violation) =>
            `${theme}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      await atlas.screenshot(`embed-${theme}-${size.width}x${size.height}`);
    }
  });
}

test('a wheel turn over the embedded map or timeline scrolls the article and leaves the widget as it was', async ({
  embedHost,
  page,
}) => {
  await page.setViewportSize({ width: 760, height: 560 });
  await embedHost.openArticle([{ query: `event=${RAID}` }]);
  await embedHost.waitForWidget();
  const frame = embedHost.frame();
  await frame.locator('[data-map-ready="true"]').waitFor();
  // Where the marker sits inside the frame: it moves if the map zooms or pans.
  const markerPlace = () =>
    frame
      .getByTestId('site-marker-camp-ashraf')
      .evaluate((node) => JSON.stringify(node.getBoundingClientRect()));
  // Let the opening flight to the event's site settle before measuring.
  let before = await markerPlace();
  await expect
    .poll(async () => {
      const now = await markerPlace();
      const settled = now === before;
      before = now;
      return settled;
    })
    .toBe(true);
  const mapBox = await frame.getByTestId('map-canvas-container').boundingBox();
  if (!mapBox) throw new Error('the map is not shown');
  await page.mouse.move(mapBox.x + mapBox.width / 2, mapBox.y + mapBox.height / 3);
  await page.mouse.wheel(0, 120);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(50);
  expect(await markerPlace()).toBe(before);
  // The map says how to zoom it instead, in the atlas's own words.
  await expect(frame.locator('.maplibregl-cooperative-gesture-screen')).toContainText(
    'Ctrl + scroll to zoom the map',
  );

  // The timeline too: the page scrolls on, the time window stays.
  const scrolled = await page.evaluate(() => window.scrollY);
  const axis = frame.locator('.vis-time-axis.vis-foreground');
  const axisBefore = await axis.innerText();
  const lanes = frame.locator('.vis-panel.vis-center');
  const lanesBox = await lanes.boundingBox();
  if (!lanesBox) throw new Error('the timeline is not shown');
  await page.mouse.move(lanesBox.x + lanesBox.width / 2, lanesBox.y + lanesBox.height / 2);
  await page.mouse.wheel(0, 120);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
  expect(await axis.innerText()).toBe(axisBefore);
  expect(await embedHost.messagesOfType('atlas:window')).toEqual([]);
});

test('the host page selects an event, moves the window and filters, and the widget reports each change', async ({
  embedHost,
}) => {
  await embedHost.openArticle([{ query: `event=${RAID}` }]);
  await embedHost.waitForWidget();
  const frame = embedHost.frame();
  await expect.poll(() => embedHost.messagesOfType('atlas:ready')).toHaveLength(1);

  await embedHost.send({ v: 1, type: 'atlas:select', eventId: LAST_GROUP });
  await expect(frame.getByTestId('event-details')).toHaveAttribute('data-event-id', LAST_GROUP);
  await expect
    .poll(() => embedHost.messagesOfType('atlas:select'))
    .toContainEqual({ v: 1, type: 'atlas:select', eventId: LAST_GROUP });

  await embedHost.send({ v: 1, type: 'atlas:previous' });
  await expect(frame.getByTestId('event-details')).not.toHaveAttribute('data-event-id', LAST_GROUP);

  await embedHost.send({ v: 1, type: 'atlas:setWindow', from: '2009', to: '2014' });
  await expect
    .poll(() => embedHost.messagesOfType('atlas:window'))
    .toContainEqual({ v: 1, type: 'atlas:window', from: '2009-01-01', to: '2014-12-31' });
  const fullLink = frame.getByTestId('open-full-atlas');
  await expect(fullLink).toHaveAttribute('href', /from=2009&to=2014/);

  await embedHost.send({ v: 1, type: 'atlas:setFilters', filters: { categories: ['attack'] } });
  await expect(fullLink).toHaveAttribute('href', /cat=attack/);
  await frame.getByTestId('embed-filters').locator('summary').click();
  await expect(frame.getByTestId('filter-category-attack')).toBeChecked();
  await expect
    .poll(() => embedHost.messagesOfType('atlas:filters'))
    .toContainEqual(
      expect.objectContaining({ filters: expect.objectContaining({ categories: ['attack'] }) }),
    );
  await embedHost.screenshot('embed-driven-by-host');
});

test('embed.js sizes each widget on a page to the height that widget asks for', async ({
  embedHost,
}) => {
  await embedHost.openArticle(
    [
      { query: `event=${RAID}&controls=timeline`, height: 300, width: 400 },
      { query: 'controls=timeline', height: 300, width: 400 },
    ],
    { sizer: true },
  );
  await embedHost.waitForWidget(0);
  await embedHost.waitForWidget(1);
  const heightOf = (index: number) =>
    embedHost.iframe(index).evaluate((frame) => frame.getBoundingClientRect().height);
  const lastAsked = async (index: number) => {
    const asked = await embedHost.messagesOfType('atlas:resize', index);
    return Number(asked.at(-1)?.height ?? 0);
  };
  // The raid's details are long, so the first widget grows; the second shows only a line.
  await expect.poll(() => heightOf(0)).toBeGreaterThan(400);
  await expect
    .poll(async () => Math.abs((await heightOf(0)) - (await lastAsked(0)) - 2))
    .toBeLessThan(2);
  await expect
    .poll(async () => Math.abs((await heightOf(1)) - (await lastAsked(1)) - 2))
    .toBeLessThan(2);
  expect(await heightOf(1)).toBeLessThan(await heightOf(0));
  // Once sized, the second widget's card no longer hides anything below its fold.
  const card = embedHost.frame(1).getByTestId('embed-card');
  await expect
    .poll(() => card.evaluate((node) => node.scrollHeight - node.clientHeight))
    .toBeLessThanOrEqual(1);
  await embedHost.screenshot('embed-two-widgets-sized');
});

test('commands from another window, of a bad shape, in a flood or against parentOrigin change nothing', async ({
  embedHost,
}) => {
  await embedHost.openArticle([{ query: `event=${RAID}` }], {
    extraHtml: '<iframe title="Someone else" width="10" height="10"></iframe>',
  });
  await embedHost.waitForWidget();
  const frame = embedHost.frame();
  // A frame of a third origin posts a select to its sibling, the atlas.
  await embedHost.iframe(1).evaluate((element, src) => {
    (element as HTMLIFrameElement).src = src;
  }, `${embedHost.otherOrigin}/intruder`);
  await expect
    .poll(() =>
      embedHost.page
        .frames()
        .find((item) => item.url().endsWith('/intruder'))
        ?.title(),
    )
    .toBe('sent');
  // Bad shapes, huge messages and a flood of a thousand, from the right window.
  const bad = [
    'atlas:select',
    { type: 'atlas:select', eventId: LAST_GROUP },
    { v: 2, type: 'atlas:select', eventId: LAST_GROUP },
    { v: 1, type: 'atlas:select', eventId: 'no-such-event' },
    { v: 1, type: 'atlas:select', eventId: 'x'.repeat(2_000_000) },
    { v: 1, type: 'atlas:setWindow', from: '2014', to: '2009' },
    { v: 1, type: 'atlas:setFilters', filters: { categories: ['war'] } },
    { v: 1, type: 'atlas:navigate', url: 'https://example.org/' },
  ];
  await embedHost.flood([
    ...bad,
    ...Array.from({ length: 1000 }, (_, index) => bad[index % bad.length]),
  ]);
  // Messages from one window arrive in order: once this one shows, the flood has been read.
  await embedHost.send({ v: 1, type: 'atlas:setFilters', filters: { text: 'raid' } });
  const fullLink = frame.getByTestId('open-full-atlas');
  await expect(fullLink).toHaveAttribute('href', /q=raid/);
  expect(await embedHost.selectedEventId()).toBe(RAID);
  await expect(fullLink).not.toHaveAttribute('href', /cat=|from=2014/);
  // A flood of a thousand good commands a second is taken in stride, and the widget answers.
  await embedHost.flood(Array.from({ length: 1000 }, () => ({ v: 1, type: 'atlas:next' })));
  // Most of the flood is dropped; within a moment the widget takes commands again.
  await expect
    .poll(async () => {
      await embedHost.send({ v: 1, type: 'atlas:select', eventId: RAID });
      return embedHost.selectedEventId();
    })
    .toBe(RAID);
  await expect(frame.getByTestId('event-title')).toHaveText(RAID_TITLE);
  expect(embedHost.page.url().startsWith(embedHost.origin)).toBe(true);

  // parentOrigin names another site: the widget neither obeys nor reports to this page.
  await embedHost.openArticle([
    { query: `event=${RAID}&parentOrigin=${encodeURIComponent(embedHost.otherOrigin)}` },
  ]);
  await embedHost.waitForWidget();
  await embedHost.send({ v: 1, type: 'atlas:select', eventId: LAST_GROUP });
  await embedHost.send({ v: 1, type: 'atlas:setFilters', filters: { text: 'zzz' } });
  await expect(embedHost.frame().getByTestId('event-title')).toHaveText(RAID_TITLE);
  await expect(embedHost.frame().getByTestId('open-full-atlas')).not.toHaveAttribute(
    'href',
    /q=zzz/,
  );
  expect(await embedHost.received()).toEqual([]);
});
