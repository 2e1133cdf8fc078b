// What the tours checker says about data/tours.json, a tour in a link or a draft in the tour
// editor. The same words reach the editor (`npm run data:check`), the visitor (the notice when
// a tour is skipped) and the teacher (the tour editor's list of problems). Messages a data file
// shares with the other checkers (an empty or too long text, an unknown site) are taken from
// data-messages.ts.
//
// Named exports read as `tourMessages.noStep` through `import * as tourMessages`: the first
// view loads this module, and the bundler shortens the names of exports (never the keys of an
// object), so moving the messages here costs the first view almost nothing.

// The file
export const notRead = 'the file could not be read, so no tour is offered';
export const invalidJson = (detail: string) => `the file is not valid JSON (${detail})`;
export const fileShape = 'the file must be an object like { "tours": [ … ] }';
export const toursList = 'tours must be a list';

// A tour's own fields
export const textId = (what: string) => `${what} must be a text id`;
export const idForm = (what: string) =>
  `${what} must be lower-case letters, digits and single hyphens`;
export const text = (what: string) => `${what} must be text`;
export const shorterThan = (what: string, characters: number) =>
  `${what} is shorter than ${characters} characters`;
export const minutesNumber = 'minutes must be a number';
export const minutesWhole = 'minutes must be a whole number';
export const minutesAtLeast = (minimum: number) => `minutes must be at least ${minimum}`;
export const minutesAtMost = (maximum: number) => `minutes must be at most ${maximum}`;
export const stepsList = 'steps must be a list';
export const noStep = 'a tour needs at least one step';
export const tooManySteps = (maximum: number) => `a tour has at most ${maximum} steps`;
export const noStepShown = 'no step of this tour can be shown';
export const duplicateId = (id: string, first: number) =>
  `the id "${id}" is already used by tours[${first}]; this tour is skipped`;

// A step
export const stepShape =
  'a step must be an object with a narration and an event or a from/to window';
export const stepNeedsTarget = 'a step needs an event, or a from/to window (with an optional site)';
export const windowEdgeText = (what: string) =>
  `${what} must be a date written as text, like "2009" or "2009-07"`;
export const windowEdgeForm = (what: string) =>
  `${what} must look like 2009, 2009-07 or 2009-07-28`;
export const notRealDate = (what: string) => `${what} is not a real date`;
export const fromWithTo = 'from and to come together: give both or neither';
export const toBeforeFrom = 'to comes before from';
export const centerPair = 'center must be [longitude, latitude]';
export const centerRange = 'center is out of range: longitude within ±180, latitude within ±90';
export const zoomNumber = 'zoom must be a number';
export const zoomMin = 'zoom must be 0 or more';
export const zoomMax = 'zoom must be 18 or less';
export const noSuchEvent = (event: string) => `the event "${event}" is not in data/events.csv`;
export const loadedWords = (words: readonly string[]) =>
  `"${words.join('", "')}" may appear only inside quotation marks, as a named speaker's words`;
