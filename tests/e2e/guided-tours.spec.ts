// Guided tours outside presentation mode: the introduction offers them, the narration leads
// at the top of the details, the keys and the buttons step the tour, and a link keeps the step.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './playwright-helper';

const TOUR = 'protection-and-attacks';
const FIRST_STEP_EVENT = '2004-individual-protection-agreements';
const SECOND_STEP_EVENT = '2004-07-21-protected-persons';

test('the introduction offers the guided tours, and one starts at its first step with its narration', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  const offered = page.getByTestId('intro-tour');
  // Every curated tour of data/tours.json, with its length.
  await expect(offered).toHaveCount(4);
  await expect(offered.first()).toContainText(/about \d+ min, \d+ steps/);
  await page.locator(`[data-testid="intro-tour"][data-tour-id="${TOUR}"]`).click();
  await expect(atlas.introduction()).toHaveCount(0);
  const guide = page.getByTestId('tour-guide');
  await expect(guide).toContainText('Protection and attacks');
  await expect(guide.getByTestId('tour-guide-counter')).toHaveText('Step 1 of 10.');
  await expect(page.getByTestId('event-details')).toHaveAttribute(
    'data-event-id',
    FIRST_STEP_EVENT,
  );
  // Focus is on the tour, so → goes on at once; the details' own stepper gives way to the tour's.
  await expect(page.getByRole('heading', { name: /Guided tour: Protection/ })).toBeFocused();
  await expect(page.getByTestId('details-next')).toHaveCount(0);
  await atlas.screenshot('guided-tour-step-1');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await page.keyboard.press('ArrowRight');
  await expect(guide.getByTestId('tour-guide-counter')).toHaveText('Step 2 of 10.');
  await expect(page.getByTestId('event-details')).toHaveAttribute(
    'data-event-id',
    SECOND_STEP_EVENT,
  );
  // The address names the step, so a reload (or the link handed to a student) keeps it.
  await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('2');
  await page.reload();
  await expect(page.getByTestId('tour-guide-counter')).toHaveText('Step 2 of 10.');
  await page.getByTestId('tour-guide-previous').click();
  await expect(page.getByTestId('tour-guide-counter')).toHaveText('Step 1 of 10.');
  await page.getByTestId('tour-guide-next').click();
  await expect(page.getByTestId('tour-guide-counter')).toHaveText('Step 2 of 10.');
});

test('leaving a tour keeps its event on screen and gives the keys back to the chronology', async ({
  atlas,
  page,
}) => {
  await atlas.open(`tour=${TOUR}&step=2`);
  await expect(page.getByTestId('tour-guide-counter')).toHaveText('Step 2 of 10.');
  await page.getByTestId('tour-guide-leave').click();
  await expect(page.getByTestId('tour-guide')).toHaveCount(0);
  await expect(page.getByTestId('event-details')).toHaveAttribute(
    'data-event-id',
    SECOND_STEP_EVENT,
  );
  await expect.poll(() => new URL(page.url()).searchParams.has('tour')).toBe(false);
  // The chronology's own stepper is back.
  await expect(page.getByTestId('details-next')).toBeVisible();
  // Escape leaves a tour as well.
  await atlas.open(`tour=${TOUR}&step=3`);
  await expect(page.getByTestId('tour-guide')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tour-guide')).toHaveCount(0);
  await expect(page.getByTestId('event-details')).toBeVisible();
});

test('a guided tour prints as a handout whose QR code opens the tour at its first step', async ({
  atlas,
  page,
}) => {
  await atlas.open(`tour=${TOUR}&step=3`);
  await expect(page.getByTestId('tour-guide')).toBeVisible();
  // The print dialog itself is the browser's; the test looks at what paper gets.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByTestId('tour-guide-print').click();
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByTestId('tour-handout');
  await expect(handout).toBeVisible();
  await expect(handout).toContainText('Protection and attacks');
  // A curated tour carries no "made by a teacher" mark.
  await expect(handout).not.toContainText('not one of the atlas’s checked tours');
  const decoded = new URL((await atlas.readQrCode(handout.getByTestId('handout-qr'))) ?? '');
  expect(decoded.searchParams.get('tour')).toBe(TOUR);
  expect(decoded.searchParams.get('step')).toBe('1');
  await page.emulateMedia({ media: 'screen' });
  await page.goto(decoded.toString());
  await expect(page.getByTestId('tour-guide-counter')).toHaveText('Step 1 of 10.');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  test('a tour started from the introduction shows its narration and its buttons, not only the event below them', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    // On a phone the narration comes below the map and the timeline, and the event's
    // details below it; the page scrolls to the narration, not past it to the details.
    await page.locator(`[data-testid="intro-tour"][data-tour-id="${TOUR}"]`).tap();
    const guide = page.getByTestId('tour-guide');
    await expect(guide.getByTestId('tour-guide-counter')).toHaveText('Step 1 of 10.');
    await expect(page.getByTestId('tour-guide-narration')).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('tour-guide-next')).toBeInViewport({ ratio: 1 });
    await expect
      .poll(() => guide.evaluate((box) => Math.abs(box.getBoundingClientRect().top)))
      .toBeLessThan(1);
    await atlas.screenshot('phone-tour-step-1');
    // The tour's own button goes on, and the next step's narration stays in view.
    await page.getByTestId('tour-guide-next').tap();
    await expect(guide.getByTestId('tour-guide-counter')).toHaveText('Step 2 of 10.');
    await expect(page.getByTestId('event-details')).toHaveAttribute(
      'data-event-id',
      SECOND_STEP_EVENT,
    );
    await expect(page.getByTestId('tour-guide-narration')).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('tour-guide-next')).toBeInViewport({ ratio: 1 });
  });
});
