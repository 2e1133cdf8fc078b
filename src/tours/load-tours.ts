// Fetches data/tours.json from the site's own origin and reads it against the dataset. The
// atlas works without it: a missing or broken file only costs the tours, with a notice.
import { readTours } from './read-tours';
import { TOURS_FILE, type Tour, type TourIssue, type TourReferences } from './tour-types';

export async function loadTours(
  references: TourReferences,
): Promise<{ tours: readonly Tour[]; issues: readonly TourIssue[] }> {
  let text: string | null = null;
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}${TOURS_FILE}`, {
      cache: 'no-cache',
    });
    if (response.ok) text = await response.text();
  } catch {
    text = null;
  }
  if (text === null)
    return {
      tours: [],
      issues: [{ file: TOURS_FILE, path: '$', message: 'the file could not be read' }],
    };
  return readTours(TOURS_FILE, text, references);
}
