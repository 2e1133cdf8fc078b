// In class without a network: after one visit the browser keeps the atlas, its data and
// the source documents, and a reload with the network off still shows all of them.
import { expect, test } from './playwright-helper';

test('after one visit, the atlas, an event’s claims and the source reader work with the network off', async ({
  atlas,
  page,
  context,
}) => {
  await atlas.open();
  // The copy is made once the map is drawn, which software WebGL on a loaded machine may
  // take many seconds to do.
  await expect(page.getByTestId('offline-note')).toHaveText(/Available offline/, {
    timeout: 30_000,
  });
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

test('the offline copy is made only after the timeline and the map are on screen', async ({
  atlas,
  page,
}) => {
  // Installing the service worker fetches every file of the site; begun with the page, it
  // competed with the first view for a slow machine's cores. Times are taken in the page.
  await page.addInitScript(() => {
    const times: Record<string, number> = {};
    Object.assign(window, { atlasLoadTimes: times });
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    container.register = (...args: Parameters<typeof register>) => {
      times.register ??= performance.now();
      return register(...args);
    };
    new MutationObserver(() => {
      if (times.item === undefined && document.querySelector('.vis-item'))
        times.item = performance.now();
      if (times.map === undefined && document.querySelector('[data-map-ready="true"]'))
        times.map = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await atlas.open();
  await expect(page.getByTestId('offline-note')).toHaveText(/Available offline/, {
    timeout: 30_000,
  });
  const times = await page.evaluate(
    () => (window as unknown as { atlasLoadTimes: Record<string, number> }).atlasLoadTimes,
  );
  expect(times.item, 'first timeline item seen').toBeDefined();
  expect(times.map, 'map drawn').toBeDefined();
  expect(times.register, 'service worker registered').toBeGreaterThan(times.map ?? Infinity);
  expect(times.register).toBeGreaterThan(times.item ?? Infinity);
});
