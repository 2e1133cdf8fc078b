// Pure: the moves as one GeoJSON FeatureCollection for one map source: a curved line per
// move (width by the largest count a document gives, dashed when none gives a number) and a
// point at its end carrying the arrowhead's bearing. Both carry the move's id, which the map
// uses for feature-state (highlight) and for filtering by time window.
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Move, Site } from '../data/types';
import { arcLine, arrivalBearing } from './arc-geometry';
import { arcWidth, largestCount } from './visible-moves';

export interface ArcProperties {
  readonly moveId: string;
  readonly part: 'line' | 'arrow';
  /** Line width in CSS pixels. */
  readonly width: number;
  /** True when no document gives a number: drawn dashed. */
  readonly unnumbered: boolean;
  /** Arrowhead rotation, degrees clockwise from north. */
  readonly bearing: number;
}

export function arcFeatures(
  moves: readonly Move[],
  sites: readonly Site[],
): FeatureCollection<LineString | Point, ArcProperties> {
  const byId = new Map(sites.map((site) => [site.id, site]));
  const lanes = new Map<string, number>();
  const features: Feature<LineString | Point, ArcProperties>[] = [];
  for (const move of moves) {
    const origin = byId.get(move.originId);
    const destination = byId.get(move.destinationId);
    if (!origin || !destination) continue;
    // Moves between the same two places get their own lane so each arc shows.
    const pair = `${move.originId}>${move.destinationId}`;
    const lane = lanes.get(pair) ?? 0;
    lanes.set(pair, lane + 1);
    const line = arcLine(
      [origin.longitude, origin.latitude],
      [destination.longitude, destination.latitude],
      lane,
    );
    const count = largestCount(move);
    const properties = {
      moveId: move.id,
      width: arcWidth(count),
      unnumbered: count === null,
      bearing: arrivalBearing(line),
    };
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: line.map(([x, y]) => [x, y]) },
      properties: { ...properties, part: 'line' },
    });
    const end = line[line.length - 1] ?? [destination.longitude, destination.latitude];
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [end[0], end[1]] },
      properties: { ...properties, part: 'arrow' },
    });
  }
  return { type: 'FeatureCollection', features };
}
