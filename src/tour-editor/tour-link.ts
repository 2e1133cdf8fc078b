// A teacher's own tour carried in a link, with no server: the tour as JSON, compressed by
// lz-string into characters that need no escaping in a URL. On the way in it is read like
// a tour of data/tours.json (zod shape, known events, neutral voice), never trusted.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { tourLinkStrings } from '../i18n/tour-link-strings';
import { readTour } from '../tours/read-tours';
import { TOUR_LINK_PARAMETER, type Tour, type TourReferences } from '../tours/tour-types';

/** A format mark, so a later format can still read (or clearly refuse) older links. */
const FORMAT = '1.';

/**
 * Characters of the encoded tour. Past this some servers refuse the address (8 KB is a
 * common limit for a whole request line), and no QR code could hold it anyway.
 */
export const MAX_TOUR_LINK_LENGTH = 6000;

type TourLinkResult =
  /** `notices` name the steps that were left out (an unknown event, say). */
  | { readonly ok: true; readonly tour: Tour; readonly notices: readonly string[] }
  | { readonly ok: false; readonly message: string };

export function encodeTour(tour: Tour): string {
  return FORMAT + compressToEncodedURIComponent(JSON.stringify(tour));
}

const DAMAGED = tourLinkStrings.damaged;

export function decodeTour(text: string, references: TourReferences): TourLinkResult {
  if (text.length > MAX_TOUR_LINK_LENGTH)
    return {
      ok: false,
      message: tourLinkStrings.tooLong(text.length, MAX_TOUR_LINK_LENGTH),
    };
  if (!text.startsWith(FORMAT)) return { ok: false, message: DAMAGED };
  let json: unknown;
  try {
    const decompressed = decompressFromEncodedURIComponent(text.slice(FORMAT.length));
    if (!decompressed) return { ok: false, message: DAMAGED };
    json = JSON.parse(decompressed);
  } catch {
    return { ok: false, message: DAMAGED };
  }
  const { tour, issues } = readTour(tourLinkStrings.linkWhere, 'tour', json, references);
  const described = issues.map((issue) => `${issue.path}: ${issue.message}`);
  if (!tour)
    return {
      ok: false,
      message: tourLinkStrings.unusable(described[0]),
    };
  return {
    ok: true,
    tour,
    notices: described.map(tourLinkStrings.stepLeftOut),
  };
}

/**
 * The link query that opens `tour` at its first step, and how long the tour's part is. The
 * first event goes in too, so the link still shows it where the tour cannot be read.
 */
export function tourLinkQuery(tour: Tour): { query: string; encodedLength: number } {
  const encoded = encodeTour(tour);
  const params = new URLSearchParams();
  const first = tour.steps[0]?.event;
  if (first) params.set('event', first);
  params.set('tour', tour.id);
  params.set('step', '1');
  params.set(TOUR_LINK_PARAMETER, encoded);
  return { query: params.toString(), encodedLength: encoded.length };
}
