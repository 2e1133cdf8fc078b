// Finds a Chromium for the browser tests: CHROMIUM_PATH, then the system's, then
// Playwright's own download. Prints nothing; returns null when there is none.
import { existsSync } from 'node:fs';

export async function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const { chromium } = await import('@playwright/test');
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // No Playwright browser download either.
  }
  return null;
}
