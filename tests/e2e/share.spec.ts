// Handing the view out: a link to copy and a QR code that a phone reads as that same link.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './playwright-helper';

test('the QR code in the Share dialog reads as the link of the current view, which opens the same view', async ({
  atlas,
  page,
}) => {
  await atlas.open('event=2011-04-08-ashraf-raid&from=2009&to=2014&cat=attack');
  const dialog = await atlas.openShare();
  const decoded = await atlas.readQrCode(dialog.getByTestId('share-qr'));
  expect(decoded).toBe(page.url());
  await expect(dialog.getByTestId('share-url')).toHaveValue(page.url());
  await atlas.screenshot('share-dialog');
  // A student who scans it lands on the same event and window.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('share-dialog')).toHaveCount(0);
  await expect(page.getByTestId('open-share')).toBeFocused();
  await page.goto(decoded ?? '');
  await expect(page.getByTestId('event-details')).toHaveAttribute(
    'data-event-id',
    '2011-04-08-ashraf-raid',
  );
  expect(atlas.query().get('from')).toBe('2009');
});

test('the shared link follows a selection made just before sharing', async ({ atlas }) => {
  await atlas.open('view=list');
  await atlas.listItems().nth(3).click();
  const eventId = await atlas.selectedEventId();
  const dialog = await atlas.openShare();
  const decoded = new URL((await atlas.readQrCode(dialog.getByTestId('share-qr'))) ?? '');
  expect(decoded.searchParams.get('event')).toBe(eventId);
  expect(decoded.searchParams.get('view')).toBe('list');
});

test('a link shared while presenting opens the same tour step, not presentation mode', async ({
  atlas,
  page,
}) => {
  await atlas.open('tour=protection-and-attacks&step=6&present=1');
  await page.locator('[data-testid="open-share"]:visible').click();
  const dialog = page.getByTestId('share-dialog');
  const decoded = new URL((await atlas.readQrCode(dialog.getByTestId('share-qr'))) ?? '');
  expect(decoded.searchParams.get('tour')).toBe('protection-and-attacks');
  expect(decoded.searchParams.get('step')).toBe('6');
  expect(decoded.searchParams.get('present')).toBeNull();
});

test('Copy link puts the link on the clipboard and says so', async ({ atlas, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await atlas.open('event=2013-09-01-ashraf-attack');
  const dialog = await atlas.openShare();
  await dialog.getByTestId('copy-link').click();
  await expect(dialog.getByTestId('copy-status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('the Share dialog has no axe violation', async ({ atlas, page }) => {
  await atlas.open('event=2011-04-08-ashraf-raid');
  await atlas.openShare();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test.describe('on a projector', () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  test('the QR code takes most of the screen height, so it can be scanned from a seat', async ({
    atlas,
    page,
  }) => {
    await atlas.open('event=2011-04-08-ashraf-raid');
    const dialog = await atlas.openShare();
    const box = await dialog.getByTestId('share-qr').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(0.45 * 768);
    await expect(dialog.getByTestId('share-qr')).toBeInViewport({ ratio: 1 });
    await atlas.screenshot('share-dialog-projector');
    expect(await atlas.readQrCode(dialog.getByTestId('share-qr'))).toBe(page.url());
  });
});
