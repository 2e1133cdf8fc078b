// Checks data/tours.json against a built dataset, for `npm run data:check` (Node only).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../data/types';
import { dataCheckStrings } from '../i18n/data-check-strings';
import { readTours } from './read-tours';
import { referencesOf } from './tour-references';
import { TOURS_FILE, type Tour, type TourIssue } from './tour-types';

export function checkToursFile(
  root: string,
  dataset: Dataset,
): { tours: readonly Tour[]; issues: readonly TourIssue[] } {
  const path = join(root, TOURS_FILE);
  if (!existsSync(path))
    return {
      tours: [],
      issues: [{ file: TOURS_FILE, path: '$', message: dataCheckStrings.toursMissing }],
    };
  return readTours(TOURS_FILE, readFileSync(path, 'utf8'), referencesOf(dataset));
}
