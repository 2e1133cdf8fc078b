// Presentation mode, guided tours, autoplay and the presenter window, as a teacher at a
// projector uses them: a clicker's keys from page load, big type, links that keep the step.
import AxeBuilder from '@axe-core/playwright';
import type { AtlasDriver } from './atlas-driver';
import { MapDriver } from './map-driver';
import { expect, test } from './playwright-helper';
import { PresentDriver } from './present-driver';

const RAID_STEP = 6; // "protection-and-attacks", step 6: the April 2011 raid

/** Presents the tour at the April 2011 raid, once its details are shown. */
async function openRaidStep(atlas: AtlasDriver): Promise<PresentDriver> {
  const present = new PresentDriver(atlas);
  await present.openTour('protection-and-attacks', RAID_STEP);
  await atlas.page.getByTestId('event-title').waitFor();
  return present;
}

test.describe('on a 1920×1080 projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('presentation mode shows big type, high contrast, no filters, and no axe violation', async ({
    atlas,
    page,
  }) => {
    const present = new PresentDriver(atlas);
    await present.openTour('protection-and-attacks', RAID_STEP);
    await expect(page.getByTestId('event-details')).toHaveAttribute(
      'data-event-id',
      '2011-04-08-ashraf-raid',
    );
    const sizes = await present.textSizes();
    expect(sizes.narration).toBeGreaterThanOrEqual(28);
    expect(sizes.summary).toBeGreaterThanOrEqual(28);
    expect(sizes.title).toBeGreaterThanOrEqual(40);
    await expect(page.locator('.atlas-filters')).toBeHidden();
    expect(await present.isWhollyShown(present.narration())).toBe(true);
    expect(await present.isWhollyShown(page.getByTestId('event-title'))).toBe(true);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    await atlas.screenshot('present-1920x1080');
  });

  test('the residents chart, open over the tall map, folds when presenting begins and covers no site', async ({
    atlas,
    page,
  }) => {
    // A visitor's view first: over a tall map the chart is open.
    await atlas.open('tour=protection-and-attacks&step=3');
    const toggle = page.getByTestId('residents-chart-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await new PresentDriver(atlas).bar().waitFor();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // Camp Ashraf up close: Camp Liberty lies to its south-west, where the open chart was.
    await atlas.waitForMapAtRest(6);
    await expect(atlas.marker('camp-liberty')).toBeVisible();
    expect(await atlas.sitesUnder(page.getByTestId('residents-chart'))).toEqual([]);
    // A link that opens presenting starts with it folded.
    await atlas.open('tour=protection-and-attacks&step=3&present=1');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});

test.describe('on a 1920×1080 projector, the strip', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('ends its lanes on the screen', async ({ atlas }) => {
    await atlas.open('present=1&event=2011-04-08-ashraf-raid');
    const present = new PresentDriver(atlas);
    await present.bar().waitFor();
    await expect.poll(async () => (await present.chosenItemInLanes()).shown).toBe(true);
    const { lanesEnd, screenEnd } = await present.chosenItemInLanes();
    // The panel's bottom border (2 px, and a fraction of a pixel) may lie past the screen.
    expect(lanesEnd).toBeLessThanOrEqual(screenEnd + 3);
  });
});

test.describe('on a 1920×1080 projector at 200 % zoom (960×540)', () => {
  test.use({ viewport: { width: 960, height: 540 } });

  test('the map, the event and the timeline strip lie apart on the screen', async ({
    atlas,
    page,
  }) => {
    const present = await openRaidStep(atlas);
    const [stage, details, strip, lanes] = await present.partBoxes([
      'map',
      'event',
      'strip',
      'lanes',
    ]);
    if (!stage || !details || !strip || !lanes) throw new Error('a part is missing');
    // Map and event side by side above the strip, each ending where the strip begins.
    expect(stage.bottom).toBeLessThanOrEqual(strip.top + 0.5);
    expect(details.bottom).toBeLessThanOrEqual(strip.top + 0.5);
    expect(lanes.bottom).toBeLessThanOrEqual(540 + 0.5);
    expect(await present.isWhollyShown(page.getByTestId('event-title'))).toBe(true);
    await expect.poll(async () => (await present.chosenItemInLanes()).shown).toBe(true);
    await atlas.screenshot('present-960x540');
  });
});

test.describe('on a 1366×768 laptop at 200 % zoom (683×384)', () => {
  test.use({ viewport: { width: 683, height: 384 } });

  test('the map takes the height between the bar and the strip, the narration and the event beside it', async ({
    atlas,
    page,
  }) => {
    const present = await openRaidStep(atlas);
    const [stage, narration, details, strip] = await present.partBoxes([
      'map',
      'narration',
      'event',
      'strip',
    ]);
    if (!stage || !narration || !details || !strip) throw new Error('a part is missing');
    // With the narration across the width, the map's region was 79 px tall (37 px of map).
    expect(stage.height).toBeGreaterThan(384 * 0.4);
    expect(stage.bottom).toBeLessThanOrEqual(strip.top + 0.5);
    // The narration, then the event, in the column beside the map.
    expect(narration.top).toBeLessThanOrEqual(stage.top + 0.5);
    expect(narration.left).toBeGreaterThanOrEqual(stage.right - 0.5);
    expect(details.left).toBeGreaterThanOrEqual(stage.right - 0.5);
    expect(details.top).toBeGreaterThanOrEqual(narration.bottom - 0.5);
    expect(details.bottom).toBeLessThanOrEqual(strip.top + 0.5);
    // All of the narration can be read: what does not fit scrolls into view.
    const band = page.getByTestId('narration');
    const lastWords = band.getByTestId('narration-text');
    await lastWords.evaluate((text) => text.scrollIntoView({ block: 'end' }));
    const [bandBox, textBox] = [await band.boundingBox(), await lastWords.boundingBox()];
    if (!bandBox || !textBox) throw new Error('no narration');
    expect(textBox.y + textBox.height).toBeLessThanOrEqual(bandBox.y + bandBox.height + 0.5);
    await expect.poll(async () => (await present.chosenItemInLanes()).shown).toBe(true);
    await atlas.screenshot('present-683x384');
  });

  test('keeps the sites’ names off its buttons and scale bar', async ({ atlas }) => {
    const map = new MapDriver(atlas);
    // Brussels chosen: Belgium's name went under the zoom buttons.
    await atlas.open('present=1&event=2013-09-19-ashton-hostages');
    await new PresentDriver(atlas).bar().waitFor();
    await atlas.waitForMapAtRest(0);
    await map.settle();
    expect(await map.namesUnderControls()).toEqual([]);
  });
});

test.describe('on a 1920×1080 projector, zoomed in', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('at 200 % the text is larger on the screen than at 100 % (WCAG 1.4.4)', async ({
    atlas,
    page,
  }) => {
    const present = await openRaidStep(atlas);
    const actual = await present.textSizes();
    // 200 % zoom leaves the screen the same and makes each CSS pixel two of its pixels: the
    // window is 960×540 CSS pixels. Type taken from the screen alone stayed 28 px of it.
    await page.setViewportSize({ width: 960, height: 540 });
    await expect
      .poll(async () => (await present.textSizes()).summary * 2)
      .toBeGreaterThan(actual.summary);
    const zoomed = await present.textSizes();
    expect(zoomed.narration * 2).toBeGreaterThan(actual.narration);
    expect(zoomed.title * 2).toBeGreaterThan(actual.title);
  });
});

test.describe('on a phone held upright', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a presentation link shows the map, the event and the strip one above the other, in type that can be read', async ({
    atlas,
  }) => {
    // A student opening the teacher's link: the type, taken from the screen's width, was
    // 7 px, and the event's text ran in a column a few words wide beside the map.
    const present = await openRaidStep(atlas);
    const sizes = await present.textSizes();
    expect(sizes.summary).toBeGreaterThanOrEqual(16);
    expect(sizes.narration).toBeGreaterThanOrEqual(16);
    expect(sizes.title).toBeGreaterThanOrEqual(20);
    expect(sizes.bar).toBeGreaterThanOrEqual(11);
    const [stage, details, strip] = await present.partBoxes(['map', 'event', 'strip']);
    if (!stage || !details || !strip) throw new Error('a part is missing');
    expect(stage.bottom).toBeLessThanOrEqual(details.top + 0.5);
    expect(details.bottom).toBeLessThanOrEqual(strip.top + 0.5);
    expect(strip.bottom).toBeLessThanOrEqual(844 + 0.5);
    expect(details.width).toBeGreaterThanOrEqual(390 * 0.9);
    expect(await atlas.horizontalOverflow()).toBeLessThanOrEqual(0);
    // The next step with a tap, and the notice speaks of the button as well as the F key.
    await expect(present.notice()).toContainText('Full screen');
    const counter = await present.counter().textContent();
    await present.bar().getByRole('button', { name: /Next/ }).tap();
    await expect(present.counter()).not.toHaveText(counter ?? '');
    await atlas.screenshot('present-phone');
  });

  test('the controls used once a lesson fold behind More, and Leave presentation is reached through it', async ({
    atlas,
    page,
  }) => {
    const present = await openRaidStep(atlas);
    // Three rows of controls took a screen with room for little else.
    expect(await present.barRows()).toBeLessThanOrEqual(2);
    const leave = present.bar().getByRole('button', { name: 'Leave presentation' });
    await expect(leave).toBeHidden();
    const more = present.bar().getByRole('button', { name: 'More' });
    await more.tap();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(present.bar().getByRole('button', { name: 'Full screen' })).toBeVisible();
    await leave.tap();
    await expect(present.bar()).toHaveCount(0);
    expect(
      await page.evaluate(() => document.documentElement.hasAttribute('data-presenting')),
    ).toBe(false);
  });
});

test.describe('on a 1024×768 projector', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the same view is scaled down, not cut', async ({ atlas, page }) => {
    const present = await openRaidStep(atlas);
    const sizes = await present.textSizes();
    // Scaled with the screen: at least the 1080-line sizes times 1024/1536 (the width limit).
    expect(sizes.narration).toBeGreaterThanOrEqual(28 * (1024 / 1536) - 0.1);
    expect(sizes.title / sizes.narration).toBeGreaterThanOrEqual(40 / 28 - 0.01);
    expect(await present.isWhollyShown(present.narration())).toBe(true);
    expect(await present.isWhollyShown(present.bar())).toBe(true);
    expect(await present.isWhollyShown(page.getByTestId('event-title'))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1024,
    );
    await atlas.screenshot('present-1024x768');
  });

  test('the folded residents chart covers no site the map has flown to', async ({
    atlas,
    page,
  }) => {
    const present = new PresentDriver(atlas);
    // Camp Ashraf up close: Camp Liberty lies in the map's lower corner, where the chart is.
    await present.openTour('protection-and-attacks', 3);
    await expect(page.getByTestId('residents-chart-toggle')).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await atlas.waitForMapAtRest(6);
    await expect(atlas.marker('camp-liberty')).toBeVisible();
    expect(await atlas.sitesUnder(page.getByTestId('residents-chart'))).toEqual([]);
    // Nor does the map's edge: Camp Liberty's marker had its foot on the line.
    expect(await atlas.sitesAtMapEdge(12)).toEqual([]);
    await atlas.screenshot('present-1024x768-chart-folded');
  });

  test('stepping with a clicker, each event shows whole in the timeline strip, whose lanes end on the screen', async ({
    atlas,
  }) => {
    test.slow();
    await atlas.open('present=1');
    const present = new PresentDriver(atlas);
    await present.bar().waitFor();
    // The first 25 steps cross from lane to lane, down and back up (Camp Ashraf, Camp
    // Liberty, Baghdad, other places), at the strip's fixed height.
    for (let step = 1; step <= 25; step += 1) {
      await present.press('PageDown');
      await expect(present.counter()).toContainText(`${step} of`);
      await expect
        .poll(async () => (await present.chosenItemInLanes()).shown, {
          message: `step ${step}: the chosen event wholly in the strip`,
        })
        .toBe(true);
    }
    const { lanesEnd, screenEnd } = await present.chosenItemInLanes();
    // The panel's bottom border (2 px, and a fraction of a pixel) may lie past the screen.
    expect(lanesEnd).toBeLessThanOrEqual(screenEnd + 3);
  });

  test('before the first step the map takes the whole width, then makes room for the event', async ({
    atlas,
    page,
  }) => {
    await atlas.open('present=1');
    const present = new PresentDriver(atlas);
    await present.bar().waitFor();
    const stage = page.locator('.atlas-stage');
    await expect(page.getByTestId('event-details')).toHaveCount(0);
    expect((await stage.boundingBox())?.width).toBeGreaterThan(1000);
    await atlas.waitForMap();
    await atlas.screenshot('present-1024x768-before-first-step');
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('event-details')).toBeVisible();
    expect((await stage.boundingBox())?.width).toBeLessThan(700);
  });
});

test('a clicker steps a tour from page load: PageDown, Space, arrows, PageUp, Home, End', async ({
  atlas,
  page,
}) => {
  const present = new PresentDriver(atlas);
  await present.openTour('ashraf-founding');
  await expect(present.counter()).toHaveText('Step 1 of 8');
  const expectStep = async (step: number, eventId: string | null) => {
    await expect(present.counter()).toHaveText(`Step ${step} of 8`);
    await expect(present.narration()).toHaveAttribute('data-step', String(step));
    expect(atlas.query().get('step')).toBe(String(step));
    if (eventId)
      await expect(page.getByTestId('event-details')).toHaveAttribute('data-event-id', eventId);
  };
  await present.press('PageDown');
  await expectStep(2, '1988-03-nla-offensive');
  await present.press(' ');
  await expectStep(3, '1991-iranian-offensive');
  await present.press('ArrowRight');
  await expectStep(4, '2003-02-consolidation-at-ashraf');
  await present.press('n');
  await expectStep(5, '2003-coalition-bombing');
  await present.press('PageUp');
  await expectStep(4, '2003-02-consolidation-at-ashraf');
  await present.press('ArrowLeft');
  await expectStep(3, '1991-iranian-offensive');
  await present.press('End');
  await expectStep(8, null);
  await present.press('Home');
  await expectStep(1, '1986-06-move-to-iraq');
  // The clicker's black-screen button, and any step key brings the picture back.
  await present.press('b');
  await expect(page.getByTestId('black-screen')).toBeVisible();
  await present.press('PageDown');
  await expect(page.getByTestId('black-screen')).toHaveCount(0);
  await expectStep(1, '1986-06-move-to-iraq');
  // Escape leaves presentation mode; the atlas is back with its filters.
  await present.press('Escape');
  await expect(present.bar()).toHaveCount(0);
  await expect(page.getByTestId('filters-toggle')).toBeVisible();
  expect(atlas.query().get('present')).toBeNull();
});

test('a reload and Back keep the step', async ({ atlas, page }) => {
  const present = new PresentDriver(atlas);
  await present.openTour('liberty-to-albania');
  await present.press('PageDown');
  await present.press('PageDown');
  await expect(present.counter()).toHaveText('Step 3 of 10');
  await page.reload();
  await expect(present.counter()).toHaveText('Step 3 of 10');
  await expect(page.getByTestId('event-details')).toHaveAttribute(
    'data-event-id',
    '2012-01-31-unami-liberty-press-release',
  );
  await page.goBack();
  await expect(present.counter()).toHaveText('Step 2 of 10');
  await expect(page.getByTestId('event-details')).toHaveAttribute(
    'data-event-id',
    '2012-ashraf-to-liberty-transfers',
  );
});

test('the F key and the header button start presenting; a tour is chosen in the bar', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  await page.keyboard.press('f');
  const present = new PresentDriver(atlas);
  await expect(present.bar()).toBeVisible();
  expect(atlas.query().get('present')).toBe('1');
  await page.getByTestId('tour-select').selectOption('reading-the-sources');
  await expect(present.counter()).toHaveText('Step 1 of 9');
  await page.getByTestId('leave-presentation').click();
  await expect(present.bar()).toHaveCount(0);
  await page.getByTestId('present-button').click();
  await expect(present.counter()).toHaveText('Step 1 of 9');
});

test('autoplay advances at its pace and pauses on a key', async ({ atlas, page }) => {
  const present = new PresentDriver(atlas);
  await present.openTour('reading-the-sources');
  await page.getByTestId('autoplay-pace').selectOption('5');
  await page.getByTestId('autoplay').click();
  await expect(page.getByTestId('autoplay')).toHaveAttribute('aria-pressed', 'true');
  await expect(present.counter()).toHaveText('Step 2 of 9', { timeout: 15_000 });
  await page.keyboard.press('Shift');
  await expect(page.getByTestId('autoplay')).toHaveAttribute('aria-pressed', 'false');
  await expect(present.notice()).toHaveText('Autoplay paused.');
  await expect(present.counter()).toHaveText('Step 2 of 9');
});

test('the presenter window follows the projector and drives it; closing it leaves the projector working', async ({
  atlas,
}) => {
  const present = new PresentDriver(atlas);
  await present.openTour('protection-and-attacks');
  const presenter = await present.openPresenter();
  await expect(presenter.getByTestId('presenter-status')).toHaveText(/In step/);
  await expect(presenter.getByTestId('presenter-count')).toContainText('Step 1 of 10');
  await expect(presenter.getByTestId('presenter-notes')).toBeVisible();
  await expect(presenter.getByTestId('presenter-next-step')).toContainText('2004');
  // The projector drives the presenter window…
  await present.press('PageDown');
  await expect(presenter.getByTestId('presenter-count')).toContainText('Step 2 of 10');
  // The next step's event is known only as a span: the teacher reads both its ends, as the
  // projector's details give them, not its start alone.
  await expect(presenter.getByTestId('presenter-next-step')).toContainText(
    'December 2008 – February 2009: US hands protection',
  );
  // …and the presenter window drives the projector.
  await presenter.getByTestId('presenter-next').click();
  await expect(present.counter()).toHaveText('Step 3 of 10');
  expect(atlas.query().get('step')).toBe('3');
  await presenter.keyboard.press('PageDown');
  await expect(present.counter()).toHaveText('Step 4 of 10');
  // B in the presenter window blacks out the projector (the clicker may be plugged into the
  // teacher's screen), its button shows it, and B again brings the picture back.
  await expect(atlas.page.getByTestId('black-screen')).toHaveCount(0);
  await presenter.keyboard.press('b');
  await expect(atlas.page.getByTestId('black-screen')).toBeVisible();
  await expect(presenter.getByTestId('presenter-black')).toHaveAttribute('aria-pressed', 'true');
  await presenter.getByTestId('presenter-black').click();
  await expect(atlas.page.getByTestId('black-screen')).toHaveCount(0);
  await expect(presenter.getByTestId('presenter-black')).toHaveAttribute('aria-pressed', 'false');
  await expect(present.counter()).toHaveText('Step 4 of 10');
  const axe = await new AxeBuilder({ page: presenter }).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await presenter.screenshot({ path: 'tests/e2e/artifacts/presenter-window.png' });
  await presenter.close();
  await present.press('PageDown');
  await expect(present.counter()).toHaveText('Step 5 of 10');
});

test('closing the projector window leaves the presenter window working', async ({
  atlas,
  page,
}) => {
  const present = new PresentDriver(atlas);
  await present.openTour('protection-and-attacks');
  const presenter = await present.openPresenter();
  await expect(presenter.getByTestId('presenter-status')).toHaveText(/In step/);
  const projector = await page.context().newPage();
  await page.close();
  await expect(presenter.getByTestId('presenter-status')).toHaveText(/closed/);
  await presenter.getByTestId('presenter-next').click();
  await expect(presenter.getByTestId('presenter-count')).toContainText('Step 2 of 10');
  await projector.close();
});

test('an unknown tour or step in a link gives a one-line notice and the rest works', async ({
  atlas,
  page,
}) => {
  await atlas.open('tour=no-such-tour&step=2&event=2011-04-08-ashraf-raid');
  await expect(page.getByTestId('url-notices')).toContainText('tour=no-such-tour: no such tour');
  await expect(page.getByTestId('event-details')).toHaveAttribute(
    'data-event-id',
    '2011-04-08-ashraf-raid',
  );
  await atlas.open('tour=ashraf-founding&step=99&present=1');
  await expect(page.getByTestId('url-notices')).toContainText('step=99');
  const present = new PresentDriver(atlas);
  await expect(present.counter()).toHaveText('Step 1 of 8');
});

test('without BroadcastChannel, S says the presenter view is unavailable and presenting goes on', async ({
  atlas,
  page,
}) => {
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'BroadcastChannel');
  });
  const present = new PresentDriver(atlas);
  await present.openTour('ashraf-founding');
  await present.press('s');
  await expect(present.notice()).toHaveText(/needs BroadcastChannel/);
  await present.press('PageDown');
  await expect(present.counter()).toHaveText('Step 2 of 8');
});

test('inside a frame without full-screen permission, presenting says so in one line', async ({
  atlas,
}) => {
  // A host page of another origin (about:blank) frames the atlas without `allow="fullscreen"`.
  const page = atlas.page;
  const atlasUrl = new URL('./?tour=ashraf-founding&present=1', test.info().project.use.baseURL)
    .href;
  await page.setContent(
    `<iframe title="atlas" src="${atlasUrl}" style="width:1000px;height:700px"></iframe>`,
  );
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('presentation-notice')).toHaveText(/Full screen is not allowed/);
  await frame.getByTestId('next-step').click();
  await expect(frame.getByTestId('step-counter')).toHaveText('Step 2 of 8');
});
