// Everyone can use it: axe finds no violation, the keyboard alone reaches everything, and
// without WebGL the atlas still works.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from './playwright-helper';

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

test('the opening view has no axe violation', async ({ atlas, page }) => {
  await atlas.open();
  expect(await axeViolations(page)).toEqual([]);
});

test('a selected event has no axe violation', async ({ atlas, page }) => {
  await atlas.open('event=2011-04-08-ashraf-raid');
  await page.getByTestId('event-details').waitFor();
  expect(await axeViolations(page)).toEqual([]);
});

test('the list view has no axe violation', async ({ atlas, page }) => {
  await atlas.open('view=list');
  await page.getByTestId('chronology-list').waitFor();
  expect(await axeViolations(page)).toEqual([]);
});

test('the source reader has no axe violation and shows the quoted passage', async ({
  atlas,
  page,
}) => {
  await atlas.open('event=2011-04-08-ashraf-raid');
  await page.getByTestId('read-in-source').first().click();
  const passage = page.getByTestId('reader-passage');
  await expect(passage).toBeVisible();
  await expect(passage).toBeInViewport();
  expect(await axeViolations(page)).toEqual([]);
  await atlas.screenshot('source-reader');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('the phone layout has no axe violation', async ({ atlas, page }) => {
    await atlas.open();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('with the keyboard alone a user selects an event, reads its claims, moves the window, filters and reaches the list', async ({
  atlas,
  page,
}) => {
  // Dozens of single key presses, each checked: slow when the machine is loaded.
  test.slow();
  await atlas.open();
  // The skip link comes first and leads to the events.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the events' })).toBeFocused();
  // Tab to the timeline, then choose events with the arrow keys.
  const timeline = page.getByTestId('timeline-keyboard-region');
  await atlas.pressUntilFocused(timeline, 'Tab');
  await expect(timeline).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const first = await atlas.selectedEventId();
  expect(first).not.toBeNull();
  await page.keyboard.press('ArrowRight');
  const second = await atlas.selectedEventId();
  expect(second).not.toBe(first);
  await expect(page.getByTestId('claim').first()).toBeVisible();
  // Zoom in with +: the window in the link narrows.
  const widthBefore = await page.evaluate(() => location.search);
  await page.keyboard.press('+');
  await expect.poll(() => page.evaluate(() => location.search)).not.toBe(widthBefore);
  expect(atlas.query().get('from')).not.toBeNull();
  // Filter with the keyboard: Shift+Tab back to the Filters button, open the drawer with
  // Enter, Tab to the attack checkbox and press Space.
  const filtersButton = page.getByTestId('filters-toggle');
  await atlas.pressUntilFocused(filtersButton, 'Shift+Tab');
  await expect(filtersButton).toBeFocused();
  await page.keyboard.press('Enter');
  const attack = page.getByTestId('filter-category-attack');
  await atlas.pressUntilFocused(attack, 'Tab');
  await expect(attack).toBeFocused();
  await page.keyboard.press('Space');
  await expect(attack).toBeChecked();
  await expect(filtersButton).toContainText('1 active');
  // Reach the list: Shift+Tab back to the list switch in the header and press Enter.
  const listSwitch = page.getByTestId('show-list');
  await atlas.pressUntilFocused(listSwitch, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('chronology-list')).toBeVisible();
});

test('Escape closes the details and returns focus to the list item that opened them', async ({
  atlas,
  page,
}) => {
  await atlas.open('view=list');
  const item = atlas.listItems().nth(2);
  await item.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('event-details')).toBeVisible();
  await page.getByTestId('event-title').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('event-details')).toHaveCount(0);
  await expect(item).toBeFocused();
});

test('a new selection and a new time window are announced politely', async ({ atlas, page }) => {
  await atlas.open('view=list');
  const region = page.getByTestId('live-region');
  // The opening window is announced 0.8 s after load, and a window's announcement replaces a
  // selection's: choose after it, and an event well inside the window (the first one sits at
  // its edge, so choosing it also moves the window).
  await expect(region).toContainText(/^Showing .+ to .+, \d+ events?$/);
  await atlas.listItems().nth(5).click();
  await expect(region).toHaveAttribute('aria-live', 'polite');
  await expect(region).toContainText(/Camp Ashraf|Camp Liberty|Baghdad|Tirana/);
  await page.getByTestId('timeline-zoom-in').click();
  await expect(region).toContainText(/^Showing .+ to .+, \d+ events?$/);
  // An event known as a span is announced with both its ends, as the details show it, not
  // with its start as if that were its date.
  await page
    .locator('[data-testid="chronology-item"][data-event-id="2009-02-security-handover"]')
    .click();
  await expect(region).toHaveText(
    'December 2008 – February 2009, Camp Ashraf: US hands protection of Camp Ashraf to the Iraqi government',
  );
});

// Windows' contrast themes (forced colours) replace every colour and background with the
// theme's: a state shown only by a fill or a shadow disappears. Each theme's palette is the
// browser's, so the checks compare states with each other, not with fixed colours.
test.describe('in a contrast theme (forced colours)', () => {
  for (const colorScheme of ['dark', 'light'] as const) {
    test(`the chosen site, the pressed view and the current list entry stand out (${colorScheme})`, async ({
      atlas,
      page,
    }) => {
      await page.emulateMedia({ forcedColors: 'active', colorScheme });
      await atlas.open('event=2011-04-08-ashraf-raid');
      await atlas.waitForMap();
      const dotFill = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((dot) => getComputedStyle(dot).backgroundColor);
      const chosen = await dotFill('.site-marker.is-selected .site-marker-dot');
      const other = await dotFill('.site-marker:not(.is-selected, .is-dimmed) .site-marker-dot');
      expect(chosen).not.toBe(other);

      const look = (name: string) =>
        page.getByRole('button', { name, exact: true }).evaluate((button) => {
          const style = getComputedStyle(button);
          return { fill: style.backgroundColor, text: style.color };
        });
      const pressed = await look('Map');
      const unpressed = await look('Chronology list');
      expect(pressed.fill).not.toBe(unpressed.fill);
      expect(pressed.text).not.toBe(pressed.fill);

      await page.getByRole('button', { name: 'Chronology list', exact: true }).click();
      const current = page.locator('[data-testid="chronology-item"][aria-current="true"]');
      await expect(current).toBeVisible();
      const outline = await current.evaluate((item) => {
        const style = getComputedStyle(item);
        return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
      });
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
    });
  }

  test('the map’s attribution button keeps a light ground under its dark icon in a dark theme', async ({
    atlas,
    page,
  }) => {
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await atlas.open();
    await atlas.waitForMap();
    const ground = await page
      .locator('.maplibregl-ctrl-attrib.maplibregl-compact')
      .evaluate((control) => getComputedStyle(control).backgroundColor);
    const [red, green, blue] = (ground.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    // The icon is drawn dark (MapLibre's image); its ground must be light to show it.
    expect((red ?? 0) + (green ?? 0) + (blue ?? 0)).toBeGreaterThan(3 * 200);
  });
});
