// The moves on the map and the numbers: arcs that follow the time window, an arc that opens
// its move's quoted statements, the highlight of a relocation event's arc.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AtlasDriver } from './atlas-driver';
import { MovementDriver, ResidentsChartDriver } from './movement-driver';
import { expect, test } from './playwright-helper';

test('a window in 2012 shows the Ashraf to Liberty arc and hides the 1986 France to Ashraf arc', async ({
  atlas,
  page,
}) => {
  const moves = new MovementDriver(page);
  await atlas.open('from=2012&to=2012');
  await atlas.waitForMap();
  await expect.poll(() => moves.visibleArcIds()).toContain('2012-ashraf-to-liberty');
  const shown = await moves.visibleArcIds();
  expect(shown).not.toContain('1986-france-to-ashraf');
  expect(shown).toContain('2012-liberty-to-albania');
  // The text alternative lists exactly what the map draws.
  expect(await moves.listedArcIds()).toEqual(shown);
  await atlas.open('from=1986&to=1987');
  await atlas.waitForMap();
  await expect.poll(() => moves.visibleArcIds()).toEqual(['1986-france-to-ashraf']);
});

test('clicking an arc opens its move with every quoted statement, as a link Back leaves', async ({
  atlas,
  page,
}) => {
  const moves = new MovementDriver(page);
  await atlas.open('from=2016-09&to=2016-09');
  await atlas.waitForMap();
  // The camera is written once the map has settled.
  await expect(moves.mapContainer()).toHaveAttribute('data-zoom', /\d/);
  await moves.clickArc('camp-liberty', 'spain');
  await expect(moves.moveDetails()).toHaveAttribute('data-move-id', '2012-liberty-to-spain');
  await expect(moves.moveDetails()).toContainText('No document gives a number');
  await expect(moves.moveDetails().getByTestId('move-claim')).toHaveCount(1);
  await expect(moves.moveDetails().getByTestId('move-claim').first()).toContainText(
    'including Albania, Germany, Norway',
  );
  expect(atlas.query().get('move')).toBe('2012-liberty-to-spain');
  // Drawn once the details are on screen (see the next test but one).
  await expect.poll(() => moves.highlightedArcIds()).toEqual(['2012-liberty-to-spain']);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await atlas.screenshot('movement-arc-chosen-desktop');
  await page.goBack();
  await expect(moves.moveDetails()).toHaveCount(0);
  expect(atlas.query().get('move')).toBeNull();
});

test('a move with numbers shows each document’s number and opens its passage in the source', async ({
  atlas,
  page,
}) => {
  const moves = new MovementDriver(page);
  await atlas.open('move=2016-09-09-liberty-to-albania-last-group');
  await expect(moves.moveDetails()).toContainText('more than 280, according to');
  await expect(moves.moveDetails()).toContainText('country level');
  await moves.moveDetails().getByTestId('read-in-source').first().click();
  await expect(page.getByTestId('reader-passage')).toContainText('containing over 280 people');
});

test('choosing a relocation event highlights its arc', async ({ atlas, page }) => {
  const moves = new MovementDriver(page);
  await atlas.open('event=2013-09-last-residents-to-liberty');
  await atlas.waitForMap();
  await expect.poll(() => moves.highlightedArcIds()).toEqual(['2013-09-ashraf-to-liberty-last']);
});

test('a clicked event’s details reach the screen before the map draws its moves’ highlight', async ({
  atlas,
  page,
}) => {
  // The map draws again for a highlight; in the frame of the click it held the details back
  // (by 40-80 ms where WebGL is drawn in software). Each frame notes what it is about to show.
  const moves = new MovementDriver(page);
  await atlas.open('from=2011-06&to=2012-12');
  await atlas.waitForMap();
  await page.evaluate(() => {
    const frames: { details: string | null; highlighted: string }[] = [];
    Object.assign(window, { framesShown: frames });
    const note = () => {
      const details = document.querySelector<HTMLElement>('[data-testid="event-details"]');
      const map = document.querySelector<HTMLElement>('[data-testid="map-canvas-container"]');
      frames.push({
        details: details?.dataset.eventId ?? null,
        highlighted: map?.dataset.highlightedMoves ?? '',
      });
      if (frames.length < 2000) requestAnimationFrame(note);
    };
    requestAnimationFrame(note);
  });
  await atlas.clickTimelineItem('2012-ashraf-to-liberty-transfers');
  await expect.poll(() => moves.highlightedArcIds()).toContain('2012-ashraf-to-liberty');
  const frames = await page.evaluate(
    () =>
      (window as unknown as { framesShown: { details: string | null; highlighted: string }[] })
        .framesShown,
  );
  const firstWithDetails = frames.find(
    (frame) => frame.details === '2012-ashraf-to-liberty-transfers',
  );
  expect(firstWithDetails, 'a frame showed the details').toBeDefined();
  expect(firstWithDetails?.highlighted, 'highlight in the details’ first frame').toBe('');
});

test('the chart’s band follows the timeline, and brushing the chart moves the timeline', async ({
  atlas,
  page,
}) => {
  const chart = new ResidentsChartDriver(page);
  await atlas.open('from=2012&to=2012');
  await atlas.waitForMap();
  await chart.unfold();
  await expect(chart.chart()).toBeVisible();
  const narrow = await chart.band();
  expect(narrow.width).toBeGreaterThan(5);
  // The timeline's own control widens the window to the whole story: the band follows.
  await page.getByRole('button', { name: 'Show 1986–2016' }).click();
  await expect.poll(async () => (await chart.band()).width).toBeGreaterThan(narrow.width * 3);
  await atlas.screenshot('movement-chart-desktop');
  // Dragging across the chart's first part (2010 to about 2012) makes that the window.
  await chart.brush(0.02, 0.28);
  await expect.poll(() => atlas.query().get('from')).toMatch(/^2010/);
  expect(atlas.query().get('to')).toMatch(/^201[12]/);
  const brushed = await chart.band();
  expect(brushed.width).toBeLessThan(narrow.width * 3);
  // The timeline shows the brushed window: its axis reaches 2011.
  await expect(page.getByTestId('timeline').locator('.vis-time-axis.vis-foreground')).toContainText(
    '2011',
  );
});

test('a point of the chart opens the reader at its passage', async ({ atlas, page }) => {
  const chart = new ResidentsChartDriver(page);
  await atlas.open('from=2013&to=2013');
  await atlas.waitForMap();
  await chart.unfold();
  await expect(chart.mark('liberty-residents-2013')).toHaveAttribute(
    'aria-label',
    /3,000 residents/,
  );
  await chart.mark('liberty-residents-2013').click();
  await expect(page.getByTestId('reader-passage')).toContainText('3,000 residents in Camp Liberty');
  expect(atlas.query().get('quote')).toBe('liberty-residents-2013');
});

test('over a short map the chart starts folded, so the chosen site stays in view; one click opens it', async ({
  atlas,
  page,
}) => {
  await atlas.open('event=2011-04-08-ashraf-raid');
  await atlas.waitForMap();
  const svg = page.getByTestId('residents-chart-svg');
  const toggle = page.getByTestId('residents-chart-toggle');
  // 1366×768: the map is about 250 px tall, and the open chart would cover its lower half.
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(svg).toBeHidden();
  // Folded, it is a line under the map and covers no site: once the map has flown to Camp
  // Ashraf, Camp Liberty lies in the lower corner where the open chart sits.
  await expect.poll(async () => (await atlas.mapCamera()).zoom).toBeGreaterThan(6);
  expect(await atlas.sitesUnder(page.getByTestId('residents-chart')), 'sites under it').toEqual([]);
  await atlas.screenshot('movement-chart-folded');
  // Its first frame open is drawn across its box, not at a folded width that then jumps.
  const firstFrame = await new ResidentsChartDriver(page).unfoldAndMeasureFirstFrame();
  expect(firstFrame.box).toBeGreaterThan(250);
  expect(
    Math.abs(firstFrame.drawn - firstFrame.box),
    'drawn against box width',
  ).toBeLessThanOrEqual(1);
  await expect(svg).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(svg).toBeHidden();
});

test.describe('over a tall map (1920×1080)', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the chart starts open', async ({ atlas, page }) => {
    await atlas.open('event=2011-04-08-ashraf-raid');
    await atlas.waitForMap();
    await expect(page.getByTestId('residents-chart-svg')).toBeVisible();
    await expect(page.getByTestId('residents-chart-toggle')).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});

test.describe('at 200 % zoom (960×540)', () => {
  test.use({ viewport: { width: 960, height: 540 } });

  test('the labels on the map’s edge name each far place once and cover no site, name or control', async ({
    atlas,
    page,
  }) => {
    // The first view's map is short here: Madrid's name and Italy's marker (its point just
    // off the top) lie in the band the edge labels need.
    await atlas.open();
    await atlas.waitForMap();
    const labels = page.locator('[data-testid="move-edge-labels"] .move-edge-label');
    await expect.poll(() => labels.count()).toBeGreaterThan(0);
    const moves = new MovementDriver(page);
    await expect.poll(() => moves.edgeLabelProblems()).toEqual([]);
  });

  test('with the reader’s own text spacing, the labels on the map’s edge are sized to their text and cover nothing', async ({
    atlas,
    page,
  }) => {
    // Labels sized from the font alone were narrower than their spaced letters: neighbours
    // on an edge ran into each other.
    await atlas.open();
    await atlas.waitForMap();
    await atlas.setReaderTextSpacing();
    // The next time the map comes to rest, its labels are placed again.
    await page.locator('.maplibregl-ctrl-zoom-in').click();
    await atlas.waitForMapAtRest(0);
    await expect.poll(() => page.locator('.map-canvas-container.is-moving').count()).toBe(0);
    const labels = page.locator('[data-testid="move-edge-labels"] .move-edge-label');
    await expect.poll(() => labels.count()).toBeGreaterThan(0);
    const moves = new MovementDriver(page);
    await expect.poll(() => moves.edgeLabelProblems()).toEqual([]);
    await atlas.screenshot('movement-edge-labels-text-spacing');
  });
});

test('stepping into the years of Camp Liberty, each label on the map’s edge points at the places it names', async ({
  atlas,
  page,
}) => {
  // From 2011 the moves from the camps lead to Camp Liberty or Camp Ashraf, just off the map
  // of the other, and to ten far countries off the same edge. A label that stood for all of
  // them, or a row of every name, left the near camp's arrow pointing far from it.
  await atlas.open('event=2009-07-28-ashraf-raid');
  await atlas.waitForMap();
  await stepCheckingEdgeLabels(atlas, page, 6, { labelsAtEachStep: true });
  await atlas.screenshot('movement-edge-labels-liberty');
});

test.describe('presenting on a 1920×1080 projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('stepping through the European destinations, each label on the map’s edge points at the places it names', async ({
    atlas,
    page,
  }) => {
    // With Denmark or the United Kingdom chosen, Belgium lies just beyond the map's foot beside
    // the Netherlands' marker, with Spain and France far the same way. Merged with Belgium and
    // pushed past that marker, or merged across a corner, one label's arrow missed its places
    // by 38° to 53°.
    await atlas.open('event=2012-resettlement-denmark&present=1');
    await atlas.waitForMap();
    await page.keyboard.press('ArrowLeft');
    await stepCheckingEdgeLabels(atlas, page, 8);
    await atlas.screenshot('movement-edge-labels-present-1920');
  });
});

test('the tables list the moves the map shows, sortable, with their sources', async ({
  atlas,
  page,
}) => {
  const moves = new MovementDriver(page);
  await atlas.open('from=2012&to=2012');
  await atlas.waitForMap();
  await expect.poll(() => moves.visibleArcIds()).toContain('2012-ashraf-to-liberty');
  const onMap = (await moves.visibleArcIds()).sort();
  await atlas.openList();
  await page.getByTestId('movement-tables-link').click();
  const rows = page.getByTestId('moves-table-row');
  await expect(rows.first()).toBeVisible();
  const inWindow = await page
    .locator('[data-testid="moves-table-row"][data-in-window="true"]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-move-id') ?? ''));
  expect(inWindow.sort()).toEqual(onMap);
  // Every move, with the numbers and their speakers.
  await expect(rows).toHaveCount(14);
  await expect(page.getByTestId('moves-table')).toContainText('more than 280, according to');
  // Sorting by the number of people puts the largest last, then first.
  await page.getByTestId('moves-table').getByTestId('sort-count').click();
  await page.getByTestId('moves-table').getByTestId('sort-count').click();
  await expect(rows.first()).toHaveAttribute('data-move-id', '2012-ashraf-to-liberty');
  const residents = page.getByTestId('residents-table-row');
  await expect(residents).toHaveCount(6);
  await page.getByTestId('residents-table').getByTestId('sort-residents').click();
  await expect(residents.first()).toHaveAttribute('data-figure-id', 'ashraf-remaining-2012');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await atlas.screenshot('movement-tables-desktop');
  // Each figure opens its own passage in the source reader.
  await residents.first().getByRole('button', { name: 'Read in the source' }).click();
  await expect(page.getByTestId('reader-passage')).toBeVisible();
  expect(atlas.query().get('quote')).toBe('ashraf-remaining-2012');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('stepping through the European destinations, each label on the map’s edge points at the places it names', async ({
    atlas,
    page,
  }) => {
    // With Belgium chosen, Norway's label on the top edge and the United Kingdom's on the
    // left met at the corner and were merged, one arrow 39° off each; Denmark beside Norway
    // points nearly the same way.
    await atlas.open('event=2012-resettlement-belgium');
    await atlas.waitForMap();
    await page.keyboard.press('ArrowLeft');
    await stepCheckingEdgeLabels(atlas, page, 3);
    await atlas.screenshot('movement-edge-labels-phone');
  });

  test('the arcs, the chart and a move’s details fit a phone and pass axe', async ({
    atlas,
    page,
  }) => {
    const moves = new MovementDriver(page);
    await atlas.open('from=2012&to=2016');
    await atlas.waitForMap();
    await expect
      .poll(() => moves.visibleArcIds())
      .toContain('2016-09-09-liberty-to-albania-last-group');
    await expect(page.getByTestId('residents-chart')).toBeVisible();
    expect(await atlas.horizontalOverflow()).toBeLessThanOrEqual(0);
    await atlas.screenshot('movement-phone');
    await page.getByTestId('move-arc-list').locator('summary').click();
    await page
      .locator('[data-testid="move-arc-button"][data-move-id="2012-ashraf-to-liberty"]')
      .click();
    await expect(moves.moveDetails()).toContainText('1,200, according to Antonio Stango');
    expect(await atlas.horizontalOverflow()).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await atlas.screenshot('movement-phone-move-details');
  });

  test('the labels of far places on the map’s edge cover no site, no site name and no control', async ({
    atlas,
    page,
  }) => {
    // From 2010 the moves lead to nine European countries, too many names for a phone's edge.
    await atlas.open('from=2010&to=2016');
    await atlas.waitForMap();
    const labels = page.locator('[data-testid="move-edge-labels"] .move-edge-label');
    await expect.poll(() => labels.count()).toBeGreaterThan(2);
    const moves = new MovementDriver(page);
    await expect.poll(() => moves.edgeLabelProblems()).toEqual([]);
    await atlas.screenshot('movement-phone-edge-labels');
  });
});

test('a move to an unknown place and a count without its quote are skipped with a notice', async ({
  atlas,
  page,
}) => {
  const moves = new MovementDriver(page);
  await page.route('**/data/moves.csv', async (route) => {
    const response = await route.fetch();
    const lines = (await response.text()).split('\n');
    // The first move (line 2) goes to a place that does not exist.
    lines[1] = (lines[1] ?? '').replace(',camp-ashraf,', ',camp-nowhere,');
    await route.fulfill({ response, body: lines.join('\n') });
  });
  await page.route('**/data/move-claims.csv', async (route) => {
    const response = await route.fetch();
    const text = await response.text();
    // A count given without the passage that gives it.
    const body = `${text.trimEnd()}\n2012-ashraf-to-liberty,stango-oped,,Antonio Stango,,400,exact,one group,\n`;
    await route.fulfill({ response, body });
  });
  await atlas.open('from=1986&to=2016');
  await atlas.waitForDataFiles();
  const issues = page.getByTestId('data-issues');
  await expect(issues).toContainText('data/moves.csv:2:3 (destination)');
  await expect(issues).toContainText('a count needs the passage that gives it');
  await atlas.waitForMap();
  await expect.poll(() => moves.visibleArcIds()).toContain('2012-ashraf-to-liberty');
  expect(await moves.visibleArcIds()).not.toContain('1986-france-to-ashraf');
});

/**
 * Steps to the next event `steps` times with →; at each, once the map has come to rest, every
 * label on the map's edge points within 35° of the places it names and covers nothing (and,
 * with `labelsAtEachStep`, there are labels to check).
 */
async function stepCheckingEdgeLabels(
  atlas: AtlasDriver,
  page: Page,
  steps: number,
  { labelsAtEachStep = false } = {},
): Promise<void> {
  const moves = new MovementDriver(page);
  const details = page.getByTestId('event-details');
  for (let step = 0; step < steps; step++) {
    const before = await details.getAttribute('data-event-id');
    await page.keyboard.press('ArrowRight');
    await expect(details).not.toHaveAttribute('data-event-id', before ?? '');
    await atlas.waitForMapAtRest(0);
    await expect.poll(() => page.locator('.map-canvas-container.is-moving').count()).toBe(0);
    const shown = (await details.getAttribute('data-event-id')) ?? '';
    const labels = await page.locator('.move-edge-label').allTextContents();
    if (labelsAtEachStep) expect(labels.length, shown).toBeGreaterThan(0);
    expect(await moves.edgeArrowErrors(35), `${shown}: ${labels.join(' | ')}`).toEqual([]);
    expect(await moves.edgeLabelProblems(), shown).toEqual([]);
  }
}
