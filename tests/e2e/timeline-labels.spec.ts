// The timeline a reader can take in at a glance: every lane on the first screen of a laptop,
// titles whole (or a compact mark), full years on the axis, and the wheel doing what the hint
// under the toolbar says.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { closedGate } from './gate';
import { expect, test } from './playwright-helper';
import { TimelineDriver } from './timeline-driver';

// `titles`: how many whole titles at least, beside the introduction's column.
const SIZES = [
  { name: '1366x768', width: 1366, height: 768, titles: 6 },
  { name: '1920x1080', width: 1920, height: 1080, titles: 6 },
  // A small laptop, and a projector outside presentation mode: shorter lanes.
  { name: '1280x720', width: 1280, height: 720, titles: 5 },
  { name: '1024x768', width: 1024, height: 768, titles: 3 },
];

for (const size of SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('every lane is on screen without scrolling, and no visible title is cut', async ({
      atlas,
    }) => {
      const timeline = new TimelineDriver(atlas);
      await timeline.open();
      const { scrolledBy, lanes } = await timeline.lanes();
      expect(scrolledBy).toBe(0);
      expect(lanes.map((lane) => lane.name)).toEqual([
        'Camp Ashraf',
        'Camp Liberty',
        'Baghdad',
        'Tirana',
        'Other places',
      ]);
      expect(lanes.filter((lane) => !lane.onScreen).map((lane) => lane.name)).toEqual([]);
      const titles = await timeline.visibleTitles();
      // Enough titles to read the story's shape, each one whole (never fewer than 12 letters).
      expect(titles.length).toBeGreaterThanOrEqual(size.titles);
      const cut = titles.filter(
        (title) =>
          title.visibleCharacters < title.text.length ||
          title.visibleCharacters < Math.min(12, title.text.length),
      );
      expect(cut).toEqual([]);
      await atlas.screenshot(`timeline-${size.name}`);
    });

    test('with an event chosen, the lanes still fit and its title is whole', async ({
      atlas,
      page,
    }) => {
      const timeline = new TimelineDriver(atlas);
      await atlas.open('event=2011-04-08-ashraf-raid');
      await expect(page.getByTestId('event-details')).toBeVisible();
      await timeline.settle();
      const { lanes } = await timeline.lanes();
      expect(lanes.filter((lane) => !lane.onScreen).map((lane) => lane.name)).toEqual([]);
      const titles = await timeline.visibleTitles();
      const chosen = titles.find((title) => title.text.startsWith('Iraqi forces raid Camp Ashraf'));
      expect(chosen?.visibleCharacters).toBe(chosen?.text.length);
      expect(titles.filter((title) => title.visibleCharacters < title.text.length)).toEqual([]);
      await atlas.screenshot(`timeline-${size.name}-event`);
    });
  });
}

test.describe('with the reader’s own text spacing (WCAG 1.4.12)', () => {
  for (const size of SIZES.filter((each) => each.name !== '1280x720')) {
    test(`at ${size.name}, set after the page opened, every title is placed again whole and uncovered`, async ({
      atlas,
      page,
    }) => {
      // Wider letters than the titles were measured in ran over the next mark, or off the
      // lanes' start ("…y statement on transferring security…").
      await page.setViewportSize({ width: size.width, height: size.height });
      const timeline = new TimelineDriver(atlas);
      await timeline.open();
      expect(await timeline.titlesNotReadable()).toEqual([]);
      await atlas.setReaderTextSpacing();
      await expect.poll(() => timeline.titlesNotReadable()).toEqual([]);
      // Titles are still shown whole, not all made marks (the lanes are shorter now: the
      // header's lines are taller).
      expect((await timeline.visibleTitles()).length).toBeGreaterThanOrEqual(2);
      await atlas.screenshot(`timeline-text-spacing-${size.name}`);
    });
  }
});

test('the axis prints full years, never a cut "85"', async ({ atlas }) => {
  const timeline = new TimelineDriver(atlas);
  await timeline.open();
  const labels = await timeline.axisLabels();
  expect(labels.length).toBeGreaterThanOrEqual(4);
  expect(labels.filter((label) => !/^(19|20)\d\d$/.test(label))).toEqual([]);
  // Zoomed in to months, each label still carries its year.
  await timeline.open('from=2011-01&to=2011-12');
  const months = await timeline.axisLabels();
  expect(months.length).toBeGreaterThanOrEqual(4);
  expect(months.filter((label) => !/20\d\d/.test(label))).toEqual([]);
});

test('a plain wheel leaves the time window alone and Ctrl + wheel zooms, as the hint says', async ({
  atlas,
  page,
}) => {
  const timeline = new TimelineDriver(atlas);
  await timeline.open('from=2005&to=2014');
  await expect(page.getByTestId('timeline-hint')).toBeVisible();
  await expect(page.getByTestId('timeline-hint')).toContainText('Ctrl + scroll to zoom');
  const lanes = await page.locator('.timeline .vis-panel.vis-center').boundingBox();
  if (!lanes) throw new Error('the lanes are not drawn');
  await page.mouse.move(lanes.x + lanes.width / 2, lanes.y + lanes.height / 2);
  const before = timeline.windowInLink();
  await page.mouse.wheel(0, 300);
  // Give a zoom, were there one, time to settle and reach the link.
  await page.waitForTimeout(600);
  expect(timeline.windowInLink()).toEqual(before);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect
    .poll(() => {
      const [from, to] = timeline.windowInLink();
      return to - from;
    })
    .toBeLessThan(before[1] - before[0]);
});

test('two events of the same day in one lane are both drawn and each can be clicked', async ({
  atlas,
  page,
}) => {
  // data/events.csv: an op-ed and the raid, both 8 April 2011 at Camp Ashraf; at this zoom
  // both are compact marks on the lane's last row, which used to draw one exactly over the other.
  const sameDay = ['2011-04-08-afshar-oped', '2011-04-08-ashraf-raid'];
  const timeline = new TimelineDriver(atlas);
  await timeline.open('from=2011&to=2014');
  for (const eventId of sameDay) {
    await expect(atlas.timelineItem(eventId)).toBeVisible();
    expect(await atlas.clickableTimelineEventIds()).toContain(eventId);
  }
  for (const eventId of sameDay) {
    await atlas.clickTimelineItem(eventId);
    await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', eventId);
  }
});

test('a span of a month on a crowded strip keeps a spot a pointer can reach', async ({
  atlas,
  page,
}) => {
  // data/events.csv: three events dated to a month (or two days). At the opening zoom each is
  // drawn no wider than its icon on its lane's strip, among marks of single days, which used
  // to be drawn over it.
  const monthSpans = ['2011-08-kobler-appointed', '2012-04-stango-oped', '2013-09-02-unami-visit'];
  const timeline = new TimelineDriver(atlas);
  await timeline.open();
  const clickable = await atlas.clickableTimelineEventIds();
  expect(monthSpans.filter((eventId) => !clickable.includes(eventId))).toEqual([]);
  await atlas.clickTimelineItem('2012-04-stango-oped');
  await expect(page.getByTestId('event-details')).toHaveAttribute(
    'data-event-id',
    '2012-04-stango-oped',
  );
});

test('spans of the very same period in one lane are drawn as one bar that says how many, and a click reaches each', async ({
  atlas,
  page,
}) => {
  // data/events.csv: nine countries named as destinations, each 2012–2016 in "Other places".
  // At the opening zoom all nine are compact spans on the lane's last row, which drew them
  // exactly one over the other: one bar, and only its top event could be pointed at.
  const nine = [
    'belgium',
    'denmark',
    'finland',
    'germany',
    'italy',
    'netherlands',
    'norway',
    'spain',
    'united-kingdom',
  ].map((country) => `2012-resettlement-${country}`);
  const timeline = new TimelineDriver(atlas);
  await timeline.open();
  expect((await timeline.reachableItem(nine))?.count, 'the count the bar shows').toBe('9');
  const details = page.getByTestId('event-details');
  const reached = new Set<string>();
  for (let click = 0; click < 9; click += 1) {
    // The chosen one leaves the bar for a row with its title: the bar with the count is
    // clicked again, once the timeline has redrawn its lanes (as a person waits for it).
    await expect
      .poll(() => timeline.reachableItem(nine, { counted: true }), { timeout: 5000 })
      .not.toBeNull();
    const bar = await timeline.reachableItem(nine, { counted: true });
    if (!bar) break;
    const before = [...reached].at(-1) ?? '';
    await page.mouse.click(bar.x, bar.y);
    await expect(details).toHaveAttribute('data-event-id', /./);
    await expect(details).not.toHaveAttribute('data-event-id', before);
    reached.add((await details.getAttribute('data-event-id')) ?? '');
  }
  expect([...reached].sort()).toEqual(nine);
});

test('a click on marks lying one over another lists every event there, and each can be chosen', async ({
  atlas,
  page,
}) => {
  const timeline = new TimelineDriver(atlas);
  await timeline.open();
  // At the opening zoom a few marks of the crowded strips lie wholly under others.
  const hidden = await timeline.eventsUnderOthers();
  expect(hidden.length, 'marks no pointer reaches at 1366×768').toBeGreaterThan(0);
  const pile = timeline.pile();
  for (const eventId of hidden) {
    await timeline.pointAt(eventId);
    await expect(pile).toBeVisible();
    // The list names how many are drawn there and holds the hidden one; nothing is chosen
    // yet, and the keys now move in the list.
    await expect(pile).toHaveAttribute('aria-label', /^\d+ events drawn here$/);
    expect(await pile.locator('.timeline-pile-event').count()).toBeGreaterThanOrEqual(2);
    await expect(pile.locator('.timeline-pile-event').first()).toBeFocused();
    expect(await atlas.selectedEventId()).toBeNull();
    await pile.locator(`.timeline-pile-event[data-event-id="${eventId}"]`).click();
    await expect(pile).toBeHidden();
    await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', eventId);
    await expect(page.getByTestId('timeline-keyboard-region')).toBeFocused();
    // Back to the opening view for the next one.
    await timeline.open();
  }
});

test('the list of a pile closes with Escape or any key it does not use, and passes axe', async ({
  atlas,
  page,
}) => {
  const timeline = new TimelineDriver(atlas);
  await timeline.open();
  const [eventId = ''] = await timeline.eventsUnderOthers();
  expect(eventId).not.toBe('');
  await timeline.pointAt(eventId);
  const pile = timeline.pile();
  await expect(pile).toBeVisible();
  await atlas.screenshot('timeline-pile');
  const axe = await new AxeBuilder({ page }).include('[data-testid="timeline-pile"]').analyze();
  expect(axe.violations).toEqual([]);
  // ↓ moves in the list, not along the timeline.
  await page.keyboard.press('ArrowDown');
  await expect(pile.locator('.timeline-pile-event').nth(1)).toBeFocused();
  expect(await atlas.selectedEventId()).toBeNull();
  await page.keyboard.press('Escape');
  await expect(pile).toBeHidden();
  const region = page.getByTestId('timeline-keyboard-region');
  await expect(region).toBeFocused();
  // Any other key closes the list and does what it does on the timeline: → steps to an event.
  await timeline.pointAt(eventId);
  await expect(pile).toBeVisible();
  await page.keyboard.press('Shift');
  await expect(pile).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(pile).toBeHidden();
  await expect(page.getByTestId('event-details')).toBeVisible();
  await expect(region).toBeFocused();
  // A window resized under it moves the marks it was about: it closes.
  await timeline.open();
  await timeline.pointAt(eventId);
  await expect(pile).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 768 });
  await expect(pile).toBeHidden();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  /** Closes the introduction, scrolls to the timeline and finds a mark lying under others. */
  async function scrollToAPile(page: Page, timeline: TimelineDriver): Promise<string> {
    await page.getByRole('button', { name: 'Explore' }).tap();
    await page.getByTestId('timeline-keyboard-region').scrollIntoViewIfNeeded();
    // A phone's strips are all marks (no titles to wait for): wait for the piles themselves.
    await expect.poll(async () => (await timeline.eventsUnderOthers()).length).toBeGreaterThan(0);
    const [eventId = ''] = await timeline.eventsUnderOthers();
    return eventId;
  }

  test('a tap on a pile of marks lists them where the finger was, and the page stays put', async ({
    atlas,
    page,
  }) => {
    const timeline = new TimelineDriver(atlas);
    await atlas.open();
    const eventId = await scrollToAPile(page, timeline);
    const scrolled = await page.evaluate(() => window.scrollY);
    await timeline.pointAt(eventId, { tap: true });
    const pile = timeline.pile();
    await expect(pile).toBeVisible();
    expect(await page.evaluate(() => window.scrollY), 'the page did not jump').toBe(scrolled);
    const box = await pile.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390, 'the list is within the screen').toBe(
      true,
    );
    await atlas.screenshot('timeline-pile-phone');
    await pile.locator(`.timeline-pile-event[data-event-id="${eventId}"]`).tap();
    await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', eventId);
  });

  test('the map arriving above the timeline moves neither the page nor an open list', async ({
    atlas,
    page,
  }) => {
    // The map's code held back until the list is open, as on a slow phone.
    const mapCode = closedGate();
    await page.route(/\/MapView-[^/]*\.js$/, async (route) => {
      await mapCode.passed;
      await route.continue();
    });
    const timeline = new TimelineDriver(atlas);
    await atlas.open();
    const eventId = await scrollToAPile(page, timeline);
    await timeline.pointAt(eventId, { tap: true });
    const pile = timeline.pile();
    await expect(pile).toBeVisible();
    const scrolled = await page.evaluate(() => window.scrollY);
    mapCode.open();
    await atlas.waitForMap();
    // The chart under the map is drawn by then; a frame later the page is where it was.
    await expect(page.getByTestId('residents-chart')).toBeVisible();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    expect(await page.evaluate(() => window.scrollY), 'the page did not move').toBe(scrolled);
    await expect(pile).toBeVisible();
    await pile.locator(`.timeline-pile-event[data-event-id="${eventId}"]`).tap();
    await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', eventId);
  });
});

test.describe('in a 400×300 embedded frame', () => {
  test.use({ viewport: { width: 400, height: 300 } });

  test('the list of a pile uses the frame, not only the short timeline, and shows several events whole', async ({
    atlas,
  }) => {
    const timeline = new TimelineDriver(atlas);
    await atlas.open('embed=1');
    await expect.poll(async () => (await timeline.eventsUnderOthers()).length).toBeGreaterThan(0);
    const [eventId = ''] = await timeline.eventsUnderOthers();
    await timeline.pointAt(eventId);
    const pile = timeline.pile();
    await expect(pile).toBeVisible();
    const whole = await pile.locator('.timeline-pile-event').evaluateAll(
      (buttons) =>
        buttons.filter((button) => {
          const box = button.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }).length,
    );
    expect(whole, 'events shown whole in the frame').toBeGreaterThanOrEqual(2);
    await atlas.screenshot('timeline-pile-embed-400x300');
  });
});
