// A note in the console during development only, saying why the widget ignored something.
// Never an error: an embedding page's mistakes must not look like the atlas failing.

import { embedNotes } from '../i18n/embed-notes';

/** Most notes written per page load, so a flood of bad messages cannot flood the console. */
const MAX_NOTES = 50;
let written = 0;

export function devNote(text: string): void {
  if (!import.meta.env.DEV || written >= MAX_NOTES) return;
  written += 1;
  console.info(`${embedNotes.prefix} ${text}${written === MAX_NOTES ? embedNotes.lastNote : ''}`);
}
