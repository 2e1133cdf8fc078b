import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../vite-plugins/content-security-policy';

describe('contentSecurityPolicy', () => {
  it('allows nothing beyond the site itself by default', () => {
    const policy = contentSecurityPolicy(undefined);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self';");
    expect(policy).not.toMatch(/https?:/);
  });

  it('lets the page register its own service worker (for offline use) and nothing else', () => {
    expect(contentSecurityPolicy(undefined)).toContain("worker-src 'self' blob:;");
  });

  it('adds only the basemap host when an online style is configured', () => {
    const policy = contentSecurityPolicy('https://tiles.example.org/styles/light.json');
    expect(policy).toContain("connect-src 'self' https://tiles.example.org");
    expect(policy).toContain("img-src 'self' data: blob: https://tiles.example.org");
    expect(policy).toContain("script-src 'self';");
  });
});

describe('the README', () => {
  it('documents the same policy that the build writes into the page', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(
      `Content-Security-Policy: ${contentSecurityPolicy(undefined)}; frame-ancestors`,
    );
  });
});
