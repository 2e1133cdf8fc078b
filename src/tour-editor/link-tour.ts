// A tour that arrives in the page's own link (`mytour=`), made in the tour editor. Read
// once at load, against the dataset; it joins the tours by its id, marked as not curated.
import { tourLinkStrings } from '../i18n/tour-link-strings';
import type { Tour, TourReferences } from '../tours/tour-types';
import { TOUR_LINK_PARAMETER } from '../tours/tour-types';
import { decodeTour } from './tour-link';

interface LinkTour {
  /** The parameter's text as it came, written back unchanged so the link stays the same. */
  readonly encoded: string;
  readonly tour: Tour;
}

export interface LinkTourReading {
  readonly linkTour: LinkTour | null;
  readonly notices: readonly string[];
}

export function readLinkTour(
  query: string,
  references: TourReferences,
  curated: ReadonlyMap<string, Tour>,
): LinkTourReading {
  let encoded: string | null = null;
  try {
    encoded = new URLSearchParams(query).get(TOUR_LINK_PARAMETER);
  } catch {
    encoded = null;
  }
  if (encoded === null || encoded === '') return { linkTour: null, notices: [] };
  const result = decodeTour(encoded, references);
  if (!result.ok) return { linkTour: null, notices: [result.message] };
  if (curated.has(result.tour.id))
    return {
      linkTour: null,
      notices: [tourLinkStrings.curatedId(result.tour.id)],
    };
  return {
    linkTour: { encoded, tour: { ...result.tour, fromLink: true } },
    notices: result.notices,
  };
}
