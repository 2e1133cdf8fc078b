// What the data checker and the loader say about a file or row they cannot use. The same
// words reach the editor (`npm run data:check`) and the visitor (the notice above the atlas
// when rows were skipped), so they live here with the other interface strings.
const kebabCase = (what: string) =>
  `${what} must be lower-case letters, digits and single hyphens (kebab-case)`;

export const dataMessages = {
  // Dates (EDTF)
  dateEmpty: 'the date is empty',
  dateShape: (text: string) =>
    `"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by ~, ? or %)`,
  dateMonth: (text: string, month: string | undefined) =>
    `"${text}" has month ${month}, which is not between 01 and 12`,
  dateDay: (text: string, day: string | undefined) =>
    `"${text}" has day ${day}, which does not exist in that month`,
  intervalShape: (text: string) => `"${text}" is not an interval of the form START/END`,
  intervalStart: (problem: string) => `its start: ${problem}`,
  intervalEnd: (problem: string) => `its end: ${problem}`,
  intervalReversed: (end: string, start: string) =>
    `its end ${end} comes before its start ${start}`,
  outsidePeriod: (
    what: string,
    text: string,
    period: readonly [number, number],
    allowance: readonly [number, number],
  ) =>
    `${what} ${text} lies outside the atlas's period ${period[0]}–${period[1]} and the ${allowance[0]}–${allowance[1]} allowed for background events; check the year`,

  // Cells and columns
  empty: (what: string) => `${what} is empty`,
  kebabCase,
  oneOf: (what: string, values: readonly string[]) =>
    `${what} must be one of: ${values.join(', ')}`,
  longerThan: (what: string, characters: number) =>
    `${what} is longer than ${characters} characters`,
  wholeNumber: (what: string) =>
    `${what} must be a whole number without spaces or separators, or empty`,
  qualifierOneOf: (values: readonly string[]) =>
    `qualifier must be empty or one of: ${values.join(', ')}`,
  quoteTooShort: 'the quote is shorter than 20 characters: quote enough of the source to be found',
  quoteTooLong:
    'the quote is longer than 400 characters: quote only the passage that supports the claim',
  documentPath: 'file must be a path like seeds/NAME.txt',
  figureNeedsQualifier:
    'a claim with a figure needs a qualifier (exact, at-least, more-than, about, nearly or up-to)',
  qualifierAlone: 'qualifier is set but killed and injured are both empty: it qualifies nothing',
  scopeTooLong:
    'scope is longer than 160 characters: name only what is counted, where and over which period',
  valueNumber: 'value must be a number such as 3400 or 36.5 (no spaces, commas or units)',
  aliasesList: 'aliases must be a list of names',
  countryCode: 'country must be a two-letter ISO 3166-1 code such as IQ',
  accuracyNumber: 'coord_accuracy_m must be a number of metres',
  accuracyPositive: 'coord_accuracy_m must be more than 0',
  geometryPoint: 'geometry must be a Point',
  coordinatesPair: 'coordinates must be [longitude, latitude]',
  coordinatesRange:
    'coordinates are out of range: longitude must be within ±180 and latitude within ±90',
  formulaCell: (shown: string) =>
    `the cell starts with ${shown}, so a spreadsheet opening this file may run it as a formula; reword it to start with another character`,
  formulaTab: 'a tab',
  formulaLineBreak: 'a line break',

  // Rows and tables
  rowWidth: (width: number, headerWidth: number) =>
    `this row has ${width} cells but the header has ${headerWidth}: check for a missing or extra comma, or a quote that is not closed`,
  expectedColumns: (columns: readonly string[]) => `it must be: ${columns.join(',')}`,
  noHeader: (expected: string) => `the file has no header row; ${expected}`,
  wrongSeparator: (separator: string) =>
    `the cells are separated by ${separator}, not commas: save the file as CSV with a comma as the field delimiter`,
  separatorSemicolons: 'semicolons (;)',
  separatorTabs: 'tabs',
  missingColumns: (missing: readonly string[], expected: string) =>
    `the header row lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; ${expected}`,
  noRows: 'the file has its header row but no data rows',
  duplicateId: (id: string, line: number) =>
    `the id "${id}" is already used on line ${line}; every id must be unique`,
  csvEmpty: 'the file is empty: it needs a header row',
  csvUnclosedQuote: 'a quoted cell is never closed: check for a missing " in this row',
  csvStrayQuote:
    'a cell has a stray " inside it: write "" for a quotation mark inside a quoted cell',

  // Whole files
  notRead: 'the file could not be read, so nothing from it is shown',
  saveAsUtf8:
    'save it again as “CSV UTF-8” (Excel) or with the character set “Unicode (UTF-8)” (LibreOffice)',
  looksUtf16: 'it looks like UTF-16, which Excel’s “Unicode Text” format writes',
  looksWindows1252: 'it looks like Windows-1252, which Excel’s plain “CSV” format writes',
  notUtf8: (guess: string, line: number, advice: string) =>
    `the file is not saved as UTF-8 (${guess}; the first unreadable character is on line ${line}): ${advice}`,
  couldNotRead: (failure: string) => `the file could not be read: ${failure}`,
  replacementCharacter: (line: number, advice: string) =>
    `the file contains the replacement character � on line ${line}, a sign that it was not saved as UTF-8 and characters were lost: ${advice}`,
  fileEmpty: 'the file is empty',
  fileIsWebPage:
    'the file is a web page (HTML), not data: the server probably sent its start page because the file is missing; check that the site was deployed with its data folder',
  httpNotFound:
    'the server has no such file (HTTP 404); check that the site was deployed with its data folder',
  httpError: (status: number) =>
    `the server answered with an error (HTTP ${status}); try again later`,
  noAnswer: (seconds: number) =>
    `no answer within ${seconds} seconds; check the connection and try again`,
  requestFailed: 'the request failed; check the connection and try again',
  invalidJson: (detail: string) => `the file is not valid JSON (${detail}); no site could be read`,
  notFeatureCollection:
    'the file must be a GeoJSON FeatureCollection with a non-empty "features" list',

  // Links between files
  noSuchDocument: (file: string) => `the document ${file} does not exist in the project`,
  quoteNotFound: (file: string, sourceId: string) =>
    `the quote is not found word for word in ${file} (source "${sourceId}"); copy it exactly, including punctuation and curly quotes`,
  noSuchSite: (site: string) => `the site "${site}" is not in data/sites.geojson`,
  endBeforeDate: (end: string, date: string) => `end ${end} comes before date ${date}`,
  noSuchEvent: (event: string) =>
    `the event "${event}" is not in data/events.csv (or was skipped because of an error there)`,
  noSuchSource: (source: string) => `the source "${source}" is not in data/sources.csv`,
  eventWithoutClaim: (event: string) =>
    `the event "${event}" has no claim in data/claims.csv; every event needs at least one quoted source`,
  dependents: (count: number) =>
    ` — and ${count} row${count === 1 ? '' : 's'} in other files that depend on it`,
  sameScope: (line: number, site: string) =>
    `line ${line} has the same measure and scope at "${site}", so the two would be compared as one quantity: put both at one site, or give each its own scope`,
  quoteCoarserDate: (quoted: string, eventDate: string, suggestion: string) =>
    `the quote dates it only "${quoted}", coarser than the event's ${eventDate}: write ${suggestion} (or the right coarser date) in this claim's date`,
  quoteRelativeDate: (relative: string, eventDate: string) =>
    `the quote dates it only as "${relative}", coarser than the event's ${eventDate}: give this claim its own coarser date, marked ~, ? or %`,

  // Moves (data/moves.csv) and what each document says about them (data/move-claims.csv)
  moveEventIds: `events must be event ids separated by semicolons, ${kebabCase('each')}`,
  moveInPlace: 'the destination is the same place as the origin',
  noSuchMove: (move: string) => `the move "${move}" is not in data/moves.csv`,
  moveWithoutClaim: (move: string) =>
    `the move "${move}" has no statement in data/move-claims.csv; every move needs at least one quoted source`,
  moveQuoteEmpty: 'the quote is empty: every statement about a move quotes its source',
  countWithoutQuote: 'a count needs the passage that gives it: quote the source word for word',
  moveQuoteTooLong: 'the quote is longer than 400 characters: quote only the passage with the move',
  countNeedsQualifier:
    'a count needs a qualifier (exact, at-least, more-than, about, nearly or up-to)',
  countQualifierAlone: 'qualifier is set but count is empty: it qualifies nothing',
  countNeedsScope: 'a count needs a scope: which people, moving when, it counts',

  // Outside context (data/context.csv)
  contextNotRead: 'the file could not be read',
  contextTitleTooLong: 'title is longer than 80 characters: it labels a timeline item',
  statementTooShort: 'statement is shorter than 40 characters: say what the reference says',
  statementTooLong: 'statement is longer than 600 characters: keep to one fact',
  referenceUrl: 'url must be the public web address of the reference (http:// or https://)',
  accessedDay: 'accessed must be the day the reference was looked up (YYYY-MM-DD)',
} as const;
