// Interface strings of the classroom hand-outs: sharing a view, working offline, a
// teacher's own tours. Kept beside strings.ts so each feature's words stay together.

export const shareStrings = {
  share: 'Share',
  shareTitle: 'Share this view',
  shareIntro:
    'The link opens the atlas exactly as it is now: the same event, time window and filters. Students can scan the code with a phone camera.',
  linkLabel: 'Link to this view',
  copyLink: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'Could not copy: the link is selected, press Ctrl+C (or ⌘+C) to copy it.',
  qrLabel: (url: string) => `QR code of the link ${url}`,
  qrTooLong: 'This link is too long for a QR code; copy the link instead.',
} as const;

export const offlineStrings = {
  ready: 'Available offline',
  readyDetail:
    'This browser has kept the atlas, its data and the source documents: they open without a network.',
  updateReady: 'A new version of the atlas is ready. It starts the next time the atlas is opened.',
  updateNow: 'Use it now (reloads the page)',
} as const;

export const tourEditorStrings = {
  open: 'Make a tour',
  title: 'Make your own tour',
  intro:
    'Choose events, write what the class reads at each one, and put them in order. The tour stays in this browser while you work; share it as a link or a file. No server keeps it.',
  notCurated:
    'A tour made this way is not one of the atlas’s checked tours: whoever opens it sees that it comes from a link.',
  titleLabel: 'Title',
  audienceLabel: 'For whom (class, what they know already)',
  minutesLabel: 'Minutes',
  stepsHeading: (count: number) => `Steps (${count})`,
  noSteps: 'No step yet: choose an event below and add it.',
  pickLabel: 'Event to add',
  addStep: 'Add this event',
  addSelected: (title: string) => `Add the event open in the atlas: ${title}`,
  narrationLabel: (count: number, max: number) =>
    `What the class reads (${count} of at most ${max} characters)`,
  narrationHelp:
    'In the atlas’s neutral voice: say who claims what; add nothing the event’s sources do not say.',
  notesLabel: 'Notes for the presenter only (optional)',
  moveUp: 'Move up',
  moveDown: 'Move down',
  remove: 'Remove',
  stepLabel: (index: number, title: string) => `Step ${index + 1}: ${title}`,
  whichStep: (index: number) => `(step ${index + 1})`,
  shareHeading: 'Share it',
  problemsHeading: 'Before the tour can be shared:',
  // Where a problem lies: "Step 3, narration", "Title", "The tour".
  problemInStep: (index: number, field: string | undefined) =>
    `Step ${index + 1}${field ? `, ${field}` : ''}`,
  problemInTour: 'The tour',
  linkLabel: 'Link to the tour',
  linkLength: (length: number, max: number) =>
    `The tour takes ${length} of at most ${max} characters of a link.`,
  tooLong: (length: number, max: number) =>
    `The tour is too long for a link (${length} characters, at most ${max}): shorten the narration or make two tours. The file download still works.`,
  copyLink: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'Could not copy: the link is selected, press Ctrl+C (or ⌘+C) to copy it.',
  openTour: 'Open the tour',
  download: 'Download as a tours.json entry',
  downloadHelp:
    'To add it to the atlas’s own tours, put the downloaded entry in the "tours" list of data/tours.json and run npm run data:check.',
  startOver: 'Start a new tour',
  fromLinkMark:
    'A tour made by a teacher and shared as a link: not one of the atlas’s checked tours.',
} as const;

export const tourHandoutStrings = {
  print: 'Print a handout',
  audience: (audience: string) => `For: ${audience}`,
  minutes: (minutes: number) => `about ${minutes} minutes`,
  notCurated: 'A tour made by a teacher, not one of the atlas’s checked tours.',
  scan: 'Scan to open this tour in the atlas.',
} as const;
