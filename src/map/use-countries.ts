// Loads the bundled country shapes once per page (from this site's own origin).
import { useEffect, useState } from 'react';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { type CountryShapes, countriesFromTopology } from './basemap';

let pending: Promise<CountryShapes | null> | null = null;

export function loadCountries(): Promise<CountryShapes | null> {
  pending ??= fetch(countriesUrl)
    .then((response) => (response.ok ? response.json() : null))
    .then((topology) => (topology ? countriesFromTopology(topology) : null))
    .catch(() => null);
  return pending;
}

export function useCountries(): CountryShapes | null {
  const [countries, setCountries] = useState<CountryShapes | null>(null);
  useEffect(() => {
    let cancelled = false;
    loadCountries().then((shapes) => !cancelled && setCountries(shapes));
    return () => {
      cancelled = true;
    };
  }, []);
  return countries;
}
