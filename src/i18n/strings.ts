// Every user-facing string of the interface, in one place so it can be translated.
import type { Category, Qualifier, SiteKind } from '../data/types';

/** The language and region the strings are written in; dates and numbers are formatted for it. */
export const LOCALE = 'en-GB';

/**
 * A whole number with its thousands grouped as the locale writes them ("12,345"). Written out
 * rather than `toLocaleString`, whose first use sets up the locale's number data at a cost a
 * cold page feels; anything but a whole number goes to `toLocaleString` as before.
 */
export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value)) return value.toLocaleString(LOCALE);
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',');
  return value < 0 ? `-${digits}` : digits;
}

export const strings = {
  appTitle: 'Ashraf–Liberty–Tirana atlas',
  monthNames: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ] as const,
  /** "8 April 2011" */
  dayDate: (day: number, month: string, year: number) => `${day} ${month} ${year}`,
  /** "June 1986" */
  monthDate: (month: string, year: number) => `${month} ${year}`,
  appSubtitle: 'Camp Ashraf, Camp Liberty and the move to Albania, 1986–2016',
  sourcesDisclaimer:
    'Every statement here is quoted from five advocacy documents published by or for one side, the PMOI/MEK and its supporters.',
  aboutSourcesLink: 'About the sources',
  detailsAboutNote: 'All quotes come from advocacy documents of one side.',
  skipToContent: 'Skip to the events',
  loading: 'Loading the atlas data…',
  loadFailed: 'The atlas data could not be loaded.',
  retry: 'Try again',
  filesNotRead: (files: readonly string[]) =>
    `Could not be used: ${files.join(', ')}. What went wrong, file by file:`,
  /** `copiesShown` of the `count` problems are data files shown from the build's copy. */
  dataIssuesHeading: (count: number, copiesShown = 0) => {
    const copies = 'the atlas shows the copy made when it was built';
    if (copiesShown === count)
      return `${count} data file${count === 1 ? '' : 's'} could not be read: ${copies}.`;
    const skipped = `${count} data problem${count === 1 ? '' : 's'}: the rows below were skipped; everything else is shown.`;
    return copiesShown === 0 ? skipped : `${skipped} For a file that could not be read, ${copies}.`;
  },
  urlIssuesHeading: 'Part of the link was not understood and was ignored:',
  dismiss: 'Dismiss',
  noticeLabel: 'Notices',
  noticeShowMore: (count: number) => `and ${count} more: show all`,
  noticeShowFewer: 'Show fewer',
  mapRegionLabel: 'Map of the sites. The same events are listed in the chronology list.',
  mapLoading: 'Loading the map…',
  /** A part of the page whose code did not arrive (a dropped connection, a deploy half done). */
  partNotLoaded: (part: string) =>
    `${part} could not be loaded: part of the atlas's code did not arrive. The rest of the atlas still works; reloading the page keeps the view you are on.`,
  /** A part of the page that failed while it was shown: a fault of the atlas, not of the reader. */
  partFailed: (part: string, reason: string) =>
    `${part} stopped because of a fault in the atlas (${reason}). The rest of the atlas still works.`,
  reloadPage: 'Reload the page',
  tryAgain: 'Try again',
  closePart: 'Close',
  parts: {
    atlas: 'The atlas',
    map: 'The map',
    timeline: 'The timeline',
    details: 'The details panel',
    list: 'The chronology list',
    introduction: 'The introduction',
    presentation: 'The presentation controls',
    sources: 'The source reader',
    about: 'The page about the sources',
    disputed: 'The page of disputed events',
    shareDialog: 'The share dialog',
    embedDialog: 'The embed dialog',
    tourEditor: 'The tour editor',
    citeDialog: 'The citation dialog',
    residentsChart: 'The residents chart',
    moveTables: 'The tables of moves',
    handout: 'The handout',
    widget: 'The widget',
    presenter: 'The presenter view',
  },
  mapLegendCount: 'events in the time window',
  mapLegendApproximate: 'approximate location',
  mapLegendDimmed: 'outside its period',
  sitesOutsideStaticMap: 'Sites outside this map',
  basemapAttribution: 'Country shapes: Natural Earth (public domain), via world-atlas',
  // One line at 1024 px wide: the overview's region is short there.
  mapUnavailable: 'This device has no WebGL, so the map is drawn as a simple overview.',
  openList: 'Chronology list',
  movementTablesLink: 'Tables of moves and of residents figures',
  viewLegend: 'Show the events as',
  openMap: 'Map',
  timelinePeriodCount: (count: number) => `${formatCount(count)} events`,
  timelineStackDescription: (count: number, others: readonly string[]) =>
    `One of ${formatCount(count)} events of the very same period in this lane, drawn as one; choose it again for the next. The others: ${others.join('; ')}.`,
  timelinePeriodTitle: (count: number, site: string, from: string, to: string) =>
    `${formatCount(count)} events at ${site}, ${from} to ${to}: choose to zoom in`,
  timelineLabel: 'Timeline of events, one lane per site',
  timelineHelp: 'Arrow keys: previous and next event. + and −: zoom. Drag or scroll to move.',
  timelineToolbarLabel: 'Timeline controls',
  disputedKey: 'Sources disagree (marked ≠)',
  stackKey: 'Events of the very same period, drawn as one: click again for the next',
  pileKey: 'Marks lying on top of one another: a click on them lists every event there',
  pileHeading: (count: number) => `${formatCount(count)} events drawn here`,
  pileClose: 'Close',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  showAll: 'Show 1986–2016',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  introHeading: 'What this atlas shows',
  introWhat:
    'From 1986 members of the People’s Mojahedin Organization of Iran (PMOI, also called MEK) lived at Camp Ashraf in Iraq. From 2012 they were moved to Camp Liberty near Baghdad, and from there to Albania and other countries; the documents date the last departure to September 2016.',
  introHow:
    'The map shows the places; the timeline shows what happened there, 1986–2016. Choose an event to read what the documents say about it, word for word, and who says it.',
  introCaveat:
    'All five documents were published by or for one side, the PMOI/MEK and its supporters. The atlas reports what each says; it does not confirm it.',
  introSourcesLink: 'Who published each document',
  introStart: 'Start at the beginning',
  introExplore: 'Explore',
  introKeysHint: 'Or press → to step through the events, ? for all keys.',
  closeIntro: 'Close the introduction',
  openIntro: 'Introduction',
  filtersButton: (count: number) => (count > 0 ? `Filters (${count} active)` : 'Filters'),
  closeFilters: 'Close the filters',
  keysButton: 'Keys',
  moreButton: 'More',
  keysTitle: 'Keyboard keys',
  keysAnywhere: 'Anywhere, except in a text field, a dialog or the map:',
  keysTimeline: 'On the timeline (after Tab or a click):',
  keysTimelineUpDown: 'Previous and next event',
  keysTimelineZoom: 'Zoom in and out',
  keysMap: 'On the map (after Tab or a click):',
  keysMapArrows: 'Move the map',
  keysMapZoom: 'Zoom the map in and out',
  keysHint: '← → events · ? keys',
  detailsStepLabel: 'Step through the events',
  previousInDetails: 'Previous',
  nextInDetails: 'Next',
  eventPosition: (position: number, count: number) => `${position} of ${count}`,
  otherPlacesLane: 'Other places',
  otherPlacesTitle: (names: readonly string[]) => `Other places: ${names.join(', ')}`,
  timelineWheelHint: 'Ctrl + scroll to zoom, drag to move',
  timelineTouchHint: 'Swipe sideways to move, pinch to zoom',
  keyNext: 'Next event (in a guided tour, its next step)',
  keyPrevious: 'Previous event (in a guided tour, its previous step)',
  keyFirst: 'First event',
  keyLast: 'Last event',
  keyHelp: 'Show this list of keys',
  keyEscape: 'Close the introduction, a dialog or the details',
  filtersHeading: 'Filters',
  categoriesLegend: 'Categories',
  sitesLegend: 'Sites',
  searchLabel: 'Search titles, summaries and quotes',
  disputedOnly: 'Only events whose sources disagree',
  showContext: 'Show outside context',
  showContextHint: 'Adds a lane of facts from other public sources, not from the five documents.',
  clearFilters: 'Clear filters',
  searchNoMatch: (text: string) => `No events match “${text}”.`,
  clearSearch: 'Clear the search',
  detailsHeading: 'Event details',
  closeDetails: 'Close details',
  claimsHeading: (count: number) => `What the sources say (${count})`,
  sourcesDisagree: 'Sources disagree',
  according: (speaker: string, source: string) => `${speaker}, in “${source}”`,
  readInSource: 'Read in the source',
  siteLabel: 'Site',
  dateLabel: 'Date',
  categoryLabel: 'Category',
  claimDateDiffers: (date: string) => `This source dates it ${date}.`,
  siteAliases: (aliases: readonly string[]) => `also called ${aliases.join(', ')}`,
  sitePeriod: (from: string, to: string) => `Part of this story: ${from} – ${to}`,
  siteLocation: (accuracyMetres: number, source: string) =>
    `Approximate location: the point may be up to about ${formatCount(Math.max(1, Math.round(accuracyMetres / 1000)))} km from the place. Coordinates: ${source}`,
  measureLabel: (measure: string) => {
    const words = measure
      .replace(/-/g, ' ')
      .replace(/\bkm2\b/, 'km²')
      .replace(/\busd\b/, 'US$');
    return words.charAt(0).toUpperCase() + words.slice(1);
  },
  figureSource: (title: string) => `in “${title}”`,
  figureScope: (scope: string) => `What is counted: ${scope}`,
  siteFiguresHeading: 'Figures the documents give for this site',
  disputedFiguresHeading: 'Figures on the same subject from different documents',
  disputedFiguresIntro:
    'Each group below gathers what different documents give for one quantity: the same measure of the same thing (for example deaths in attacks on Camp Liberty, not deaths at both camps). They may refer to different dates; the dates are shown with each value.',
  eventCount: (count: number) => `${count} event${count === 1 ? '' : 's'}`,
  // Starts with the marker's visible text (name, count), as WCAG 2.5.3 asks.
  siteMarkerLabel: (name: string, count: number) =>
    `${name} ${count} event${count === 1 ? '' : 's'} in the current time window`,
  siteOutsidePeriod: 'outside its period in this time window',
  siteApproximateLocation: (metres: number) =>
    `approximate location (within about ${formatCount(Math.round(metres / 1000))} km)`,
  windowAnnouncement: (from: string, to: string, count: number) =>
    `Showing ${from} to ${to}, ${count} event${count === 1 ? '' : 's'}`,
  selectionAnnouncement: (date: string, site: string, title: string) =>
    `${date}, ${site}: ${title}`,
  listHeading: 'Chronology',
  listEmpty: 'No event matches the filters in this time window.',
  listCaption: (count: number, from: string, to: string) =>
    `${count} event${count === 1 ? '' : 's'} from ${from} to ${to}`,
  disputedBadge: 'disputed',
  approximate: 'approximate',
  uncertain: 'uncertain',
  approximateAndUncertain: 'approximate and uncertain',
  killed: 'killed',
  injured: 'injured',
  legendHeading: 'Legend',
  exactDate: 'Exact date',
  impreciseDate: 'Known only to the month or year (drawn as a span)',
  uncertainDate: 'Approximate or uncertain date (dashed)',
  closeDialog: 'Close',
  readerPublisher: 'Published by',
  readerPublished: 'Date',
  readerPerspective: 'Perspective',
  readerQuotedSpeaker: (speaker: string) => `The highlighted passage is attributed to: ${speaker}.`,
  readerFailed: (file: string, reason: string) =>
    `The document ${file} could not be loaded: ${reason}.`,
  readerCitingEvents: (count: number) => `Events in the atlas that cite this document (${count})`,
  printSourcesHeading: 'Sources',
  printChosenHeading: 'The event chosen on screen',
  printChronologyHeading: 'All the events of the time window',
  citationAdvocacyNote: 'An advocacy document of one side.',
  downloadsHeading: 'Take the data',
  downloadShown: (count: number) =>
    `Events shown now, as CSV (${count} event${count === 1 ? '' : 's'})`,
  downloadJson: 'The whole dataset as one JSON file',
  disputedLink: 'Where sources disagree',
  disputedTitle: (count: number) =>
    `Where the sources disagree (${count} event${count === 1 ? '' : 's'})`,
  disputedIntro:
    'Each event below has claims that give different figures or different dates. The atlas shows every claim with who makes it, and never averages or chooses between them.',
  cite: 'Cite',
  citeTitle: 'Cite this event',
  citePlain: 'Citation (plain text)',
  citeCsl: 'CSL-JSON, for reference managers such as Zotero',
  citeDownload: 'Download CSL-JSON',
  aboutTitle: 'About the sources',
  aboutParagraphs: [
    'The atlas is built from five documents: a statement, an overview, two op-eds and a press release. All five were published by or for one side: the People’s Mojahedin Organization of Iran (PMOI, also called MEK) and organisations and people that support it. None comes from the Iraqi or Iranian governments, the United Nations or independent journalists.',
    'They are advocacy: they argue a case, they use strong words, and they sometimes disagree with each other, and with themselves, on figures and dates. The atlas reports what each document says and who says it. Its own words (titles, summaries) are neutral and attributive; loaded words stay inside quotation marks with their speaker.',
    'Reading them well means asking, for every figure: who says this, in which document, and what would another side say? The atlas cannot answer the last question from these sources alone.',
  ],
  aboutDocumentsHeading: 'The documents',
  aboutSupports: (count: number) =>
    `Supports ${count} event${count === 1 ? '' : 's'} in the atlas.`,
  aboutReadDocument: 'Read the document',
  contextHeading: 'What these documents do not tell you',
  contextIntro: [
    'The facts below do not come from the five documents. Each comes from a public reference named with it (governments, courts, the UN, human-rights organisations, researchers and the press), looked up on the date given, and says only what that reference says. They are not the documents’ claims and are not checked against them; they are here so that the documents can be read with what they leave out.',
    'On the timeline they appear in their own lane, “Outside the documents”, only when “Show outside context” is switched on.',
  ],
  contextLoading: 'Loading the outside context…',
  contextFailed: 'The outside context could not be loaded. The rest of the atlas is not affected.',
  contextSource: 'Source:',
  contextLane: 'Outside the documents',
  contextLaneTitle:
    'Facts from other public sources, not from the five documents. Switch off with “Show outside context”.',
  contextTag: 'Outside',
  contextItemDescription: (date: string, statement: string, source: string) =>
    `Outside the documents — ${date}: ${statement} Source: ${source}.`,
  contextAccessed: (date: string) => `Looked up ${date}.`,
  aboutRulesHeading: 'How the dataset was built',
  aboutRules: [
    'Every event has at least one claim, and every claim is an exact quote of its document, checked automatically.',
    'Each claim names its speaker inside the document (for example a UN statement quoted by a supporter organisation).',
    'Where documents give different figures or dates, each is kept as its own claim, side by side; numbers are never averaged and none is chosen silently.',
    'Where a document contradicts itself, the contradiction is recorded in a note.',
    'A date known only to the month or the year is shown as that month or year, and approximate or uncertain dates are labelled as such.',
    'Coordinates do not come from the documents: each site names the gazetteer or encyclopedia it comes from and how precise it is.',
    'Figures are set side by side only when they count the same thing: the same measure of the same people, place and period.',
    'Outside facts are kept apart from the documents’ claims, each with its own cited public source.',
  ],
} as const;

export const categoryLabels: Record<Category, string> = {
  settlement: 'Settlement',
  'armed-conflict': 'Armed conflict',
  attack: 'Attack',
  legal: 'Legal status and courts',
  diplomacy: 'Diplomacy',
  humanitarian: 'Humanitarian',
  relocation: 'Relocation',
  advocacy: 'Advocacy',
};

export const qualifierLabels: Record<Qualifier, string> = {
  exact: '',
  'at-least': 'at least',
  'more-than': 'more than',
  about: 'about',
  nearly: 'nearly',
  'up-to': 'up to',
};

export const siteKindLabels: Record<SiteKind, string> = {
  camp: 'Camp',
  city: 'City',
  country: 'Country',
  other: 'Place',
};
