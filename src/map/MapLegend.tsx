// A one-line key to the site markers, under either map.
import { strings } from '../i18n/strings';

export function MapLegend() {
  return (
    <p className="map-legend" data-testid="map-legend">
      <span className="map-legend-item">
        <span className="map-legend-count" aria-hidden="true">
          3
        </span>{' '}
        {strings.mapLegendCount}
      </span>
      <span className="map-legend-item">
        <span className="map-legend-dot is-approximate" aria-hidden="true" />{' '}
        {strings.mapLegendApproximate}
      </span>
      <span className="map-legend-item">
        <span className="map-legend-dot is-dimmed" aria-hidden="true" /> {strings.mapLegendDimmed}
      </span>
    </p>
  );
}
