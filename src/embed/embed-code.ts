// Pure: the embed code the dialog offers, from the embedder's choices. One place decides
// what the code looks like, so the dialog, its preview and the docs never drift apart.
import { EMBED_CONTROLS, type EmbedControl, type EmbedTheme } from './embed-params';

export interface EmbedChoices {
  /** Start at the view the visitor has now (event, window, filters), or at the opening view. */
  readonly startAtView: boolean;
  /** A fixed height in CSS pixels, or 'auto' (the frame follows the widget, with embed.js). */
  readonly height: number | 'auto';
  readonly shown: ReadonlySet<EmbedControl>;
  readonly theme: EmbedTheme;
}

/** The frame's height before embed.js has run, or without it: fits 700×500 well. */
export const FALLBACK_HEIGHT_PX = 500;
export const MIN_FIXED_HEIGHT_PX = 240;
export const MAX_FIXED_HEIGHT_PX = 2000;

/** A height a visitor typed, kept within what the widget can fill. */
export function fixedHeight(text: string): number {
  const value = Math.round(Number(text));
  if (!Number.isFinite(value) || text.trim() === '') return FALLBACK_HEIGHT_PX;
  return Math.min(MAX_FIXED_HEIGHT_PX, Math.max(MIN_FIXED_HEIGHT_PX, value));
}

/**
 * The widget's address: `atlasUrl` is the atlas's own page (no query), `viewQuery` the
 * current view as the atlas writes it in its links.
 */
export function embedSource(atlasUrl: string, viewQuery: string, choices: EmbedChoices): string {
  const params = new URLSearchParams('embed=1');
  if (choices.startAtView) {
    for (const [name, value] of new URLSearchParams(viewQuery)) {
      // Dialogs of the full atlas (reader, pages) are not part of a widget's first view.
      if (!['page', 'source', 'quote'].includes(name)) params.append(name, value);
    }
  }
  if (EMBED_CONTROLS.some((control) => !choices.shown.has(control)))
    params.set(
      'controls',
      EMBED_CONTROLS.filter((control) => choices.shown.has(control)).join(','),
    );
  if (choices.theme === 'dark') params.set('theme', 'dark');
  const url = new URL(atlasUrl);
  url.search = params.toString().replace(/%2C/g, ',');
  url.hash = '';
  return url.href;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedCode(source: string, title: string, choices: EmbedChoices): string {
  const height = choices.height === 'auto' ? FALLBACK_HEIGHT_PX : choices.height;
  const frame = `<iframe src="${escapeAttribute(source)}" title="${escapeAttribute(title)}" width="100%" height="${height}" loading="lazy" allow="fullscreen" style="border: 0; max-inline-size: 100%;"></iframe>`;
  if (choices.height !== 'auto') return frame;
  const script = new URL('./embed.js', source);
  script.search = '';
  return `${frame}\n<script src="${escapeAttribute(script.href)}" async></script>`;
}
