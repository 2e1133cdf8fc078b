// Finds a Chromium for the browser tests: CHROMIUM_PATH, then the system's, then
// Playwright's own download. Prints nothing; returns null when there is none.
import { existsSync } from 'node:fs';

/** Flags for headless Chromium here: no sandbox (root), and no calls home to Google. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // WebGL through SwiftShader when there is no GPU.
  '--enable-unsafe-swiftshader',
];

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
