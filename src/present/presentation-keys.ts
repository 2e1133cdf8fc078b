// Which presentation command a key press means. Clickers send PageDown/PageUp (some send
// arrows, Space, N/P, or B and "." for their black-screen button); the keys follow reveal.js
// and PowerPoint so a teacher's habits carry over.
import { keyName } from '../i18n/key-names';

export type PresentationCommand =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'black'
  | 'fullscreen'
  | 'exit'
  | 'presenter';

const COMMANDS: Readonly<Record<string, PresentationCommand>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  n: 'next',
  N: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  p: 'previous',
  P: 'previous',
  Home: 'first',
  End: 'last',
  b: 'black',
  B: 'black',
  '.': 'black',
  f: 'fullscreen',
  F: 'fullscreen',
  Escape: 'exit',
  s: 'presenter',
  S: 'presenter',
};

/**
 * The presentation keys for the list of keys (?), drawn from the same table that handles
 * them: one row per command, each key named once (B, not b and B).
 */
export function presentationKeyRows(
  describe: Readonly<Record<PresentationCommand, string>>,
): { keyNames: string[]; description: string }[] {
  const rows = new Map<PresentationCommand, string[]>();
  for (const [key, command] of Object.entries(COMMANDS)) {
    const name = keyName(key);
    const names = rows.get(command) ?? [];
    if (!names.includes(name)) names.push(name);
    rows.set(command, names);
  }
  return [...rows].map(([command, keyNames]) => ({ keyNames, description: describe[command] }));
}

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
}

/** Where a key belongs to the control that has focus (typing, choosing, pressing a button). */
interface FocusContext {
  readonly typing: boolean;
  readonly onButton: boolean;
}

export function presentationCommandFor(
  press: KeyPress,
  focus: FocusContext,
): PresentationCommand | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  const command = COMMANDS[press.key] ?? null;
  if (command === null) return null;
  // Escape still leaves a text field's presentation; everything else is the field's own.
  if (focus.typing) return command === 'exit' ? command : null;
  // Space presses a focused button, as everywhere else.
  if (focus.onButton && press.key === ' ') return null;
  return command;
}

/** Reads the focus context from a key event's target. */
export function focusContextOf(target: EventTarget | null): FocusContext {
  if (!(target instanceof Element)) return { typing: false, onButton: false };
  const typing =
    target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !==
    null;
  const onButton = target.closest('button, a[href], summary, [role="button"]') !== null;
  return { typing, onButton };
}
