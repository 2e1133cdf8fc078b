// What the widget notes in the console (development only) about a value of its own link
// parameters that it drops. The first view reads those parameters, so this module stays apart
// from embed-notes.ts (which only the widget's lazily loaded code imports), and its named
// exports let a production build, which writes no notes, leave the words out.
export const badControl = (item: string, controls: readonly string[]) =>
  `controls: "${item}" is not a part of the widget (use ${controls.join(', ')})`;
export const badTheme = (theme: string) => `theme: "${theme}" is not a theme (use light or dark)`;
export const badParentOrigin = (origin: string) =>
  `parentOrigin: "${origin}" is not an origin like https://news.example, so the widget neither accepts commands nor sends messages`;
