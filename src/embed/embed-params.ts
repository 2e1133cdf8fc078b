// Reads the embed mode's own link parameters (`embed`, `controls`, `theme`, `parentOrigin`)
// and hands the rest of the query to the atlas's URL format. Never throws: a value it cannot
// use is dropped and explained in a note (shown in the console during development only, since
// the reader of the embedding page cannot fix the embed code; a production build leaves the
// notes out, and their words with them).
import * as parameterNotes from '../i18n/embed-parameter-notes';

/** Parts of the widget an embedder may show or hide with `controls=`. */
export const EMBED_CONTROLS = ['map', 'timeline', 'filters', 'list'] as const;
export type EmbedControl = (typeof EMBED_CONTROLS)[number];

export type EmbedTheme = 'light' | 'dark';

export interface EmbedParameters {
  readonly controls: ReadonlySet<EmbedControl>;
  readonly theme: EmbedTheme;
  /**
   * Where commands may come from and messages go: an origin, `'*'` for any (the default),
   * or null when `parentOrigin` was given but unusable: then the widget neither listens
   * nor talks, rather than open up to every page.
   */
  readonly parentOrigin: string | null;
  /** Whether the link sets a time window (`from` or `to`). */
  readonly linkHasWindow: boolean;
  /** The query without the embed parameters, for `parseUrlState`. */
  readonly viewQuery: string;
  /** Why a value was dropped; always empty in a production build. */
  readonly notes: readonly string[];
}

const EMBED_PARAMETER_NAMES = ['embed', 'controls', 'theme', 'parentOrigin'];

/** True when the link asks for the embed mode (`embed=1`). */
export function isEmbedQuery(query: string): boolean {
  try {
    return new URLSearchParams(query).get('embed') === '1';
  } catch {
    return false;
  }
}

/** An origin such as `https://news.example` (scheme, host and port, nothing else). */
export function readOrigin(text: string): string | null {
  if (text.length > 300) return null;
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin === text.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

export function readEmbedParameters(query: string): EmbedParameters {
  const params = new URLSearchParams(query);
  const notes: string[] = [];

  let controls = new Set<EmbedControl>(EMBED_CONTROLS);
  const controlsText = params.get('controls');
  if (controlsText !== null) {
    controls = new Set();
    for (const item of controlsText.split(',').map((part) => part.trim())) {
      if (item === '') continue;
      if ((EMBED_CONTROLS as readonly string[]).includes(item)) controls.add(item as EmbedControl);
      else if (import.meta.env.DEV)
        notes.push(parameterNotes.badControl(item.slice(0, 40), EMBED_CONTROLS));
    }
  }

  const themeText = params.get('theme');
  const theme: EmbedTheme = themeText === 'dark' ? 'dark' : 'light';
  if (import.meta.env.DEV && themeText !== null && themeText !== 'dark' && themeText !== 'light')
    notes.push(parameterNotes.badTheme(themeText.slice(0, 40)));

  let parentOrigin: string | null = '*';
  const originText = params.get('parentOrigin');
  if (originText !== null) {
    parentOrigin = readOrigin(originText);
    if (import.meta.env.DEV && parentOrigin === null)
      notes.push(parameterNotes.badParentOrigin(originText.slice(0, 60)));
  }

  for (const name of EMBED_PARAMETER_NAMES) params.delete(name);
  const linkHasWindow = params.has('from') || params.has('to');
  return { controls, theme, parentOrigin, linkHasWindow, viewQuery: params.toString(), notes };
}
