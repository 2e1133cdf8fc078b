// In class without a network: after one visit the browser keeps the atlas, its data and
// the source documents, and a reload with the network off still shows all of them.
import { expect, test } from './playwright-helper';

test('after one visit, the atlas, an event’s claims and the source reader work with the network off', async ({
  atlas,
  page,
  context,
}) => {
  await atlas.open();
  await expect(page.getByTestId('offline-note')).toHaveText(/Available offline/);
  await context.setOffline(true);
  await page.reload();
  await atlas.timelineItems().first().waitFor();
  await expect
    // Software WebGL on a loaded machine may take tens of seconds to draw the first frame.
    .poll(() => atlas.mapInkShare(), { message: 'map canvas has drawn shapes', timeout: 30_000 })
    .toBeGreaterThan(0.05);
  await atlas.openList();
  await atlas.listItems().nth(5).click();
  await expect(page.getByTestId('claim').first()).toBeVisible();
  await page.getByTestId('read-in-source').first().click();
  await expect(page.getByTestId('reader-passage')).toBeVisible();
  await atlas.screenshot('offline-reader');
  // An address of the atlas never opened before opens too, with its event's claims.
  await atlas.open('event=2013-09-01-ashraf-attack&view=list');
  await expect(page.getByTestId('claim').first()).toBeVisible();
  await expect(page.getByTestId('offline-note')).toHaveText(/Available offline/);
  await context.setOffline(false);
});
