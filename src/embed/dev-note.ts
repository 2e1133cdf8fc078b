// A note in the console during development only, saying why the widget ignored something.
// Never an error: an embedding page's mistakes must not look like the atlas failing.

/** Most notes written per page load, so a flood of bad messages cannot flood the console. */
const MAX_NOTES = 50;
let written = 0;

export function devNote(text: string): void {
  if (!import.meta.env.DEV || written >= MAX_NOTES) return;
  written += 1;
  console.info(
    `[atlas embed] ${text}${written === MAX_NOTES ? ' (further notes are not shown)' : ''}`,
  );
}
