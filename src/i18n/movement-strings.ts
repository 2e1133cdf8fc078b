// The strings of the moves (arcs, their details and table) and of the residents chart.
import type { Qualifier } from '../data/types';
import { formatCount, qualifierLabels } from './strings';

/** "about 1,000", "more than 280": a number never without its qualifier. */
export function countText(count: number, qualifier: Qualifier | undefined): string {
  const words = qualifier ? qualifierLabels[qualifier] : '';
  return `${words ? `${words} ` : ''}${formatCount(count)}`;
}

export const movementStrings = {
  moveHeading: 'A move',
  fromTo: (from: string, to: string) => `${from} → ${to}`,
  fromLabel: 'From',
  toLabel: 'To',
  dateLabel: 'When',
  countryLevel: (name: string) => `${name} (country level: the documents name only the country)`,
  shownAt: (country: string, place: string) =>
    `${country} (country level: the documents name no place in ${country}; shown at ${place})`,
  peopleLabel: 'How many',
  noNumber: 'No document gives a number',
  countBy: (count: string, speaker: string) => `${count}, according to ${speaker}`,
  countsDiffer: 'The documents give different numbers; each is shown, none is averaged.',
  relatedEvents: 'Events',
  statementsHeading: (count: number) => `What the documents say (${count})`,
  arcsLabel: (count: number) =>
    count === 0 ? 'No moves in this time window' : `Moves in this time window (${count})`,
  arcButton: (title: string, when: string, count: string) => `${title}, ${when}: ${count}`,
  edgeArrow: (name: string) => `${name}, off the map`,
  /** One small label on the frame's edge for several far places that would not fit. */
  edgeMerged: (count: number) => `${count} places`,
  legendArc: 'move with a number (wider: more people)',
  legendArcDashed: 'move, number not given',
  // Tables
  movesTableCaption: 'Moves described in the documents, with the numbers they give',
  residentsTableCaption: 'Residents per site, as each document gives them',
  movesTableHeading: 'Moves',
  residentsTableHeading: 'Residents over time',
  columnMove: 'Move',
  columnWhen: 'When',
  columnFrom: 'From',
  columnTo: 'To',
  columnCount: 'Number of people',
  columnSource: 'Source',
  columnSite: 'Site',
  columnResidents: 'Residents',
  columnWhat: 'What is counted',
  sortBy: (column: string) => `Sort by ${column}`,
  shownOnMap: 'on the map now',
  // Chart
  chartHeading: 'Residents over time',
  chartHide: 'Hide',
  chartShow: 'Show',
  chartDescription: (summary: string) =>
    `Residents per site from the documents' figures: ${summary}. Each mark is one document's figure; a bar covers a month or year, a dot a day. No line joins figures, because the documents say nothing about the times between them.`,
  chartPoint: (site: string, value: string, when: string, source: string) =>
    `${site}: ${value} residents, ${when}, according to ${source}. Open the passage.`,
  chartBrushHint: 'Drag across the chart to choose a time window.',
  chartWindow: 'timeline window',
  noResidents: 'The documents give no residents figures.',
} as const;
