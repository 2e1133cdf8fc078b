// A notice takes its own room: it never puts one part of the atlas over another, and a long
// one shows its first items with "and N more".
import { expect, test } from './playwright-helper';

const CATEGORY =
  /,(settlement|armed-conflict|attack|legal|diplomacy|humanitarian|relocation|advocacy),/;

test.describe('a long data notice at 1366×768', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('keeps the map, its legend, the timeline toolbar and the axis apart', async ({
    atlas,
    page,
  }) => {
    await page.route('**/data/events.csv', async (route) => {
      const response = await route.fetch();
      const lines = (await response.text()).split('\n');
      // Five rows with a category that does not exist.
      for (const line of [2, 4, 6, 8, 10])
        lines[line] = (lines[line] ?? '').replace(CATEGORY, ',riots,');
      await route.fulfill({ response, body: lines.join('\n') });
    });
    await atlas.open('colour=red');
    await atlas.waitForDataFiles();
    const notice = page.getByTestId('notice-banner');
    await expect(notice).toBeVisible();
    await atlas.waitForMap();
    const parts = await atlas.layoutBoxes();
    const names = Object.keys(parts);
    expect(names).toEqual(['notice', 'map', 'map legend', 'timeline toolbar', 'timeline axis']);
    const overlaps: string[] = [];
    for (const [index, first] of names.entries()) {
      for (const second of names.slice(index + 1)) {
        if (atlas.boxesOverlap(parts[first], parts[second])) overlaps.push(`${first} × ${second}`);
      }
    }
    expect(overlaps).toEqual([]);
    await atlas.screenshot('notice-layout-desktop');
  });

  test('shows the first three problems, then the rest on request, with Dismiss first', async ({
    page,
    atlas,
  }) => {
    await page.route('**/data/events.csv', async (route) => {
      const response = await route.fetch();
      const lines = (await response.text()).split('\n');
      // Five rows that no guided tour names: a tour step naming a skipped event is reported
      // on its own line, which this test of the notice's folding does not count.
      for (const line of [11, 13, 14, 16, 18])
        lines[line] = (lines[line] ?? '').replace(CATEGORY, ',riots,');
      await route.fulfill({ response, body: lines.join('\n') });
    });
    await atlas.open();
    await atlas.waitForDataFiles();
    const issues = page.getByTestId('data-issues').getByRole('listitem');
    await expect(issues).toHaveCount(3);
    const more = page.getByTestId('data-issues-more');
    await expect(more).toHaveText('and 2 more: show all');
    await more.click();
    await expect(issues).toHaveCount(5);
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(more).toHaveText('Show fewer');
    const firstControl = page.getByTestId('notice-banner').locator('button').first();
    await expect(firstControl).toHaveText('Dismiss');
    await firstControl.click();
    await expect(page.getByTestId('notice-banner')).toHaveCount(0);
  });
});
