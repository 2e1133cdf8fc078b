// Interface strings of the embed mode, its cooperative gestures and the embed dialog.
// Kept beside strings.ts so that a translation covers both files.

export const embedStrings = {
  openFull: 'Open in the full atlas',
  opensInNewTab: '(opens in a new tab)',
  listButton: 'List',
  sourcesNote: 'Quotes from advocacy documents of one side.',
  // Cooperative gestures: the page around the frame keeps the plain wheel and one finger.
  mapHintWindows: 'Use Ctrl + scroll to zoom the map',
  mapHintMac: 'Use ⌘ + scroll to zoom the map',
  mapHintTouch: 'Use two fingers to move the map',
  timelineHint: 'Use Ctrl + scroll (⌘ + scroll on a Mac) to zoom the timeline',
} as const;
