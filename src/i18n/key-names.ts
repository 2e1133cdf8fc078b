// How a key is written in the lists of keys (the atlas's and presentation mode's), from its
// `KeyboardEvent.key` value: one table, so both lists name a key alike.
const KEY_NAMES: Readonly<Record<string, string>> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
  Home: 'Home',
  End: 'End',
  Escape: 'Esc',
  ' ': 'Space',
};

/** A letter is written in capitals (B, not b); any other key by its name in the table. */
export const keyName = (key: string): string =>
  KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
