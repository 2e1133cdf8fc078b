// Without WebGL the atlas says so in one line and still works: timeline, list, details
// and a static overview map, with the residents chart and the list of moves.
import type { Page } from '@playwright/test';
import type { AtlasDriver } from './atlas-driver';
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

test('on a laptop the overview takes the height of its region, with the notice and the sites outside it beside it in view', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  const region = await page.getByTestId('map-view').boundingBox();
  const overview = await page.getByTestId('static-map-frame').boundingBox();
  const notice = await page.getByTestId('map-fallback-notice').boundingBox();
  const bar = await page.locator('.residents-chart').first().boundingBox();
  if (!region || !overview || !notice || !bar) throw new Error('no region, overview or notice');
  // Most of the height above the chart's bar (it was 12rem, 192 px, with the list under it cut
  // off; then the notice across the region took a line from it).
  const room = bar.y - region.y;
  expect(overview.height, `overview ${overview.height} px of ${room} px`).toBeGreaterThan(
    room * 0.8,
  );
  const beside = [
    { name: 'the notice', box: notice },
    ...(await atlas.namedBoxes(page.locator('.static-map-outside .site-marker'))),
  ];
  expect(beside.length).toBeGreaterThan(1);
  for (const { name, box } of beside) {
    expect(box.y + box.height, `${name} in view`).toBeLessThanOrEqual(region.y + region.height);
    expect(box.x, `${name} beside the overview`).toBeGreaterThanOrEqual(
      overview.x + overview.width,
    );
  }
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

// A laptop and a projector, where the overview's region is short.
for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the residents chart’s bar is whole on the first screen, at the foot of the overview’s region', async ({
      atlas,
      page,
    }) => {
      await atlas.open();
      await expect(page.getByTestId('static-map')).toBeVisible();
      // The title is on top where it is drawn, not under the overview's names.
      const titleShown = await page
        .locator('.residents-chart-title')
        .first()
        .evaluate((element) => {
          const box = element.getBoundingClientRect();
          const top = document.elementFromPoint(box.left + 20, box.top + box.height / 2);
          return top !== null && element.contains(top);
        });
      expect(titleShown, 'the chart’s title is on top').toBe(true);
      await expect(page.getByTestId('static-map')).toBeVisible();
      const region = await page.getByTestId('map-view').boundingBox();
      const toggle = page.getByTestId('residents-chart-toggle');
      const title = page.locator('.residents-chart-title').first();
      const [button, heading] = [await toggle.boundingBox(), await title.boundingBox()];
      expect(region && button && heading).toBeTruthy();
      if (!region || !button || !heading) return;
      // The whole bar lies inside the region, and nothing (the timeline's toolbar) covers it.
      for (const box of [button, heading]) {
        expect(box.y, 'bar top').toBeGreaterThanOrEqual(region.y);
        expect(box.y + box.height, 'bar bottom').toBeLessThanOrEqual(region.y + region.height + 1);
      }
      expect(await atlas.isOnFirstScreen(toggle)).toBe(true);
      const hit = await toggle.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return top !== null && element.contains(top);
      });
      expect(hit, 'the Show button is on top where it is drawn').toBe(true);
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    });

    test('the camps and the cities are named whole on the first screen, above the chart’s bar', async ({
      atlas,
      page,
    }) => {
      await atlas.open();
      await expect(page.getByTestId('static-map')).toBeVisible();
      // The bar comes with the chart's own script, after the first items.
      await expect(page.getByTestId('residents-chart-toggle')).toBeVisible();
      // Without scrolling the region: at 1280×720 the names of Camp Liberty and Baghdad were
      // half under the bar until it was scrolled.
      const unread = await page.getByTestId('map-view').evaluate((region) => {
        const area = region.getBoundingClientRect();
        const problems: string[] = [];
        for (const name of region.querySelectorAll<HTMLElement>(
          '.static-map-frame .site-marker-name',
        )) {
          const style = getComputedStyle(name);
          if (style.display === 'none' || style.visibility !== 'visible') continue;
          const text = name.firstChild?.textContent?.trim() ?? '';
          const box = name.getBoundingClientRect();
          if (box.top < area.top || box.bottom > area.bottom)
            problems.push(`${text} off the region`);
          const covered = [0.25, 0.5, 0.75].some((across) =>
            [0.2, 0.8].some((down) => {
              const hit = document.elementFromPoint(
                box.left + across * box.width,
                box.top + down * box.height,
              );
              return !hit || !name.contains(hit);
            }),
          );
          if (covered) problems.push(`${text} is covered`);
        }
        return problems;
      });
      expect(unread).toEqual([]);
      expect((await overviewNames(page)).sort()).toEqual([
        'Baghdad',
        'Camp Ashraf',
        'Camp Liberty',
        'Tirana',
      ]);
    });
  });
}

test.describe('on a 1280×720 laptop', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the residents chart opened under the overview comes into view in its region', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    await expect(page.getByTestId('static-map')).toBeVisible();
    const toggle = page.getByTestId('residents-chart-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // The overview keeps its size, so the region scrolls to the chart (not the page).
    const region = await page.getByTestId('map-view').boundingBox();
    const drawing = await page.getByTestId('residents-chart-svg').boundingBox();
    expect(region && drawing).toBeTruthy();
    if (!region || !drawing) return;
    expect(drawing.y, 'chart top').toBeGreaterThanOrEqual(region.y);
    expect(drawing.y + drawing.height, 'chart bottom').toBeLessThanOrEqual(
      region.y + region.height + 1,
    );
    expect(await page.evaluate(() => window.scrollY), 'page scroll').toBe(0);
    await atlas.screenshot('no-webgl-chart-1280');
  });
});

/**
 * What a person would see wrong with the overview's markers: a site's dot off the overview
 * (spilled over what is under it), or two dots on top of each other.
 */
async function overviewMarkerProblems(page: Page, atlas: AtlasDriver): Promise<string[]> {
  const frame = await page.getByTestId('static-map-frame').boundingBox();
  if (!frame) return ['no overview'];
  const dots = await atlas.namedBoxes(
    page.getByTestId('static-map-frame').locator('.site-marker .site-marker-dot'),
  );
  const problems: string[] = [];
  const site = (index: number) => `site ${index + 1} of ${dots.length}`;
  dots.forEach(({ box }, index) => {
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    if (x < frame.x || x > frame.x + frame.width || y < frame.y || y > frame.y + frame.height)
      problems.push(`${site(index)} lies off the overview`);
    for (let other = index + 1; other < dots.length; other++) {
      if (atlas.boxesOverlap(box, dots[other]?.box))
        problems.push(`${site(index)} covers ${site(other)}`);
    }
  });
  return problems.concat(await overviewNameProblems(page));
}

/**
 * What a person would see wrong with the names shown on the overview: one running off it (cut
 * by the page's edge on a phone), or one that cannot be read where it is, because another
 * marker or name is drawn over its text.
 */
async function overviewNameProblems(page: Page): Promise<string[]> {
  return page.getByTestId('static-map-frame').evaluate((picture) => {
    // In view, to find what is drawn on top (at once: the page scrolls smoothly).
    picture.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    const problems: string[] = [];
    const area = picture.getBoundingClientRect();
    // Names may run past the overview's sides onto the region around it, not past its ends.
    const region = (picture.parentElement ?? picture).getBoundingClientRect();
    for (const name of picture.querySelectorAll<HTMLElement>('.site-marker-name')) {
      const style = getComputedStyle(name);
      if (style.display === 'none' || style.visibility !== 'visible') continue;
      const text = name.textContent?.trim() ?? '';
      const box = name.getBoundingClientRect();
      if (
        box.left < Math.max(0, region.left) - 0.5 ||
        box.right > Math.min(window.innerWidth, region.right) + 0.5 ||
        box.top < area.top - 0.5 ||
        box.bottom > area.bottom + 0.5
      )
        problems.push(`${text} runs off the overview`);
      const middle = box.top + box.height / 2;
      const hidden = [0.25, 0.5, 0.75].filter((at) => {
        const hit = document.elementFromPoint(box.left + at * box.width, middle);
        return !hit || !name.contains(hit);
      });
      if (hidden.length > 0) problems.push(`${text} is drawn over`);
    }
    return problems;
  });
}

/** The names the overview shows, as a person reads them. */
async function overviewNames(page: Page): Promise<string[]> {
  return page.getByTestId('static-map-frame').evaluate((picture) =>
    [...picture.querySelectorAll<HTMLElement>('.site-marker-name')]
      .filter((name) => {
        const style = getComputedStyle(name);
        return style.display !== 'none' && style.visibility === 'visible';
      })
      .map((name) => name.firstChild?.textContent?.trim() ?? ''),
  );
}

test('names the camps and the cities on the overview, each readable and on it', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  await expect(page.getByTestId('static-map')).toBeVisible();
  // On a laptop the overview is small and the camps and Baghdad crowd one corner: each name
  // still finds a side where it is read whole, within the map's region.
  expect(await overviewMarkerProblems(page, atlas)).toEqual([]);
  expect((await overviewNames(page)).sort()).toEqual([
    'Baghdad',
    'Camp Ashraf',
    'Camp Liberty',
    'Tirana',
  ]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the overview takes the page’s width and holds its markers apart', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const frame = page.getByTestId('static-map-frame');
    await expect(frame).toBeVisible();
    // Fitted into a region sized for the live map, it was 128 px wide, its markers piled up
    // and spilled over the list of sites outside it.
    expect((await frame.boundingBox())?.width ?? 0).toBeGreaterThan(0.9 * 390);
    expect(await overviewMarkerProblems(page, atlas)).toEqual([]);
    // Both read from the page itself: once scrolled, a phone's visual viewport moves apart
    // from the page's, and boundingBox() reads the first.
    const [heading] = (
      await atlas.namedBoxes(page.getByRole('heading', { name: 'Sites outside this map' }))
    ).map(({ box }) => box);
    const markers = await atlas.namedBoxes(
      page.getByTestId('static-map-frame').locator('.site-marker'),
    );
    expect(
      markers.filter(({ box }) => atlas.boxesOverlap(box, heading)).map(({ name }) => name),
      'markers over the heading below the overview',
    ).toEqual([]);
    await atlas.screenshot('no-webgl-phone');
    // Chosen, a site shows its name whole even where the camps crowd the overview's corner.
    await atlas.clickMarker('baghdad');
    await expect(page.getByTestId('site-details')).toHaveAttribute('data-site-id', 'baghdad');
    expect(await overviewNames(page)).toContain('Baghdad');
    expect(await overviewNameProblems(page)).toEqual([]);
  });
});

test.describe('in a 700×500 embedded frame', () => {
  test.use({ viewport: { width: 700, height: 500 } });

  test('the overview keeps a size at which its markers are told apart', async ({ atlas, page }) => {
    await atlas.open('embed=1&event=2011-04-08-ashraf-raid');
    const frame = page.getByTestId('static-map-frame');
    await expect(frame).toBeAttached();
    // Squeezed under the notice, the sites outside it and the moves, it had no height left.
    expect((await frame.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(190);
    expect(await overviewMarkerProblems(page, atlas)).toEqual([]);
    await atlas.screenshot('no-webgl-embed');
  });
});
