// Loads the bundled country shapes once per page (from this site's own origin): a coarse
// set (1:110m, about 100 KB) that draws at once, and a detailed one (1:50m, about 750 KB)
// for zooming in on the camps.
import { useEffect, useState } from 'react';
import detailedUrl from 'world-atlas/countries-50m.json?url';
import coarseUrl from 'world-atlas/countries-110m.json?url';
import { type CountryShapes, countriesFromTopology } from './basemap';

type CountryDetail = 'coarse' | 'detailed';

const URLS: Record<CountryDetail, string> = { coarse: coarseUrl, detailed: detailedUrl };
const pending = new Map<CountryDetail, Promise<CountryShapes | null>>();

export function loadCountries(detail: CountryDetail): Promise<CountryShapes | null> {
  let shapes = pending.get(detail);
  if (!shapes) {
    shapes = fetch(URLS[detail])
      .then((response) => (response.ok ? response.json() : null))
      .then((topology) => (topology ? countriesFromTopology(topology) : null))
      .catch(() => null);
    pending.set(detail, shapes);
  }
  return shapes;
}

/** For the static map, which cannot zoom: the coarse shapes are enough. */
export function useCountries(): CountryShapes | null {
  const [countries, setCountries] = useState<CountryShapes | null>(null);
  useEffect(() => {
    let cancelled = false;
    loadCountries('coarse').then((shapes) => !cancelled && setCountries(shapes));
    return () => {
      cancelled = true;
    };
  }, []);
  return countries;
}
