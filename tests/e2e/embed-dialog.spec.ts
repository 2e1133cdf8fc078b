// The embed dialog of the full atlas: choices, a live preview, and code that works when
// pasted into a page of another site.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './playwright-helper';

const RAID = '2011-04-08-ashraf-raid';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the embed dialog previews the widget, and its copied code works pasted into a page of another site', async ({
  atlas,
  embedHost,
  page,
}) => {
  await atlas.open(`event=${RAID}&from=2009&to=2014`);
  await page.getByTestId('open-embed').click();
  const dialog = page.getByTestId('embed-dialog');
  await expect(dialog).toBeVisible();
  // The live preview shows this view's event.
  const preview = page.frameLocator('[data-testid="embed-preview"]');
  // (It loads a second atlas, which takes a while on a slow machine.)
  await expect(preview.getByTestId('event-title')).toHaveText(/Iraqi forces raid Camp Ashraf/, {
    timeout: 30_000,
  });
  // Hiding the map changes the code and the preview.
  await page.getByTestId('embed-show-map').uncheck();
  const code = page.getByTestId('embed-code');
  await expect(code).toHaveValue(/controls=timeline,filters,list/);
  await expect(code).toHaveValue(new RegExp(`event=${RAID}&amp;from=2009&amp;to=2014`));
  await expect(code).toHaveValue(/<script src="[^"]+\/embed\.js" async><\/script>/);
  await expect(preview.getByTestId('embed')).toHaveAttribute('data-stage', 'list', {
    timeout: 30_000,
  });
  expect(
    (
      await new AxeBuilder({ page }).include('[data-testid="embed-dialog"]').analyze()
    ).violations.map((violation) => violation.id),
  ).toEqual([]);
  await atlas.screenshot('embed-dialog');

  await page.getByTestId('embed-copy').click();
  await expect(page.getByTestId('embed-copy-status')).toHaveText(/Copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await code.inputValue());

  // Pasted into a blank page of another origin, it shows the event and sizes itself.
  await embedHost.openHtml(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body><h1>My article</h1>${copied}</body></html>`,
  );
  const widget = embedHost.frame();
  await expect(widget.getByTestId('event-title')).toHaveText(/Iraqi forces raid Camp Ashraf/, {
    timeout: 30_000,
  });
  await expect(widget.getByTestId('notice-banner')).toHaveCount(0);
  await expect(embedHost.iframe()).toHaveAttribute('data-atlas-height', /\d+/);
  await expect
    .poll(() => embedHost.messagesOfType('atlas:resize'))
    .toContainEqual(expect.objectContaining({ v: 1 }));
  await embedHost.screenshot('embed-pasted-code');
});

test('a fixed height gives just the frame, at that height', async ({ atlas, page }) => {
  await atlas.open();
  await page.getByTestId('open-embed').click();
  await page.getByTestId('embed-height-fixed').check();
  await page.getByTestId('embed-height-value').fill('420');
  await page.getByTestId('embed-theme-dark').check();
  const code = page.getByTestId('embed-code');
  await expect(code).toHaveValue(/height="420"/);
  await expect(code).toHaveValue(/theme=dark/);
  await expect(code).not.toHaveValue(/<script/);
  await expect(page.getByTestId('embed-preview')).toHaveAttribute('height', '420');
});
