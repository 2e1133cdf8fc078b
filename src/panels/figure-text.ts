// Figures in words: "at least 31 killed", never a number without its qualifier.
import type { Claim } from '../data/types';
import { formatCount, qualifierLabels, strings } from '../i18n/strings';

export function figureText(claim: Claim, measure: 'killed' | 'injured'): string | null {
  const value = claim[measure];
  if (value === undefined) return null;
  const qualifier = claim.qualifier ? qualifierLabels[claim.qualifier] : '';
  return `${qualifier ? `${qualifier} ` : ''}${formatCount(value)} ${strings[measure]}`;
}
