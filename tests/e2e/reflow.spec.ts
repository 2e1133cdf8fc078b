// Zoomed-in browsers and small windows (WCAG 1.4.4 and 1.4.10): 200 % and 400 % zoom are
// tested as the CSS viewports they give. Nothing overlaps, nothing scrolls sideways, and a
// link to an event shows its title on the first screen.
import { expect, test } from './playwright-helper';

const EVENT = '2011-04-08-ashraf-raid';

const SIZES = [
  { name: '960x540', width: 960, height: 540, scale: 1, note: '1920×1080 at 200 %' },
  { name: '683x384', width: 683, height: 384, scale: 1, note: '1366×768 at 200 %' },
  { name: '640x360', width: 640, height: 360, scale: 1, note: '1280×720 at 200 %' },
  { name: '320x256', width: 320, height: 256, scale: 1, note: '1280×1024 at 400 %' },
  { name: '1280x720-2x', width: 1280, height: 720, scale: 2, note: 'a high-density laptop' },
];

for (const size of SIZES) {
  test.describe(`at ${size.name} (${size.note})`, () => {
    test.use({
      viewport: { width: size.width, height: size.height },
      deviceScaleFactor: size.scale,
    });

    test('nothing overlaps, nothing scrolls sideways, and the linked event is on the first screen', async ({
      atlas,
      page,
    }) => {
      await atlas.open(`event=${EVENT}`);
      await page.getByTestId('map-view').waitFor();
      const title = page.getByTestId('event-title');
      await expect(title).toHaveText(/April 2011/);
      await expect.poll(() => atlas.isOnFirstScreen(title)).toBe(true);
      expect(await atlas.horizontalOverflow()).toBeLessThanOrEqual(0);
      expect(await atlas.overlaps()).toEqual([]);
      await atlas.screenshot(`reflow-${size.name}-event`);
      // Every control stays reachable: the timeline's own buttons are on the page, unhidden.
      await page.getByTestId('timeline-next').scrollIntoViewIfNeeded();
      await expect(page.getByTestId('timeline-next')).toBeInViewport();
      expect(await atlas.overlaps()).toEqual([]);
      await atlas.screenshot(`reflow-${size.name}-timeline`);
    });

    test('the introduction and the filters fit without overlapping', async ({ atlas, page }) => {
      await atlas.open();
      await expect(atlas.introduction()).toBeVisible();
      // Once the atlas is kept for offline use the header says so; that must not push the
      // introduction off the first screen either.
      // (The copy is made after the map is drawn: on a loaded machine that takes a while.)
      await expect(page.getByTestId('offline-note')).toHaveText(/Available offline/, {
        timeout: 30_000,
      });
      await expect
        .poll(() =>
          atlas.isOnFirstScreen(page.getByRole('heading', { name: 'What this atlas shows' })),
        )
        .toBe(true);
      expect(await atlas.horizontalOverflow()).toBeLessThanOrEqual(0);
      expect(await atlas.overlaps()).toEqual([]);
      await atlas.screenshot(`reflow-${size.name}-introduction`);
      await atlas.openFilters();
      expect(await atlas.horizontalOverflow()).toBeLessThanOrEqual(0);
      expect(await atlas.overlaps()).toEqual([]);
    });
  });
}

test.describe('on a phone held sideways at 400 % zoom (320×256)', () => {
  test.use({ viewport: { width: 320, height: 256 } });

  test('the less used header controls fold behind More, and each still works', async ({
    atlas,
    page,
  }) => {
    await atlas.open('event=2011-04-08-ashraf-raid');
    await expect(page.getByTestId('open-intro')).toBeHidden();
    const more = page.getByTestId('header-more');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    for (const id of [
      'open-intro',
      'open-keys',
      'open-tour-editor',
      'open-share',
      'present-button',
    ]) {
      await expect(page.getByTestId(id)).toBeVisible();
    }
    expect(await atlas.horizontalOverflow()).toBeLessThanOrEqual(0);
    await atlas.screenshot('reflow-320x256-more');
    await page.getByTestId('open-intro').click();
    await expect(atlas.introduction()).toBeVisible();
    // The choice folds the menu again.
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('open-intro')).toBeHidden();
    // Share opens its dialog from inside the menu, which stays open under it.
    await more.click();
    await page.getByTestId('open-share').click();
    await expect(page.getByRole('dialog')).toBeVisible();
  });
});

test.describe('with a larger text size set in the browser (24 px instead of 16 px)', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the page’s text follows it, nothing overlaps or scrolls sideways, and the linked event is on the first screen', async ({
    atlas,
    page,
  }) => {
    // A reader's own default text size (a browser setting for low vision), not a zoom: the
    // page set its root to 16 px, so its text stayed small while the layout, whose
    // breakpoints follow the browser's size, took the narrow form.
    const browser = await page.context().newCDPSession(page);
    await browser.send('Page.enable');
    await browser.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
    await atlas.open(`event=${EVENT}`);
    await page.getByTestId('map-view').waitFor();
    const title = page.getByTestId('event-title');
    await expect(title).toHaveText(/April 2011/);
    const summary = page.getByTestId('event-details').locator('p').first();
    const size = await summary.evaluate((element) =>
      Number.parseFloat(getComputedStyle(element).fontSize),
    );
    expect(size, 'the details’ text size').toBeGreaterThanOrEqual(24);
    await expect.poll(() => atlas.isOnFirstScreen(title)).toBe(true);
    expect(await atlas.horizontalOverflow()).toBeLessThanOrEqual(0);
    expect(await atlas.overlaps()).toEqual([]);
    await atlas.screenshot('reflow-text-size-24');
  });
});
