// The moves on the map and the numbers: arcs that follow the time window, an arc that opens
// its move's quoted statements, the highlight of a relocation event's arc.
import AxeBuilder from '@axe-core/playwright';
import { MovementDriver } from './movement-driver';
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
  expect(await moves.highlightedArcIds()).toEqual(['2012-liberty-to-spain']);
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
