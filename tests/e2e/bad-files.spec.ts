// Files a person can break with a spreadsheet or a text editor, and a network that never
// answers: each gives one message that names the file and says what to do.
import Papa from 'papaparse';
import { closedGate } from './gate';
import { expect, test } from './playwright-helper';

/** The bytes Excel's plain "CSV" writes on Windows: one byte a character, Windows-1252. */
function windows1252(text: string): Buffer {
  const special: Record<string, number> = {
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '–': 0x96,
    '—': 0x97,
  };
  return Buffer.from(
    [...text].map((character) => {
      const code = character.charCodeAt(0);
      return code < 0x100 ? code : (special[character] ?? 0x3f);
    }),
  );
}

test.describe('a data file saved in the wrong encoding', () => {
  test('gives one message naming the file and how to save it', async ({ atlas, page }) => {
    await page.route('**/data/events.csv', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: windows1252(await response.text()) });
    });
    await page.goto('./');
    const failed = page.getByTestId('load-failed');
    await expect(failed).toBeVisible();
    const causes = page.getByTestId('load-failed-causes').getByRole('listitem');
    await expect(causes).toHaveCount(1);
    await expect(causes).toContainText(
      'data/events.csv: the file is not saved as UTF-8 (it looks like Windows-1252',
    );
    await expect(causes).toContainText('save it again as “CSV UTF-8”');
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await atlas.screenshot('load-failed-encoding');
  });
});

test.describe('a data file without a required column', () => {
  test('gives one message naming the file and the column', async ({ page }) => {
    await page.route('**/data/claims.csv', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/^event,source,quote,/, 'event,source,passage,');
      await route.fulfill({ response, body });
    });
    await page.goto('./');
    await expect(page.getByTestId('load-failed')).toBeVisible();
    const causes = page.getByTestId('load-failed-causes').getByRole('listitem');
    await expect(causes).toHaveCount(1);
    await expect(causes).toHaveText(
      'data/claims.csv:1: the header row lacks the column quote; it must be: event,source,quote,speaker,date,killed,injured,qualifier,note',
    );
  });
});

test.describe('a data request that never completes', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  test('gives the retry screen naming the file once the time limit has passed', async ({
    atlas,
    page,
  }) => {
    let hang = true;
    // Without the build's snapshot, the first view waits for the files themselves.
    await page.route('**/data/dataset-snapshot.json', (route) =>
      hang ? route.fulfill({ status: 404, body: '' }) : route.fallback(),
    );
    await page.route('**/data/sites.geojson', (route) => (hang ? undefined : route.fallback()));
    // The page's clock is Playwright's, held still, so the 20-second limit passes only when the
    // test moves the clock on, and without waiting 20 seconds.
    await page.clock.install({ time: new Date('2026-01-01T12:00:00Z') });
    await page.clock.pauseAt(new Date('2026-01-01T12:01:00Z'));
    // The clock is held, so every request's limit falls due at the same moment: the other files
    // must have arrived before it is moved on, or they too "never answer" on a loaded machine.
    const othersArrived = Promise.all(
      ['sources.csv', 'events.csv', 'claims.csv', 'figures.csv'].map((file) =>
        page.waitForEvent('requestfinished', (request) => request.url().endsWith(`/data/${file}`)),
      ),
    );
    await page.goto('./');
    await othersArrived;
    await expect(page.getByTestId('loading')).toBeVisible();
    await page.clock.fastForward(19_000);
    await expect(page.getByTestId('loading')).toBeVisible();
    await page.clock.fastForward(2_000);
    await expect(page.getByTestId('load-failed-causes')).toHaveText(
      'data/sites.geojson: the file could not be read: no answer within 20 seconds; check the connection and try again',
    );
    await atlas.screenshot('load-failed-timeout');
    hang = false;
    await page.clock.resume();
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByTestId('timeline')).toBeVisible();
  });
});

test('a stalled request for the country shapes keeps neither the sites nor the moves off the map', async ({
  atlas,
  page,
}) => {
  // Held until the test lets it go: a filtered network can leave a request hanging.
  const shapes = closedGate();
  await page.route('**/countries-110m*.json', async (route) => {
    await shapes.passed;
    await route.fallback();
  });
  await atlas.open();
  // After a short wait the map is drawn without the shapes: its sites and its moves.
  await expect(atlas.marker('camp-ashraf')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('map-canvas-container')).not.toHaveAttribute(
    'data-visible-moves',
    '',
  );
  await expect(page.getByTestId('map-canvas-container')).toHaveAttribute(
    'data-visible-moves',
    /1986-france-to-ashraf/,
  );
  await expect(page.getByTestId('map-canvas-container')).toHaveAttribute('data-map-ready', 'false');
  // The shapes that come late are drawn then, and the map says it is ready.
  shapes.open();
  await atlas.waitForMap();
  expect(await atlas.mapColourShare('#f7f5f0'), 'land').toBeGreaterThan(0.1);
  expect(await atlas.mapColourShare('#0072b2', 24), 'arcs').toBeGreaterThan(0.0005);
});

test('the "events shown" download writes no cell a spreadsheet would run', async ({
  atlas,
  page,
}) => {
  await page.route('**/data/events.csv', async (route) => {
    const response = await route.fetch();
    const lines = (await response.text()).split('\n');
    // A title and a summary that a spreadsheet would run as formulas.
    lines[1] = (lines[1] ?? '').replace(
      /^([^,]*,[^,]*,[^,]*,[^,]*,[^,]*),[^,"]*,/,
      '$1,"=HYPERLINK(""http://example.com"",""open"")",',
    );
    await route.fulfill({ response, body: lines.join('\n') });
  });
  await atlas.open();
  await atlas.waitForDataFiles();
  await page.getByRole('button', { name: 'About the sources' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-shown-csv').click(),
  ]);
  const stream = await download.createReadStream();
  let text = '';
  for await (const chunk of stream) text += chunk;
  const cells = Papa.parse<string[]>(text.trim()).data.flat();
  expect(cells).toContain(`'=HYPERLINK("http://example.com","open")`);
  expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
});

test('a search that matches nothing says so and offers to clear it', async ({ atlas, page }) => {
  await atlas.open();
  await atlas.search('zzzz-no-such-words');
  const status = page.getByTestId('search-no-match');
  await expect(status).toHaveText(/No events match “zzzz-no-such-words”\./);
  await expect(atlas.timelineItems()).toHaveCount(0);
  await status.getByRole('button', { name: 'Clear the search' }).click();
  await expect(page.getByTestId('search-input')).toHaveValue('');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await expect(atlas.timelineItems().first()).toBeVisible();
  await expect(status).toHaveCount(0);
});

test.describe('a part of the atlas whose code does not arrive', () => {
  // One pattern: Playwright reads a list of several as a value and its options.
  test.use({
    allowedConsoleErrors: [
      /Failed to load resource|dynamically imported module|(The map|The share dialog|The source reader) failed/,
    ],
  });

  test('the map says so in its place, and the timeline and the details go on working', async ({
    atlas,
    page,
  }) => {
    await page.route('**/assets/MapView-*.js', (route) => route.fulfill({ status: 404, body: '' }));
    await atlas.open();
    const failed = page.getByTestId('part-failed');
    await expect(failed).toHaveAttribute('data-part', 'The map');
    await expect(failed).toContainText('The map could not be loaded');
    await expect(failed.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    // Everything else is still there and answers.
    await atlas.clickTimelineItem('1988-03-nla-offensive');
    await expect(page.getByTestId('event-details')).toHaveAttribute(
      'data-event-id',
      '1988-03-nla-offensive',
    );
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('event-details')).not.toHaveAttribute(
      'data-event-id',
      '1988-03-nla-offensive',
    );
    await atlas.screenshot('map-code-missing');
  });

  test('a dialog says so over the page, takes the focus and closes', async ({ atlas, page }) => {
    await page.route('**/assets/ShareDialog-*.js', (route) =>
      route.fulfill({ status: 404, body: '' }),
    );
    await atlas.open('?event=1988-03-nla-offensive');
    await page.getByRole('button', { name: 'Share' }).click();
    const failed = page.getByTestId('part-failed');
    await expect(failed).toContainText('The share dialog could not be loaded');
    await expect(failed.getByRole('button', { name: 'Reload the page' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(failed).toHaveCount(0);
    // The focus goes back to the button that opened it, as from the dialog.
    await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();
    // The atlas it floated over is unchanged.
    await expect(page.getByTestId('event-details')).toHaveAttribute(
      'data-event-id',
      '1988-03-nla-offensive',
    );
    await expect(atlas.timelineItems().first()).toBeVisible();
  });

  test('the source reader says so over the page, and closing it keeps the event', async ({
    atlas,
    page,
  }) => {
    await page.route('**/assets/SourceReader-*.js', (route) =>
      route.fulfill({ status: 404, body: '' }),
    );
    await atlas.open('event=2011-04-08-ashraf-raid');
    await page.getByTestId('read-in-source').first().click();
    const failed = page.getByTestId('part-failed');
    await expect(failed).toContainText('The source reader could not be loaded');
    await failed.getByRole('button', { name: 'Close' }).click();
    await expect(failed).toHaveCount(0);
    // The reader is closed in the link too, and the event is still chosen.
    await expect.poll(() => atlas.query().has('source')).toBe(false);
    await expect(page.getByTestId('event-details')).toHaveAttribute(
      'data-event-id',
      '2011-04-08-ashraf-raid',
    );
  });
});

test.describe('the page’s own scripts', () => {
  // The entry script, which loads the rest.
  const entryScript = /\/assets\/index-[^/]*\.js$/;
  const slowLine = /^Still loading after 20 seconds/;

  test('while they arrive, the page says it is loading, and the atlas replaces that', async ({
    atlas,
    page,
  }) => {
    // On a slow network the scripts take seconds; the page was blank until they ran.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(entryScript, async (route) => {
      await held;
      await route.fallback();
    });
    await page.goto('./', { waitUntil: 'commit' });
    const loading = page.getByText('Loading the atlas…', { exact: true });
    await expect(loading).toBeVisible();
    await expect(page.getByText(slowLine)).toBeHidden();
    await atlas.screenshot('loading-scripts');
    release();
    await expect(atlas.timelineItems().first()).toBeVisible();
    await expect(loading).toHaveCount(0);
  });

  test.describe('when they never arrive', () => {
    test.use({ allowedConsoleErrors: [/Failed to load resource/] });

    test('after 20 seconds the page says they may be blocked, and where the data is', async ({
      atlas,
      page,
    }) => {
      await page.route(entryScript, (route) => route.abort());
      // The page's animations run a hundred times faster: 20 seconds in 0.2.
      const devtools = await page.context().newCDPSession(page);
      await devtools.send('Animation.enable');
      await devtools.send('Animation.setPlaybackRate', { playbackRate: 100 });
      await page.goto('./');
      await expect(page.getByText('Loading the atlas…', { exact: true })).toBeVisible();
      await expect(page.getByText(slowLine)).toBeVisible();
      await expect(page.getByText(slowLine)).toContainText('data folder');
      await atlas.screenshot('loading-scripts-never-arrive');
    });
  });

  test.describe('with JavaScript switched off', () => {
    test.use({ javaScriptEnabled: false });

    test('the page says the atlas needs it, and not that it is loading', async ({
      atlas,
      page,
    }) => {
      await page.goto('./');
      // Playwright's text search and text assertions pass over <noscript>, which shows here.
      const notice = page.locator('body > noscript');
      await expect(notice).toBeVisible();
      expect(await notice.innerText()).toContain('The atlas needs JavaScript');
      await expect(page.getByText('Loading the atlas…', { exact: true })).toBeHidden();
      await atlas.screenshot('no-javascript');
    });
  });
});
