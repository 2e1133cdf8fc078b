// One site marker: a real button with the site's name, its event count and its state.
import { useDispatch } from '../state/store-context';
import { ALWAYS_LABELLED_SITES, LABEL_SIDE } from './map-frame';
import { APPROXIMATE_LOCATION_M, type SiteMarkerState } from './use-site-markers';

export function SiteMarkerButton({ marker }: { marker: SiteMarkerState }) {
  const dispatch = useDispatch();
  const { site } = marker;
  const classes = [
    'site-marker',
    `label-${LABEL_SIDE[site.id] ?? 'end'}`,
    ALWAYS_LABELLED_SITES.has(site.id) || marker.selected ? 'has-label' : '',
    marker.active ? '' : 'is-dimmed',
    marker.selected ? 'is-selected' : '',
    site.coordAccuracyM >= APPROXIMATE_LOCATION_M ? 'is-approximate' : '',
  ];
  return (
    <button
      type="button"
      className={classes.filter(Boolean).join(' ')}
      data-testid={`site-marker-${site.id}`}
      aria-label={marker.label}
      aria-pressed={marker.selected}
      onClick={() =>
        // Choosing a site shows the site (its lane and events) in place of a selected event.
        dispatch({
          type: 'select-event',
          eventId: null,
          siteId: marker.selected ? null : site.id,
          origin: 'map',
        })
      }
    >
      <span className="site-marker-dot" aria-hidden="true" />
      <span className="site-marker-name" aria-hidden="true">
        {site.name} <span className="site-marker-count">{marker.count}</span>
      </span>
    </button>
  );
}
