// Starts the data requests as soon as their small chunk arrives, instead of after the whole
// first view's code (React, vis-timeline) has been fetched and compiled. The built page gets
// that chunk as a module script of its own, `async`, so the browser evaluates it on arrival;
// the entry imports the same file, which a page evaluates once, so the loader still takes the
// early answers over (src/data/early-requests.ts). The chunk is the `early-requests` group of
// vite.config.ts; it imports nothing. Development has no chunks and keeps the entry's import.
import type { Plugin } from 'vite';

/** The chunk whose evaluation sends the data requests (see vite.config.ts). */
export const EARLY_REQUESTS_CHUNK = 'early-requests';

/**
 * `html` with a module script for `src` placed before the page's first module script, or
 * unchanged if there is no module script to go before.
 */
export function withEarlyScript(html: string, src: string): string {
  const entry = html.search(/<script\s+type="module"/);
  if (entry < 0) return html;
  const tag = `<script type="module" async crossorigin src="${src}"></script>\n    `;
  return html.slice(0, entry) + tag + html.slice(entry);
}

export function earlyDataRequests(): Plugin {
  let base = '/';
  return {
    name: 'atlas-early-data-requests',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.name === EARLY_REQUESTS_CHUNK,
        );
        if (!chunk) {
          throw new Error(
            `The build has no "${EARLY_REQUESTS_CHUNK}" chunk: the data requests would wait for the whole first view's code (see vite.config.ts).`,
          );
        }
        return withEarlyScript(html, `${base}${chunk.fileName}`);
      },
    },
  };
}
