// The map explains itself: every marker on the opening view is named, towns and countries say
// where a site is once the map has flown there, a scale bar gives distances, the markers are
// reached with Tab region by region, and the arrow keys on the map pan it.

import { MapDriver } from './map-driver';
import { expect, test } from './playwright-helper';

const REGION_OF = (longitude: number) =>
  longitude < -30 ? 'americas' : longitude >= 35 ? 'middle-east' : 'europe';

for (const size of [
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 },
]) {
  test(`at ${size.name} every marker on the opening view shows its name, and no two names overlap`, async ({
    atlas,
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const map = new MapDriver(atlas);
    await atlas.open();
    await map.settle();
    const markers = await map.markersInView();
    expect(markers.map((marker) => marker.siteId)).toEqual(
      expect.arrayContaining(['camp-ashraf', 'camp-liberty', 'baghdad', 'tirana', 'tehran']),
    );
    expect(markers.filter((marker) => marker.shownName === '').map((m) => m.siteId)).toEqual([]);
    const boxes = markers.flatMap((marker) => (marker.nameBox ? [marker.nameBox] : []));
    const overlapping = boxes.filter((box, index) =>
      boxes.some(
        (other, otherIndex) =>
          otherIndex !== index &&
          box.left < other.right &&
          other.left < box.right &&
          box.top < other.bottom &&
          other.top < box.bottom,
      ),
    );
    expect(overlapping).toEqual([]);
    await atlas.screenshot(`map-opening-names-${size.name}`);
  });
}

test('the overview has no scale bar, which no single length would fit from Baghdad to Oslo', async ({
  atlas,
}) => {
  const map = new MapDriver(atlas);
  await atlas.open();
  await map.settle();
  expect((await map.camera()).zoom).toBeLessThan(4.5);
  await expect(map.scaleBar()).toBeHidden();
});

test('after flying to Camp Ashraf the nearest towns, the country and a scale bar say where it is', async ({
  atlas,
}) => {
  const map = new MapDriver(atlas);
  await atlas.open('event=2011-04-08-ashraf-raid');
  await map.settle();
  await expect.poll(async () => (await map.camera()).zoom).toBeGreaterThan(6.9);
  await expect
    .poll(() => map.referenceLabelsShown())
    .toEqual(expect.arrayContaining(['Baqubah', 'Al Khalis', 'Iraq']));
  await expect(map.scaleBar()).toBeVisible();
  await expect(map.scaleBar()).toHaveText(/^\d+\s*km$/);
  await atlas.screenshot('map-camp-ashraf-context');
});

test('flying to a far event, its site shows as soon as the flight brings it into view', async ({
  atlas,
  page,
}) => {
  const map = new MapDriver(atlas);
  // Strasbourg, then the next event: Camp Liberty, off the map until the flight nears it.
  await atlas.open('event=2012-04-pace-statement');
  await map.settle();
  await expect(page.getByTestId('site-marker-camp-liberty')).toHaveCSS('opacity', '0');
  // Every frame of the flight: where Camp Liberty's dot is and whether it can be seen.
  await page.evaluate(() => {
    const frames: { x: number; y: number; inView: boolean; opacity: string }[] = [];
    (window as unknown as { flightFrames: typeof frames }).flightFrames = frames;
    const container = document.querySelector('[data-testid="map-canvas-container"]');
    const button = document.querySelector<HTMLElement>('[data-testid="site-marker-camp-liberty"]');
    const record = () => {
      const view = container?.getBoundingClientRect();
      const dot = button?.querySelector('.site-marker-dot')?.getBoundingClientRect();
      if (view && dot && button) {
        frames.push({
          x: Math.round(dot.left),
          y: Math.round(dot.top),
          inView:
            dot.left >= view.left &&
            dot.right <= view.right &&
            dot.top >= view.top &&
            dot.bottom <= view.bottom,
          opacity: getComputedStyle(button).opacity,
        });
      }
      if (frames.length < 600) requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('event-details')).toContainText('Antonio Stango urges the UN');
  // The flight has ended once the dot has stayed put for half a second.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const frames = (window as unknown as { flightFrames: { x: number; y: number }[] })
          .flightFrames;
        const last = frames.at(-1);
        const stillSince = frames.findLastIndex((f) => f.x !== last?.x || f.y !== last?.y);
        return frames.length - 1 - stillSince;
      }),
    )
    .toBeGreaterThan(20);
  const frames = await page.evaluate(
    () =>
      (
        window as unknown as {
          flightFrames: { x: number; y: number; inView: boolean; opacity: string }[];
        }
      ).flightFrames,
  );
  const end = frames.at(-1);
  // Frames of the approach: the dot in view but not yet where the flight ends.
  const approach = frames.filter((f) => f.inView && (f.x !== end?.x || f.y !== end?.y));
  expect(
    approach.length,
    'frames with Camp Liberty in view before the flight ends',
  ).toBeGreaterThan(0);
  expect(approach.map((f) => f.opacity)).toEqual(approach.map(() => '1'));
  expect(end?.opacity).toBe('1');
});

test('Tab reaches the markers region by region, starting with Camp Ashraf', async ({
  atlas,
  page,
}) => {
  const map = new MapDriver(atlas);
  await atlas.open('event=1986-06-move-to-iraq');
  await map.settle();
  await atlas.pressUntilFocused(atlas.marker('camp-ashraf'), 'Tab');
  await expect(atlas.marker('camp-ashraf')).toBeFocused();
  const regions: string[] = [];
  for (let stop = 0; stop < 30; stop += 1) {
    const focused = await page.evaluate(() => {
      const button = document.activeElement?.closest<HTMLElement>('.site-marker');
      return button?.dataset.testid ?? null;
    });
    if (!focused) break;
    // Give the short pan to a marker out of view time to settle, then note where the map is.
    await page.waitForTimeout(350);
    regions.push(REGION_OF((await map.camera()).longitude));
    await page.keyboard.press('Tab');
  }
  expect(regions.length).toBeGreaterThanOrEqual(15);
  const changes = regions.filter((region, index) => index > 0 && region !== regions[index - 1]);
  // The Middle East, then the Americas, then Europe: two moves between continents in all.
  expect(changes.length).toBeLessThanOrEqual(2);
});

test('the arrow keys on a focused marker pan the map, and no key there steps the events', async ({
  atlas,
  page,
}) => {
  const map = new MapDriver(atlas);
  await atlas.open('event=1986-06-move-to-iraq');
  await map.settle();
  await atlas.pressUntilFocused(atlas.marker('camp-ashraf'), 'Tab');
  await page.waitForTimeout(400);
  const before = await map.camera();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await map.camera()).longitude).toBeGreaterThan(before.longitude);
  // Nor do the other stepping keys step the events while the map has focus.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('End');
  await page.waitForTimeout(300);
  expect(atlas.query().get('event')).toBe('1986-06-move-to-iraq');
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a one-finger vertical swipe over the map or the timeline scrolls the page', async ({
    atlas,
    page,
  }) => {
    const map = new MapDriver(atlas);
    await atlas.open();
    await map.settle();
    // The introduction comes first on a phone: bring the map on screen, then swipe over it
    // with the finger moving down, as to go back up the page.
    await map.container().scrollIntoViewIfNeeded();
    const camera = await map.camera();
    const onMap = await map.pageScroll();
    expect(onMap).toBeGreaterThan(60);
    await map.swipe(map.container(), -120);
    await expect.poll(() => map.pageScroll()).toBeLessThan(onMap - 30);
    // The map itself stayed where it was, and said how to move it.
    expect((await map.camera()).latitude).toBeCloseTo(camera.latitude, 2);
    await atlas.screenshot('phone-map-swipe');
    // Then over the lanes, the finger moving down: the page scrolls back up.
    const lanes = page.locator('.timeline .vis-panel.vis-center');
    await lanes.scrollIntoViewIfNeeded();
    const start = await map.pageScroll();
    expect(start).toBeGreaterThan(60);
    await map.swipe(lanes, -120);
    await expect.poll(() => map.pageScroll()).toBeLessThan(start - 30);
    await expect(page.getByTestId('timeline-hint')).toContainText('Swipe sideways');
  });

  test('a link to an event shows its title on the first screen', async ({ atlas, page }) => {
    await atlas.open('event=2011-04-08-ashraf-raid');
    const title = page.getByTestId('event-title');
    await expect(title).toBeVisible();
    await expect.poll(() => atlas.isOnFirstScreen(title)).toBe(true);
    await atlas.screenshot('phone-event-link');
  });
});
