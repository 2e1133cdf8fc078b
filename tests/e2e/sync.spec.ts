// Every way of choosing something brings every view to it: the details show it, the
// timeline selects it and scrolls it into view, its site's marker is pressed and the map
// centres on the site. Coordinates are copied from data/sites.geojson.
import type { AtlasDriver } from './atlas-driver';
import { expect, type Page, test } from './playwright-helper';

const SITES: Readonly<Record<string, readonly [number, number]>> = {
  'camp-ashraf': [44.68, 33.95],
  tirana: [19.82, 41.33],
  brussels: [4.35, 50.85],
  'washington-dc': [-77.04, 38.9],
};

/** How far the settled map centre may be from the site, in degrees (about 5 km). */
const NEAR_DEGREES = 0.05;

async function expectShownEverywhere(
  atlas: AtlasDriver,
  page: Page,
  eventId: string,
  siteId: string,
): Promise<void> {
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', eventId);
  await expect.poll(() => atlas.selectedTimelineEventIds()).toEqual([eventId]);
  await expect.poll(() => atlas.isTimelineItemShown(eventId)).toBe(true);
  await expect(atlas.marker(siteId)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-testid^="site-marker-"][aria-pressed="true"]')).toHaveCount(1);
  const [longitude, latitude] = SITES[siteId] ?? [Number.NaN, Number.NaN];
  await expect
    .poll(() => atlas.mapCentreDistanceTo(longitude, latitude), {
      message: `map centred on ${siteId}`,
    })
    .toBeLessThan(NEAR_DEGREES);
}

test('an event chosen on the timeline shows everywhere', async ({ atlas, page }) => {
  await atlas.open('from=2011&to=2012');
  await atlas.waitForMap();
  await atlas.clickTimelineItem('2011-04-08-ashraf-raid');
  await expectShownEverywhere(atlas, page, '2011-04-08-ashraf-raid', 'camp-ashraf');
});

test('a site chosen on the map shows its lane and details, and the map stays put', async ({
  atlas,
  page,
}) => {
  await atlas.open('from=2011&to=2013');
  await atlas.waitForMap();
  const before = await atlas.mapCamera();
  await atlas.clickMarker('tirana');
  await expect(page.getByTestId('site-details')).toHaveAttribute('data-site-id', 'tirana');
  await expect(atlas.marker('tirana')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-testid^="site-marker-"][aria-pressed="true"]')).toHaveCount(1);
  await expect(
    page.getByTestId('timeline').locator('.vis-label.site-tirana.is-selected-site'),
  ).toHaveCount(1);
  await expect.poll(() => atlas.isLaneShown('tirana')).toBe(true);
  // The map never re-applies a choice made on it: no flight away from what the reader sees.
  expect(await atlas.mapCentreDistanceTo(before.longitude, before.latitude)).toBeLessThan(0.001);
});

test('an event chosen in the list shows everywhere and takes the focus each time', async ({
  atlas,
  page,
}) => {
  await atlas.open('view=list');
  await atlas.listItems().and(page.locator('[data-event-id="2013-09-19-ashton-hostages"]')).click();
  await expect(page.getByTestId('event-title')).toBeFocused();
  await expect(page.getByTestId('event-details')).toHaveAttribute(
    'data-event-id',
    '2013-09-19-ashton-hostages',
  );
  await expect.poll(() => atlas.selectedTimelineEventIds()).toEqual(['2013-09-19-ashton-hostages']);
  await expect.poll(() => atlas.isTimelineItemShown('2013-09-19-ashton-hostages')).toBe(true);
  // A second choice from the list moves the focus again, and the timeline selects it.
  await atlas.listItems().and(page.locator('[data-event-id="2015-us-congress-measures"]')).click();
  await expect(page.getByTestId('event-details')).toHaveAttribute(
    'data-event-id',
    '2015-us-congress-measures',
  );
  await expect(page.getByTestId('event-title')).toBeFocused();
  await expect.poll(() => atlas.selectedTimelineEventIds()).toEqual(['2015-us-congress-measures']);
  // Back on the map, the event's site is pressed and centred.
  await page.getByTestId('show-map').click();
  await expectShownEverywhere(atlas, page, '2015-us-congress-measures', 'washington-dc');
});

test('an event named in a link shows everywhere', async ({ atlas, page }) => {
  await atlas.open('event=2013-09-19-ashton-hostages');
  await expectShownEverywhere(atlas, page, '2013-09-19-ashton-hostages', 'brussels');
});

test('the arrow keys step to the next and previous event and every view follows', async ({
  atlas,
  page,
}) => {
  // Tirana and Brussels only: the 2012 resettlement (Tirana), then 19 September 2013 (Brussels).
  await atlas.open('sites=tirana,brussels&event=2012-resettlement-albania');
  await expectShownEverywhere(atlas, page, '2012-resettlement-albania', 'tirana');
  await page.getByTestId('timeline-keyboard-region').focus();
  await page.keyboard.press('ArrowRight');
  await expectShownEverywhere(atlas, page, '2013-09-19-ashton-hostages', 'brussels');
  await page.keyboard.press('ArrowLeft');
  await expectShownEverywhere(atlas, page, '2012-resettlement-albania', 'tirana');
});

test('a link the atlas wrote after a few steps opens the same view', async ({ atlas, page }) => {
  await atlas.open('view=list');
  await atlas.filterCategory('diplomacy');
  await atlas
    .listItems()
    .and(page.locator('[data-event-id="2011-12-25-clinton-statement"]'))
    .click();
  await page.getByTestId('timeline-zoom-in').click();
  await expect.poll(() => atlas.query().get('from')).not.toBeNull();
  await expect.poll(() => atlas.query().get('event')).toBe('2011-12-25-clinton-statement');
  // The address the atlas wrote after these steps, not one this test typed.
  const written = atlas.query().toString();
  const listedBefore = await atlas.listEventIds();
  expect(listedBefore.length).toBeGreaterThan(0);
  expect(listedBefore.length).toBeLessThan(20);

  await atlas.open(written);
  await expect(page.getByTestId('event-details')).toHaveAttribute(
    'data-event-id',
    '2011-12-25-clinton-statement',
  );
  await atlas.openFilters();
  await expect(page.getByTestId('filter-category-diplomacy')).toBeChecked();
  await expect(page.getByTestId('filter-category-attack')).not.toBeChecked();
  // The link holds the window in whole days, rounded outward, so an event less than a day
  // beyond the zoomed window's edge may join; none that was listed may go.
  await expect.poll(() => atlas.listEventIds()).toEqual(expect.arrayContaining(listedBefore));
  // The timeline selects the event again and shows it, in the window the link holds (the
  // list above follows that window; the lanes in sight may differ, so drawn items are not
  // compared one by one).
  await expect
    .poll(() => atlas.selectedTimelineEventIds())
    .toEqual(['2011-12-25-clinton-statement']);
  await expect.poll(() => atlas.isTimelineItemShown('2011-12-25-clinton-statement')).toBe(true);
  // Read back, the link is the same link: nothing was lost or changed on the way.
  await expect.poll(() => atlas.query().toString()).toBe(written);
});

test('leaving the disputed view for an event is one step back', async ({ atlas, page }) => {
  await atlas.open('page=disputed');
  const first = page.getByTestId('disputed-event').first();
  const eventId = (await first.getAttribute('data-event-id')) ?? '';
  await first.getByRole('button').first().click();
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', eventId);
  await expect(page.getByTestId('disputed-view')).toHaveCount(0);
  await page.goBack();
  await expect(page.getByTestId('disputed-view')).toBeVisible();
  await expect.poll(() => atlas.query().get('event')).toBeNull();
});

test('reading a document from About is one step back', async ({ atlas, page }) => {
  await atlas.open('page=about');
  await page.getByRole('button', { name: 'Read the document' }).first().click();
  await expect(page.getByTestId('source-reader')).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('about-sources')).toBeVisible();
  await expect(page.getByTestId('source-reader')).toHaveCount(0);
});

test('the list and the printed chronology follow the time window', async ({ atlas, page }) => {
  await atlas.open('view=list&from=2011&to=2011');
  const listed = await atlas.listEventIds();
  expect(listed).toContain('2011-04-08-ashraf-raid');
  expect(listed).toContain('2011-12-25-clinton-statement');
  expect(listed).not.toContain('2009-07-28-ashraf-raid');
  expect(listed).not.toContain('2013-09-01-ashraf-attack');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-chronology .print-event')).toHaveCount(listed.length);
  await page.emulateMedia({ media: 'screen' });
});

test("a link to a figure's passage opens the reader there", async ({ atlas, page }) => {
  await atlas.open('source=mek-overview&quote=ashraf-area-sq-mi');
  await expect(page.getByTestId('reader-passage')).toContainText('14-square-mile city');
  await expect(page.getByTestId('url-notices')).toHaveCount(0);
});
