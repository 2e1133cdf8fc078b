// A teacher's own tour, with no server: made in the editor, carried whole by its link,
// printed as a handout; a damaged link says so in one line and the atlas still works.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './playwright-helper';

const RAID = '2011-04-08-ashraf-raid';
const ATTACK = '2013-09-01-ashraf-attack';

test('a teacher picks events, writes narration, reorders, and gets a link and QR code of the tour', async ({
  atlas,
  page,
}) => {
  await atlas.open(`event=${RAID}`);
  const editor = await atlas.openTourEditor();
  await editor.getByTestId('tour-title').fill('Ashraf under attack');
  await editor.getByTestId('tour-audience').fill('Year 11 history, no prior knowledge');
  await editor.getByTestId('tour-add-selected').click();
  await editor.getByTestId('tour-pick').selectOption(ATTACK);
  await editor.getByTestId('tour-add').click();
  const narrations = editor.getByTestId('tour-step-narration');
  await narrations
    .nth(0)
    .fill('Iraqi forces enter Camp Ashraf; the documents give different tolls.');
  await expect(editor.getByTestId('tour-problems')).toContainText('Step 2, narration');
  await narrations.nth(1).fill('An attack on the camp, as the residents’ supporters describe it.');
  // The second step goes first.
  await editor.getByTestId('tour-step-up').nth(1).click();
  await expect(editor.getByTestId('tour-editor-step').first()).toHaveAttribute(
    'data-event-id',
    ATTACK,
  );
  const link = await editor.getByTestId('tour-link').inputValue();
  expect(new URL(link).searchParams.get('mytour')).toMatch(/^1\./);
  expect(new URL(link).searchParams.get('event')).toBe(ATTACK);
  expect(await atlas.readQrCode(editor.getByTestId('tour-qr'))).toBe(link);
  await atlas.screenshot('tour-editor');
  // The draft is kept in this browser: closing and reopening loses nothing.
  await page.keyboard.press('Escape');
  const reopened = await atlas.openTourEditor();
  await expect(reopened.getByTestId('tour-editor-step')).toHaveCount(2);
  expect(await reopened.getByTestId('tour-link').inputValue()).toBe(link);
});

test('a teacher’s tour link opens the tour, marked as not curated, and a damaged one says so in one line', async ({
  atlas,
  page,
}) => {
  await atlas.open(`event=${RAID}`);
  const editor = await atlas.openTourEditor();
  await editor.getByTestId('tour-title').fill('Two attacks');
  await editor.getByTestId('tour-audience').fill('Year 11');
  await editor.getByTestId('tour-add-selected').click();
  await editor.getByTestId('tour-pick').selectOption(ATTACK);
  await editor.getByTestId('tour-add').click();
  const narrations = editor.getByTestId('tour-step-narration');
  await narrations
    .nth(0)
    .fill('Iraqi forces enter Camp Ashraf; the documents give different tolls.');
  await narrations.nth(1).fill('An attack on the camp, as the residents’ supporters describe it.');
  const link = await editor.getByTestId('tour-link').inputValue();
  await page.goto(link);
  const guide = page.getByTestId('tour-guide');
  await expect(guide).toContainText('Two attacks');
  await expect(guide.getByTestId('tour-not-curated')).toBeVisible();
  await expect(guide.getByTestId('tour-guide-counter')).toHaveText('Step 1 of 2.');
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', RAID);
  await expect(page.getByTestId('notice-banner')).toHaveCount(0);
  await atlas.screenshot('tour-from-link');
  // It plays like a curated tour: the clicker's Page Down goes to step 2, and the address
  // keeps the tour, so a reload (or a student's copy of the link) stays on that step.
  await page.keyboard.press('PageDown');
  await expect(guide.getByTestId('tour-guide-counter')).toHaveText('Step 2 of 2.');
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', ATTACK);
  await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('2');
  expect(new URL(page.url()).searchParams.get('mytour')).toBe(
    new URL(link).searchParams.get('mytour'),
  );
  await page.reload();
  await expect(page.getByTestId('tour-guide-counter')).toHaveText('Step 2 of 2.');
  // In presentation mode the narration band carries the same mark, and Page Up steps back.
  await page.getByTestId('tour-guide-present').click();
  const band = page.getByTestId('narration');
  await expect(band.getByTestId('tour-not-curated')).toBeVisible();
  await expect(band).toHaveAttribute('data-step', '2');
  await page.keyboard.press('PageUp');
  await expect(band).toHaveAttribute('data-step', '1');
  await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', RAID);
  // Cut short, as a link copied by hand may be: one line says so; the atlas still works.
  const damaged = new URL(link);
  damaged.searchParams.set('mytour', (damaged.searchParams.get('mytour') ?? '').slice(0, 40));
  await atlas.open(damaged.search);
  await expect(page.getByTestId('url-notices').locator('li')).toHaveText([
    /the tour in this link is damaged/,
  ]);
  await expect(page.getByTestId('tour-guide')).toHaveCount(0);
  expect(await atlas.timelineItems().count()).toBeGreaterThan(5);
});

test('the tour editor has no axe violation', async ({ atlas, page }) => {
  await atlas.open(`event=${RAID}`);
  const editor = await atlas.openTourEditor();
  await editor.getByTestId('tour-add-selected').click();
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
});

for (const size of [
  { name: 'a 1024×768 projector', viewport: { width: 1024, height: 768 }, touch: false },
  { name: 'a phone', viewport: { width: 320, height: 640 }, touch: true },
]) {
  test.describe(`on ${size.name}`, () => {
    test.use({ viewport: size.viewport, hasTouch: size.touch, isMobile: size.touch });

    test('the tour editor fits its dialog: the list of events does not widen it sideways', async ({
      atlas,
      page,
    }) => {
      await atlas.open(`event=${RAID}`);
      const more = page.getByTestId('header-more');
      if (await more.isVisible()) await more.click();
      const editor = await atlas.openTourEditor();
      // The list is as wide as the longest event title; it used to push the dialog 139 px
      // (at 1024) to 689 px (on a phone) past its edge, so the dialog scrolled sideways.
      const overflow = await editor.evaluate((dialog) => dialog.scrollWidth - dialog.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const dialogBox = await editor.boundingBox();
      const pickBox = await editor.getByTestId('tour-pick').boundingBox();
      expect(pickBox && dialogBox && pickBox.x + pickBox.width).toBeLessThanOrEqual(
        (dialogBox?.x ?? 0) + (dialogBox?.width ?? 0),
      );
      await atlas.screenshot(`tour-editor-${size.viewport.width}`);
    });
  });
}

test('the printed handout has the tour’s steps, their quotes, the sources and a QR code of the tour', async ({
  atlas,
  page,
}) => {
  await atlas.open(`event=${RAID}`);
  const editor = await atlas.openTourEditor();
  await editor.getByTestId('tour-title').fill('One raid');
  await editor.getByTestId('tour-audience').fill('Year 11');
  await editor.getByTestId('tour-add-selected').click();
  await editor
    .getByTestId('tour-step-narration')
    .fill('Iraqi forces enter Camp Ashraf; the documents give different tolls.');
  const link = await editor.getByTestId('tour-link').inputValue();
  const quote = (await page.getByTestId('claim').first().locator('blockquote').innerText())
    .replace(/^“|”$/g, '')
    .slice(0, 40);
  // The print dialog itself is the browser's; the test looks at what paper gets.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await editor.getByTestId('tour-print').click();
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByTestId('tour-handout');
  await expect(handout).toBeVisible();
  await expect(page.locator('.print-chronology')).toBeHidden();
  await expect(handout).toContainText('One raid');
  await expect(handout).toContainText('not one of the atlas’s checked tours');
  expect((await handout.innerText()).replace(/\s+/g, ' ')).toContain(quote.replace(/\s+/g, ' '));
  expect(await atlas.readQrCode(handout.getByTestId('handout-qr'))).toBe(link);
  await page.emulateMedia({ media: 'screen' });
});
