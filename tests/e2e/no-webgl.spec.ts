// Without WebGL the atlas says so in one line and still works: timeline, list, details
// and a static overview map, with the residents chart and the list of moves.
import { CHROMIUM_ARGS } from './find-chromium.mjs';
import { ResidentsChartDriver } from './movement-driver';
import { expect, test } from './playwright-helper';

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      ...CHROMIUM_ARGS.filter((flag) => !flag.includes('swiftshader')),
      '--disable-webgl',
      '--disable-3d-apis',
    ],
  },
});

test('shows the fallback notice and the static map, and still selects events', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  await expect(page.getByTestId('map-fallback-notice')).toBeVisible();
  await expect(page.getByTestId('static-map')).toBeVisible();
  // On a laptop the overview keeps a readable size: no site's marker lies over the notice
  // above it (squeezed into the short region, a dozen markers covered its text).
  const notice = await page.getByTestId('map-fallback-notice').boundingBox();
  const markers = await atlas.namedBoxes(page.getByTestId('static-map').locator('.site-marker'));
  expect(markers.length).toBeGreaterThan(10);
  const overNotice = markers
    .filter(({ box }) => atlas.boxesOverlap(box, notice ?? undefined))
    .map(({ name }) => name);
  expect(overNotice, 'markers over the notice').toEqual([]);
  await atlas.clickMarker('camp-ashraf');
  await expect(page.getByTestId('site-details')).toHaveAttribute('data-site-id', 'camp-ashraf');
  const eventId = (await atlas.visibleTimelineEventIds())[0] ?? '';
  await atlas.clickTimelineItem(eventId);
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', eventId);
  await atlas.screenshot('no-webgl');
});

test('keeps the residents chart and the list of moves, and both still open their sources', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  await expect(page.getByTestId('static-map')).toBeVisible();
  // The chart: its marks are there and one opens its passage in the source reader.
  const chart = new ResidentsChartDriver(page);
  await chart.unfold();
  const marks = page.getByTestId('residents-mark');
  expect(await marks.count()).toBeGreaterThan(3);
  await marks.first().click();
  await expect(page.getByTestId('reader-passage')).toBeVisible();
  await page.keyboard.press('Escape');
  // The moves of the window, listed as on the WebGL map; choosing one opens its details.
  const list = page.getByTestId('move-arc-list');
  await list.locator('summary').click();
  const moves = list.getByTestId('move-arc-button');
  expect(await moves.count()).toBeGreaterThan(5);
  const moveId = (await moves.first().getAttribute('data-move-id')) ?? '';
  await moves.first().click();
  await expect(page.getByTestId('move-details')).toHaveAttribute('data-move-id', moveId);
  await atlas.screenshot('no-webgl-moves');
});
