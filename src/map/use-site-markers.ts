// What each site marker shows: its count of events in the window, whether it is dimmed
// (outside its period) or selected, and its accessible name. Shared by both maps.
import { useMemo } from 'react';
import type { Site } from '../data/types';
import { strings } from '../i18n/strings';
import { findEvent, isSiteActive, selectCountsBySite } from '../state/selectors';
import { useAtlasState, useDataset, useVisibleEvents } from '../state/store-context';
import { sitesInStoryOrder } from './site-order';

/** From this uncertainty (metres) a marker is drawn and named as an approximate location. */
export const APPROXIMATE_LOCATION_M = 5000;

export interface SiteMarkerState {
  readonly site: Site;
  readonly count: number;
  readonly active: boolean;
  readonly selected: boolean;
  readonly label: string;
}

/** Sites in story order (see site-order.ts), the order in which Tab reaches their markers. */
export function useSiteMarkers(): readonly SiteMarkerState[] {
  const dataset = useDataset();
  const window = useAtlasState((state) => state.window);
  const selectedSiteId = useAtlasState((state) => state.selectedSiteId);
  const selectedEventId = useAtlasState((state) => state.selectedEventId);
  const counts = selectCountsBySite(useVisibleEvents());
  const eventSiteId = findEvent(dataset, selectedEventId)?.siteId ?? null;
  // The order reads every event: kept between selections and moves of the window.
  const sitesInOrder = useMemo(
    () => sitesInStoryOrder(dataset.sites, dataset.events),
    [dataset.sites, dataset.events],
  );
  return useMemo(
    () =>
      sitesInOrder.map((site) => {
        const count = counts.get(site.id) ?? 0;
        const active = isSiteActive(site, window);
        const approximate = site.coordAccuracyM >= APPROXIMATE_LOCATION_M;
        const label = [
          strings.siteMarkerLabel(site.name, count),
          active ? '' : strings.siteOutsidePeriod,
          approximate ? strings.siteApproximateLocation(site.coordAccuracyM) : '',
        ]
          .filter(Boolean)
          .join(', ');
        return {
          site,
          count,
          active,
          selected: site.id === selectedSiteId || site.id === eventSiteId,
          label,
        };
      }),
    [sitesInOrder, counts, window, selectedSiteId, eventSiteId],
  );
}
