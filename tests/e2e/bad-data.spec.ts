// Bad input never gives a blank page: a broken row is listed, a missing file offers a retry.
import type { Page } from '@playwright/test';
import { closedGate } from './gate';
import { expect, test } from './playwright-helper';

test.describe('a broken data row', () => {
  test.use({ allowedConsoleErrors: [] });

  test('is listed in a notice with its line while the rest of the atlas works', async ({
    atlas,
    page,
  }) => {
    await page.route('**/data/events.csv', async (route) => {
      const response = await route.fetch();
      const lines = (await response.text()).split('\n');
      // Break the second event's date and the third event's category.
      lines[2] = (lines[2] ?? '').replace(/^([^,]+),([^,]+),/, '$1,not-a-date,');
      lines[3] = (lines[3] ?? '').replace(
        /,(settlement|armed-conflict|attack|legal|diplomacy|humanitarian|relocation|advocacy),/,
        ',no-such-category,',
      );
      await route.fulfill({ response, body: lines.join('\n') });
    });
    await atlas.open();
    await atlas.waitForDataFiles();
    const issues = page.getByTestId('data-issues');
    await expect(issues).toContainText('data/events.csv:3:2 (date)');
    await expect(issues).toContainText('data/events.csv:4:5 (category)');
    expect(await atlas.timelineItems().count()).toBeGreaterThan(5);
    await atlas.screenshot('broken-row-notice');
  });
});

test.describe('a missing figures file', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  test('is named in the notice while every event still shows', async ({ atlas, page }) => {
    await page.route('**/data/figures.csv', (route) => route.fulfill({ status: 404, body: '' }));
    await atlas.open();
    await atlas.waitForDataFiles();
    await expect(page.getByTestId('data-issues')).toContainText(
      'data/figures.csv: the file could not be read',
    );
    expect(await atlas.timelineItems().count()).toBeGreaterThan(5);
  });
});

test.describe('a missing data file', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  test('says so and offers a retry that recovers, when no snapshot stands in for it', async ({
    page,
  }) => {
    let failing = true;
    // Without the build's snapshot (damaged, or not deployed), the files are all there is.
    await page.route('**/data/dataset-snapshot.json', (route) =>
      failing ? route.fulfill({ status: 404, body: '' }) : route.fallback(),
    );
    await page.route('**/data/sites.geojson', (route) =>
      failing ? route.fulfill({ status: 404, body: '' }) : route.fallback(),
    );
    await page.route('**/data/events.csv', (route) =>
      failing ? route.fulfill({ status: 404, body: '' }) : route.fallback(),
    );
    await page.goto('./');
    await expect(page.getByTestId('load-failed')).toBeVisible();
    await expect(page.getByTestId('load-failed')).toContainText(
      'data/sites.geojson, data/events.csv',
    );
    failing = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByTestId('timeline')).toBeVisible();
  });

  test("is named while the build's copy of it is shown, when the snapshot stands in for it", async ({
    atlas,
    page,
  }) => {
    await page.route('**/data/sites.geojson', (route) => route.fulfill({ status: 404, body: '' }));
    await page.route('**/data/events.csv', (route) => route.fulfill({ status: 404, body: '' }));
    await atlas.open('event=1986-06-move-to-iraq');
    await atlas.waitForDataFiles();
    const issues = page.getByTestId('data-issues');
    await expect(issues).toContainText(
      'data/sites.geojson: the file could not be read: the server has no such file (HTTP 404)',
    );
    await expect(issues).toContainText('data/events.csv: the file could not be read');
    await expect(page.getByTestId('notice-banner')).toContainText(
      '2 data files could not be read: the atlas shows the copy made when it was built.',
    );
    await expect(page.getByTestId('load-failed')).toHaveCount(0);
    await expect(page.getByTestId('event-details')).toContainText(
      'MEK members move from France to Iraq and found Camp Ashraf',
    );
    expect(await atlas.timelineItems().count()).toBeGreaterThan(5);
  });
});

// The build's dataset snapshot (src/data/dataset-snapshot.ts) stands in for the data files
// only while they are the files it was made from.
/** The paths of the scripts `page` asks for from now on, as they are asked for. */
function scriptsRequested(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}

test.describe('the dataset snapshot', () => {
  const TITLE = 'MEK members move from France to Iraq and found Camp Ashraf';

  test('is what a built atlas reads: the dataset builder is not even loaded', async ({
    atlas,
    page,
  }) => {
    const scripts = scriptsRequested(page);
    await atlas.open('event=1986-06-move-to-iraq');
    await atlas.waitForDataFiles();
    await expect(page.getByTestId('event-details')).toContainText(TITLE);
    expect(scripts.length).toBeGreaterThan(3);
    expect(scripts.filter((path) => path.includes('build-dataset'))).toEqual([]);
  });

  test('is shown before the data files arrive; an edited file then takes its place', async ({
    atlas,
    page,
  }) => {
    // The files are held back until the test lets them go, as on a slow connection.
    const files = closedGate();
    await page.route('**/data/events.csv', async (route) => {
      await files.passed;
      const response = await route.fetch();
      const edited = (await response.text()).replace(TITLE, `${TITLE} (edited)`);
      await route.fulfill({ response, body: edited });
    });
    await page.goto('./?event=1986-06-move-to-iraq');
    const details = page.getByTestId('event-details');
    await expect(details).toContainText(TITLE);
    await expect(details).not.toContainText('(edited)');
    expect(await atlas.timelineItems().count()).toBeGreaterThan(5);
    await expect(page.locator('html')).toHaveAttribute('data-dataset-settled', 'false');
    files.open();
    await expect(details).toContainText(`${TITLE} (edited)`);
    await expect(page.locator('html')).toHaveAttribute('data-dataset-settled', 'true');
    // The atlas that replaced the first keeps the view the link named.
    expect(atlas.query().get('event')).toBe('1986-06-move-to-iraq');
    await expect(page.getByTestId('data-issues')).toHaveCount(0);
  });

  test('gives way to a data file edited after the build: the edit is shown', async ({
    atlas,
    page,
  }) => {
    await page.route('**/data/events.csv', async (route) => {
      const response = await route.fetch();
      const edited = (await response.text()).replace(TITLE, `${TITLE} (edited)`);
      await route.fulfill({ response, body: edited });
    });
    await atlas.open('event=1986-06-move-to-iraq');
    await atlas.waitForDataFiles();
    await expect(page.getByTestId('event-details')).toContainText(`${TITLE} (edited)`);
    await expect(page.getByTestId('data-issues')).toHaveCount(0);
  });

  test('holds the tours too: a plain visit loads no reader and no schemas at all', async ({
    atlas,
    page,
  }) => {
    const scripts = scriptsRequested(page);
    await atlas.open();
    await atlas.waitForDataFiles();
    await expect(page.getByTestId('intro-tour')).toHaveCount(4);
    await expect(atlas.timelineItems().first()).toBeVisible();
    expect(scripts.length).toBeGreaterThan(3);
    const readers = scripts.filter((path) =>
      /\/(schemas|read-tours|build-dataset|link-tour|context-facts)-/.test(path),
    );
    expect(readers).toEqual([]);
  });

  test('gives way to a tours file edited after the build: the edit is shown', async ({
    atlas,
    page,
  }) => {
    const tourTitle = 'The founding and growth of Camp Ashraf';
    await page.route('**/data/tours.json', async (route) => {
      const response = await route.fetch();
      const edited = (await response.text()).replace(tourTitle, `${tourTitle} (edited)`);
      await route.fulfill({ response, body: edited });
    });
    await atlas.open();
    await expect(page.getByTestId('intro-tour').first()).toContainText(`${tourTitle} (edited)`);
    await expect(page.getByTestId('data-issues')).toHaveCount(0);
  });

  test('that is damaged is passed over without a word to the visitor', async ({ atlas, page }) => {
    await page.route('**/data/dataset-snapshot.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"stamp":' }),
    );
    await atlas.open('event=1986-06-move-to-iraq');
    await expect(page.getByTestId('event-details')).toContainText(TITLE);
    await expect(page.getByTestId('data-issues')).toHaveCount(0);
    expect(await atlas.timelineItems().count()).toBeGreaterThan(5);
  });
});
