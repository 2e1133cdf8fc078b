// The timeline's commands: the visible buttons (zoom, whole story, previous and next event)
// and the keys that give the same commands.
import { strings } from '../i18n/strings';

export type TimelineCommand =
  | 'zoom-in'
  | 'zoom-out'
  | 'show-all'
  | 'previous'
  | 'next'
  | 'first'
  | 'last';

const KEY_COMMANDS: Readonly<Record<string, TimelineCommand>> = {
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  ArrowRight: 'next',
  ArrowDown: 'next',
  Home: 'first',
  End: 'last',
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  _: 'zoom-out',
};

/** The command a key gives on the focused timeline, if any. */
export function commandForKey(key: string): TimelineCommand | undefined {
  return Object.hasOwn(KEY_COMMANDS, key) ? KEY_COMMANDS[key] : undefined;
}

const BUTTONS: readonly { command: TimelineCommand; label: string; testId: string }[] = [
  { command: 'previous', label: strings.previousEvent, testId: 'timeline-previous' },
  { command: 'next', label: strings.nextEvent, testId: 'timeline-next' },
  { command: 'zoom-in', label: strings.zoomIn, testId: 'timeline-zoom-in' },
  { command: 'zoom-out', label: strings.zoomOut, testId: 'timeline-zoom-out' },
  { command: 'show-all', label: strings.showAll, testId: 'timeline-show-all' },
];

export function TimelineToolbar({ onCommand }: { onCommand: (command: TimelineCommand) => void }) {
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label={strings.timelineToolbarLabel}>
      {BUTTONS.map((button) => (
        <button
          key={button.command}
          type="button"
          data-testid={button.testId}
          data-command={button.command}
          onClick={() => onCommand(button.command)}
        >
          {button.label}
        </button>
      ))}
    </div>
  );
}
