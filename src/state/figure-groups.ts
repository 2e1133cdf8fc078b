// Figures (numbers that are not single events) grouped by the quantity they count: the
// same measure and the same scope. Only figures in one group are set side by side, so a
// Liberty death toll is never compared with a total for both camps.

import { compareEdtf } from '../data/edtf';
import { quantityKey } from '../data/figure-scopes';
import type { Dataset, Figure } from '../data/types';

export interface FigureGroup {
  readonly key: string;
  readonly siteId: string;
  readonly measure: string;
  readonly scope: string;
  /** In date order. */
  readonly figures: readonly Figure[];
}

function groupFigures(figures: readonly Figure[]): FigureGroup[] {
  const groups = new Map<string, Figure[]>();
  for (const figure of figures) {
    const key = quantityKey(figure);
    groups.set(key, [...(groups.get(key) ?? []), figure]);
  }
  return [...groups.entries()].map(([key, list]) => {
    const sorted = [...list].sort((a, b) => compareEdtf(a.date, b.date));
    const first = sorted[0];
    return {
      key,
      siteId: first?.siteId ?? '',
      measure: first?.measure ?? '',
      scope: first?.scope ?? '',
      figures: sorted,
    };
  });
}

/** Every figure of one site, grouped by quantity. */
export function figureGroupsForSite(dataset: Dataset, siteId: string): FigureGroup[] {
  return groupFigures(dataset.figures.filter((figure) => figure.siteId === siteId));
}

/** Quantities for which more than one document gives a value and the values differ. */
export function figureGroupsAcrossSources(dataset: Dataset): FigureGroup[] {
  return groupFigures(dataset.figures).filter((group) => {
    const sources = new Set(group.figures.map((figure) => figure.sourceId));
    const values = new Set(group.figures.map((figure) => `${figure.value}|${figure.qualifier}`));
    return sources.size > 1 && values.size > 1;
  });
}
