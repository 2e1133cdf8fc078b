// Interface strings of the embed mode, its cooperative gestures and the embed dialog.
// Kept beside strings.ts so that a translation covers both files.

export const embedStrings = {
  openFull: 'Open in the full atlas',
  opensInNewTab: '(opens in a new tab)',
  listButton: 'List',
  sourcesNote: 'Quotes from advocacy documents of one side.',
  // The card before anything is chosen.
  promptCount: (count: number) =>
    count === 0
      ? 'No event in this time window. Zoom out on the timeline, or change the filters.'
      : `${count === 1 ? 'One event' : `${count} events`} in this time window. Choose an event to read what its sources say.`,
  promptStart: 'Read the first event →',
  // Cooperative gestures: the page around the frame keeps the plain wheel and one finger.
  mapHintWindows: 'Use Ctrl + scroll to zoom the map',
  mapHintMac: 'Use ⌘ + scroll to zoom the map',
  mapHintTouch: 'Use two fingers to move the map',
  timelineHint: 'Use Ctrl + scroll (⌘ + scroll on a Mac) to zoom the timeline',
  // The embed dialog of the full atlas.
  embedButton: 'Embed',
  dialogTitle: 'Embed the atlas in your page',
  dialogIntro:
    'Paste this code into your page (an article, a course page) where the widget should appear. It shows the map, the timeline and the details of the chosen event, sized for its frame.',
  startAtView: 'Start at this view (the selected event, the time window and the filters)',
  heightLegend: 'Height',
  heightAuto: 'Automatic: the frame grows to fit (adds one script line)',
  heightFixed: 'Fixed, in pixels:',
  shownLegend: 'Show',
  controlLabels: { map: 'Map', timeline: 'Timeline', filters: 'Filters', list: 'Chronology list' },
  themeLegend: 'Theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  codeLabel: 'Embed code',
  copy: 'Copy the code',
  copied: 'Copied. Paste it into your page.',
  copyFailed: 'Could not copy: the code is selected, press Ctrl+C (⌘+C on a Mac).',
  previewHeading: 'Preview',
  previewTitle: 'Preview of the embedded atlas',
  widgetTitle: 'Atlas of Camp Ashraf, Camp Liberty and the move to Albania',
  docsNote:
    'The widget sets no cookies and stores nothing. Its settings and the API for your page’s own buttons are described in docs/EMBED.md.',
} as const;
