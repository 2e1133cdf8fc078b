// The first minute of a visit: the introduction, keys that work from anywhere, the filters
// behind a button, and details that appear only when something is chosen.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './playwright-helper';

/** The earliest event of the dataset, where "Start at the beginning" leads. */
const FIRST_EVENT = '1986-06-move-to-iraq';
const SECOND_EVENT = '1988-03-nla-offensive';

test('a plain visit opens on the introduction, and "Start at the beginning" selects the first event', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  await expect(atlas.introduction()).toBeVisible();
  await expect(atlas.introduction()).toContainText('published by or for one side');
  await expect(page.getByTestId('details-panel')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await atlas.screenshot('desktop-introduction');
  await page.getByTestId('intro-start').click();
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', FIRST_EVENT);
  await expect(atlas.introduction()).toHaveCount(0);
  // The details take the introduction's place and focus, so the keys go on from there.
  await expect(page.getByTestId('event-title')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', SECOND_EVENT);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  test('"Start at the beginning" brings the event to the top of the screen', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    await page.getByTestId('intro-start').tap();
    const details = page.getByTestId('event-details');
    await expect(details).toHaveAttribute('data-event-id', FIRST_EVENT);
    await expect(page.getByTestId('event-title')).toBeFocused();
    // The details come below the map and the timeline on a phone: the page scrolls so that
    // they start at the top of the screen, their close button and title first, rather than
    // leaving a third of the screen to the bottom of the timeline's lanes.
    await expect
      .poll(() => details.evaluate((article) => Math.abs(article.getBoundingClientRect().top)))
      .toBeLessThan(1);
    await expect(page.getByTestId('event-title')).toBeInViewport({ ratio: 1 });
    await atlas.screenshot('phone-first-event');
  });
});

test('a link that names a view does not show the introduction; the header reopens it', async ({
  atlas,
  page,
}) => {
  await atlas.open('event=2011-04-08-ashraf-raid');
  await expect(page.getByTestId('event-details')).toBeVisible();
  await expect(atlas.introduction()).toHaveCount(0);
  await page.getByTestId('open-intro').click();
  await expect(atlas.introduction()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What this atlas shows' })).toBeFocused();
  // One key to leave it, and the details it covered come back.
  await page.keyboard.press('Escape');
  await expect(atlas.introduction()).toHaveCount(0);
  await expect(page.getByTestId('event-details')).toBeVisible();
});

test('→ and Page Down step through the events right after the page loads', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', FIRST_EVENT);
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', SECOND_EVENT);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', FIRST_EVENT);
  await page.keyboard.press('End');
  const last = await atlas.selectedEventId();
  expect(last).not.toBe(FIRST_EVENT);
  await page.keyboard.press('Home');
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', FIRST_EVENT);
});

test('after clicking an event, → and Page Down select the next one, even from the search field', async ({
  atlas,
  page,
}) => {
  await atlas.open('from=2011&to=2014');
  await atlas.openFilters();
  await page.getByTestId('search-input').focus();
  const shown = await atlas.clickableTimelineEventIds();
  const clicked = shown[2] ?? '';
  await atlas.clickTimelineItem(clicked);
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', clicked);
  const positionAfterClick = await page.getByTestId('details-position').textContent();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('event-details')).not.toHaveAttribute('data-event-id', clicked);
  const afterArrow = await atlas.selectedEventId();
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('event-details')).not.toHaveAttribute(
    'data-event-id',
    afterArrow ?? '',
  );
  const [position, count] = (positionAfterClick ?? '').split(' of ').map(Number);
  await expect(page.getByTestId('details-position')).toHaveText(
    `${(position ?? 0) + 2} of ${count}`,
  );
});

test('the keys leave text fields alone, and ? lists the keys', async ({ atlas, page }) => {
  await atlas.open('from=2011&to=2014');
  await atlas.search('raid');
  await page.getByTestId('search-input').press('ArrowLeft');
  await page.getByTestId('search-input').press('Home');
  expect(await atlas.selectedEventId()).toBeNull();
  await page.getByTestId('filters-close').click();
  await expect(page.getByTestId('filters-toggle')).toBeFocused();
  await expect(page.getByTestId('filters-toggle')).toHaveText('Filters (1 active)');
  await page.keyboard.press('?');
  const help = page.getByTestId('keys-help');
  await expect(help).toBeVisible();
  await expect(help).toContainText('Page Down');
  // The clicker's keys of presentation mode are listed too, from the table that handles them.
  await expect(help.getByRole('heading', { name: /In presentation mode/ })).toBeVisible();
  await expect(help).toContainText('Black the screen out');
  // Inside the dialog the arrows do not change the selection behind it.
  await page.keyboard.press('ArrowRight');
  expect(await atlas.selectedEventId()).toBeNull();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await atlas.screenshot('desktop-keys-help');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});

test('the details appear only with a selection, and step to the previous and next event', async ({
  atlas,
  page,
}) => {
  await atlas.open('from=2010&to=2014');
  await expect(page.getByTestId('details-panel')).toHaveCount(0);
  const mapBefore = await page.getByTestId('map-view').boundingBox();
  await atlas.clickTimelineItem('2011-04-08-ashraf-raid');
  await expect(page.getByTestId('details-panel')).toBeVisible();
  const mapWith = await page.getByTestId('map-view').boundingBox();
  expect(mapWith?.width ?? 0).toBeLessThan((mapBefore?.width ?? 0) - 200);
  await page.getByTestId('details-next').click();
  await expect(page.getByTestId('event-details')).not.toHaveAttribute(
    'data-event-id',
    '2011-04-08-ashraf-raid',
  );
  await page.getByTestId('details-previous').click();
  await expect(page.getByTestId('event-details')).toHaveAttribute(
    'data-event-id',
    '2011-04-08-ashraf-raid',
  );
  await page.getByTestId('close-details').click();
  await expect(page.getByTestId('details-panel')).toHaveCount(0);
  await expect
    .poll(async () => (await page.getByTestId('map-view').boundingBox())?.width)
    .toBeCloseTo(mapBefore?.width ?? 0, 0);
});

test('closing the introduction widens the timeline at once, not a second later', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  const drawnWidth = () =>
    page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('.timeline-host');
      const axis = host?.querySelector<HTMLElement>('.vis-panel.vis-background');
      return { box: host?.clientWidth ?? 0, drawn: Number.parseFloat(axis?.style.width ?? '0') };
    });
  const before = await drawnWidth();
  expect(before.drawn).toBe(before.box);
  // Closed, and looked at two frames later: the side column is gone and the timeline must
  // already be drawn across the width it gained.
  const after = await page.evaluate(async () => {
    document.querySelector<HTMLElement>('[data-testid="intro-close"]')?.click();
    for (let frame = 0; frame < 2; frame += 1)
      await new Promise((resolve) => requestAnimationFrame(resolve));
    const host = document.querySelector<HTMLElement>('.timeline-host');
    const axis = host?.querySelector<HTMLElement>('.vis-panel.vis-background');
    return { box: host?.clientWidth ?? 0, drawn: Number.parseFloat(axis?.style.width ?? '0') };
  });
  expect(after.box).toBeGreaterThan(before.box);
  expect(after.drawn).toBe(after.box);
});
