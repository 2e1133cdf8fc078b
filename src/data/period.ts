// The atlas's period, and how far outside it a background event may lie before the checker
// asks whether its year is a typo (0011 for 2011, 2101 for 2011).
import { dataMessages } from '../i18n/data-messages';

/** The story the atlas tells: 1986 to 2016. */
const ATLAS_PERIOD = { firstYear: 1986, lastYear: 2016 } as const;

/**
 * Background events (the Iran–Iraq war, the 2003 invasion, later resettlement) may reach a
 * little beyond the period: 1980 to 2020, as far as the timeline can be scrolled.
 */
const BACKGROUND_ALLOWANCE = { firstYear: 1980, lastYear: 2020 } as const;

/** A warning for a date whose year lies outside the allowance, or null. */
export function yearOutsidePeriod(what: string, text: string, year: number): string | null {
  if (year >= BACKGROUND_ALLOWANCE.firstYear && year <= BACKGROUND_ALLOWANCE.lastYear) return null;
  return dataMessages.outsidePeriod(
    what,
    text,
    [ATLAS_PERIOD.firstYear, ATLAS_PERIOD.lastYear],
    [BACKGROUND_ALLOWANCE.firstYear, BACKGROUND_ALLOWANCE.lastYear],
  );
}
