import { describe, expect, it } from 'vitest';
import { withEarlyScript } from '../../vite-plugins/early-data-requests';

const page = `<head>
    <title>Atlas</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/early-requests-def.js">
  </head>`;

describe('withEarlyScript', () => {
  it('puts the data requests chunk before the entry, to run as soon as it arrives', () => {
    const html = withEarlyScript(page, './assets/early-requests-def.js');
    const early = html.indexOf(
      '<script type="module" async crossorigin src="./assets/early-requests-def.js"></script>',
    );
    expect(early).toBeGreaterThan(html.indexOf('<title>'));
    expect(early).toBeLessThan(html.indexOf('src="./assets/index-abc.js"'));
  });

  it('leaves a page without a module script as it is', () => {
    const html = '<head><title>Atlas</title></head>';
    expect(withEarlyScript(html, './assets/early-requests-def.js')).toBe(html);
  });
});
