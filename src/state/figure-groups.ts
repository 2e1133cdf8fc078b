// Figures (numbers that are not single events) grouped by site and measure, so that what
// different documents say about the same quantity stands side by side.

import { compareEdtf } from '../data/edtf';
import type { Dataset, Figure } from '../data/types';

export interface FigureGroup {
  readonly siteId: string;
  readonly measure: string;
  /** In date order. */
  readonly figures: readonly Figure[];
}

function groupFigures(figures: readonly Figure[]): FigureGroup[] {
  const groups = new Map<string, Figure[]>();
  for (const figure of figures) {
    const key = `${figure.siteId}|${figure.measure}`;
    groups.set(key, [...(groups.get(key) ?? []), figure]);
  }
  return [...groups.values()].map((list) => {
    const sorted = [...list].sort((a, b) => compareEdtf(a.date, b.date));
    return { siteId: sorted[0]?.siteId ?? '', measure: sorted[0]?.measure ?? '', figures: sorted };
  });
}

/** Every figure of one site, grouped by measure. */
export function figureGroupsForSite(dataset: Dataset, siteId: string): FigureGroup[] {
  return groupFigures(dataset.figures.filter((figure) => figure.siteId === siteId));
}

/** Groups in which more than one document gives a value and the values are not all equal. */
export function figureGroupsAcrossSources(dataset: Dataset): FigureGroup[] {
  return groupFigures(dataset.figures).filter((group) => {
    const sources = new Set(group.figures.map((figure) => figure.sourceId));
    const values = new Set(group.figures.map((figure) => `${figure.value}|${figure.qualifier}`));
    return sources.size > 1 && values.size > 1;
  });
}
