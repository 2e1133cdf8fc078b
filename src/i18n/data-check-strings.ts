// What `npm run data:check` says around the problems it lists: the count of what is valid and
// the verdict. Only the checker (Node) imports this module, so none of it reaches the browser.
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export interface DataCheckCounts {
  readonly sources: number;
  readonly sites: number;
  readonly events: number;
  readonly claims: number;
  readonly figures: number;
  readonly moves: number;
  readonly moveClaims: number;
  readonly facts: number;
  readonly tours: number;
  readonly steps: number;
}

export const dataCheckStrings = {
  /** "5 sources, 20 sites, … 4 tours of 37 steps" */
  summary: (counts: DataCheckCounts) =>
    `${plural(counts.sources, 'source')}, ${plural(counts.sites, 'site')}, ${plural(counts.events, 'event')}, ${plural(counts.claims, 'claim')}, ${plural(counts.figures, 'figure')}, ${plural(counts.moves, 'move')} with ${plural(counts.moveClaims, 'statement')}, ${plural(counts.facts, 'outside-context fact')}, ${plural(counts.tours, 'tour')} of ${plural(counts.steps, 'step')}`,
  warnings: (count: number) => plural(count, 'warning'),
  warning: (issue: string) => `warning: ${issue}`,
  failed: (problems: number, summary: string, warnings: string, toursPostponed: boolean) =>
    `data:check found ${plural(problems, 'problem')} (${summary} are valid)${warnings ? ` and ${warnings}` : ''}${toursPostponed ? '; the tours are checked once the data files can be read' : ''}.`,
  passed: (summary: string, warnings: string) =>
    `data:check passed: ${summary}; every quote found in its source${warnings ? `; ${warnings} to look at` : ''}.`,
  /** data/tours.json is required by the checker (the atlas itself does without it). */
  toursMissing: 'the file does not exist',
} as const;
