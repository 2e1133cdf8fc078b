// Interface strings of presentation mode, tours, autoplay and the presenter view. Kept apart
// from strings.ts so the classroom features can be translated (and changed) in one place.
export const presentStrings = {
  present: 'Present',
  presentHint: 'Full-screen presentation for a projector (key F)',
  presentationLabel: 'Presentation controls',
  tourLabel: 'Tour',
  noTour: 'All events in order',
  stepCounter: (current: number, total: number) => `Step ${current} of ${total}`,
  eventCounter: (current: number, total: number) => `Event ${current} of ${total}`,
  previous: 'Previous',
  next: 'Next',
  play: 'Play',
  pause: 'Pause',
  paceLabel: 'Seconds per step',
  pace: (seconds: number) => `${seconds} s`,
  fullScreen: 'Full screen',
  presenterView: 'Presenter view',
  leave: 'Leave presentation',
  keysHelp:
    'Keys: → PageDown Space N next · ← PageUp P previous · Home End · B black screen · F full screen · S presenter view · Esc leave',
  narrationLabel: 'Narration',
  /** The list of keys (?): what each presentation key does. */
  keysHeading: 'In presentation mode (F starts it from anywhere):',
  keyCommands: {
    next: 'Next step or event',
    previous: 'Previous step or event',
    first: 'First step',
    last: 'Last step',
    black: 'Black the screen out, and back',
    fullscreen: 'Full screen on or off',
    exit: 'Leave presentation mode',
    presenter: 'Open the presenter view',
  },
  blackScreen: 'Screen blacked out. Press B, “.” or any step key to show it again.',
  fullscreenBlocked:
    'Full screen is not allowed here (for example in a frame without permission); presenting in the window instead.',
  // From a link the browser needs a key or a tap first; a phone has no F key.
  fullscreenNeedsKey: 'For full screen, press F or choose “Full screen”.',
  presenterMissing:
    'The presenter view needs BroadcastChannel, which this browser does not offer; the presentation works without it.',
  presenterBlocked:
    'The presenter window was blocked. Allow pop-ups for this site and press S again.',
  presenterConnected: 'Presenter view connected.',
  autoplayPaused: 'Autoplay paused.',
  autoplayEnded: 'Autoplay stopped at the end.',
  stepAnnouncement: (current: number, total: number, title: string) =>
    `Step ${current} of ${total}: ${title}`,
  // Link problems
  unknownTour: (id: string) => `tour=${id}: no such tour`,
  unknownStep: (text: string, total: number) =>
    `step=${text}: the tour has steps 1 to ${total}; starting at step 1`,
  stepWithoutTour: 'step: only means something with a tour',
} as const;
