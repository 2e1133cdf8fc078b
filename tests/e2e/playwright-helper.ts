// The only file that imports Playwright. It gives every spec an `atlas` driver and checks,
// after each test, that no request left localhost and that the console showed no error.
import { test as base, expect, type Page } from '@playwright/test';
import { AtlasDriver } from './atlas-driver';
import { EmbedHost } from './embed-host';

interface AtlasFixtures {
  atlas: AtlasDriver;
  /** An article on another origin (a second localhost port) that embeds the atlas. */
  embedHost: EmbedHost;
  /** Console errors a test expects (a missing file it removed on purpose, say). */
  allowedConsoleErrors: RegExp[];
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

export const test = base.extend<AtlasFixtures>({
  allowedConsoleErrors: [[], { option: true }],
  embedHost: async ({ atlas, baseURL }, use) => {
    // Depends on `atlas`, so the same request and console checks cover the host page and
    // every frame in it.
    const host = new EmbedHost(atlas.page, baseURL ?? '');
    await host.start();
    await use(host);
    await host.stop();
  },
  atlas: async ({ page, allowedConsoleErrors }, use, testInfo) => {
    const externalRequests: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => {
      if (!isLocal(request.url())) externalRequests.push(request.url());
    });
    page.on('console', (message) => {
      if (
        message.type() === 'error' &&
        !allowedConsoleErrors.some((pattern) => pattern.test(message.text()))
      ) {
        consoleErrors.push(message.text());
      }
    });
    page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
    await use(new AtlasDriver(page, testInfo));
    expect(externalRequests, 'requests that left localhost').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  },
});

export { expect, type Page };
