// A deployer may build the atlas over a hosted MapLibre style (ATLAS_MAP_STYLE_URL, see
// README "Deploy"). This builds it so, over a style served from another local origin, and
// checks what a visitor would see: the hosted basemap drawn (the page's Content-Security-
// Policy lets that one host in), the sites and the moves over it, and no bundled basemap.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveFolder } from '../bench/static-server.mjs';
import { expect, test } from './playwright-helper';

/** The hosted style's colours: a sea and a land the bundled basemap never uses. */
const HOSTED_SEA = '#c8b4e6';
const HOSTED_LAND = '#e6dcb4';
/** The bundled basemap's land (basemap.ts). */
const BUNDLED_LAND = '#f7f5f0';

/** A style host on its own origin: the style and one land shape, readable from any origin. */
function startStyleHost(): Promise<{ origin: string; requests: string[]; server: Server }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const origin = `http://${request.headers.host}`;
    const bodies: Record<string, unknown> = {
      '/style.json': {
        version: 8,
        name: 'Hosted test style',
        sources: { land: { type: 'geojson', data: `${origin}/land.geojson` } },
        layers: [
          { id: 'hosted-sea', type: 'background', paint: { 'background-color': HOSTED_SEA } },
          { id: 'hosted-land', type: 'fill', source: 'land', paint: { 'fill-color': HOSTED_LAND } },
        ],
      },
      '/land.geojson': {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [10, 30],
              [50, 30],
              [50, 45],
              [10, 45],
              [10, 30],
            ],
          ],
        },
      },
    };
    const body = bodies[new URL(request.url ?? '/', origin).pathname];
    response.writeHead(body ? 200 : 404, {
      'Content-Type': 'application/json',
      'Access-Control-Allow-Origin': '*',
    });
    response.end(body ? JSON.stringify(body) : '');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, requests, server });
    }),
  );
}

let styleHost: Awaited<ReturnType<typeof startStyleHost>>;
let site: { url: string; close: () => Promise<void> | void };
let buildFolder = '';

test.beforeAll(async () => {
  // A second production build: tens of seconds on a slow machine.
  test.setTimeout(300_000);
  styleHost = await startStyleHost();
  buildFolder = mkdtempSync(join(tmpdir(), 'atlas-hosted-'));
  const build = spawnSync('npx', ['vite', 'build', '--outDir', join(buildFolder, 'atlas')], {
    env: { ...process.env, ATLAS_MAP_STYLE_URL: `${styleHost.origin}/style.json` },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr}`);
  site = await serveFolder(buildFolder);
});

test.afterAll(async () => {
  await site?.close();
  styleHost?.server.close();
  if (buildFolder) rmSync(buildFolder, { recursive: true, force: true });
});

test('draws the hosted style with the sites and the moves over it', async ({ atlas, page }) => {
  const atlasRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(site.url)) atlasRequests.push(new URL(request.url()).pathname);
  });
  await page.goto(`${site.url}/atlas/`);
  await atlas.timelineItems().first().waitFor();
  await atlas.waitForMap();
  // The hosted sea and land, not the bundled land (the page's console would show a refused
  // request if the policy kept the host out; the fixture fails the test on it).
  expect(await atlas.mapColourShare(HOSTED_SEA), 'hosted sea').toBeGreaterThan(0.1);
  expect(await atlas.mapColourShare(HOSTED_LAND), 'hosted land').toBeGreaterThan(0.1);
  // (Exactly: white, the arcs' casing, is within a few steps of it.)
  expect(await atlas.mapColourShare(BUNDLED_LAND, 1), 'bundled land').toBeLessThan(0.01);
  expect(await atlas.mapColourShare('#0072b2', 24), 'arcs').toBeGreaterThan(0.0005);
  expect(styleHost.requests).toEqual(expect.arrayContaining(['/style.json', '/land.geojson']));
  // The bundled shapes are never fetched: the hosted style brings its own.
  expect(atlasRequests.filter((path) => /countries/i.test(path))).toEqual([]);
  // The sites are over it and still choose their place.
  await atlas.clickMarker('camp-ashraf');
  await expect(page.getByTestId('site-details')).toHaveAttribute('data-site-id', 'camp-ashraf');
  await atlas.screenshot('hosted-style');
});
