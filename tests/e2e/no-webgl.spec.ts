// Without WebGL the atlas says so in one line and still works: timeline, list, details
// and a static overview map.
import { CHROMIUM_ARGS } from './find-chromium.mjs';
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
  await atlas.clickMarker('camp-ashraf');
  await expect(page.getByTestId('site-details')).toHaveAttribute('data-site-id', 'camp-ashraf');
  const eventId = (await atlas.visibleTimelineEventIds())[0] ?? '';
  await atlas.clickTimelineItem(eventId);
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', eventId);
  await atlas.screenshot('no-webgl');
});
