// User steps for the moves on the map and the residents chart: which arcs the map shows,
// where an arc lies on screen (to click it), the chart's band and marks.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { arcLine } from '../../src/movement/arc-geometry';

interface SitePoint {
  readonly longitude: number;
  readonly latitude: number;
}

/** The sites' coordinates from the dataset, by id. */
function sites(): Map<string, SitePoint> {
  const collection = JSON.parse(readFileSync('data/sites.geojson', 'utf8')) as {
    features: { properties: { id: string }; geometry: { coordinates: [number, number] } }[];
  };
  return new Map(
    collection.features.map((feature) => [
      feature.properties.id,
      { longitude: feature.geometry.coordinates[0], latitude: feature.geometry.coordinates[1] },
    ]),
  );
}

export class MovementDriver {
  constructor(readonly page: Page) {}

  mapContainer(): Locator {
    return this.page.getByTestId('map-canvas-container');
  }

  /** Ids of the moves whose arcs the map draws now. */
  async visibleArcIds(): Promise<string[]> {
    const ids = await this.mapContainer().getAttribute('data-visible-moves');
    return (ids ?? '').split(' ').filter(Boolean);
  }

  async highlightedArcIds(): Promise<string[]> {
    const ids = await this.mapContainer().getAttribute('data-highlighted-moves');
    return (ids ?? '').split(' ').filter(Boolean);
  }

  /** Ids of the moves the text alternative under the map lists. */
  async listedArcIds(): Promise<string[]> {
    const ids = await this.page.getByTestId('move-arc-list').getAttribute('data-visible-moves');
    return (ids ?? '').split(' ').filter(Boolean);
  }

  /**
   * Where on the page the middle of an arc between two sites is drawn, from the map's settled
   * camera (written on its container) in Web Mercator with 512-pixel tiles, as MapLibre draws.
   */
  async arcMiddle(
    originId: string,
    destinationId: string,
    lane = 0,
  ): Promise<{ x: number; y: number }> {
    const byId = sites();
    const origin = byId.get(originId);
    const destination = byId.get(destinationId);
    if (!origin || !destination) throw new Error('unknown site');
    const line = arcLine(
      [origin.longitude, origin.latitude],
      [destination.longitude, destination.latitude],
      lane,
    );
    const [longitude, latitude] = line[Math.floor(line.length / 2)] ?? [0, 0];
    const container = this.mapContainer();
    const box = await container.boundingBox();
    const camera = await container.evaluate((node) => ({ ...(node as HTMLElement).dataset }));
    if (!box) throw new Error('the map is not on the page');
    const worldSize = 512 * 2 ** Number(camera.zoom);
    const mercatorY = (lat: number) =>
      Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
    const x = ((longitude - Number(camera.centerLongitude)) / 360) * worldSize;
    const y = -(mercatorY(latitude) - mercatorY(Number(camera.centerLatitude))) * worldSize;
    return { x: box.x + box.width / 2 + x, y: box.y + box.height / 2 + y };
  }

  async clickArc(originId: string, destinationId: string, lane = 0): Promise<void> {
    const { x, y } = await this.arcMiddle(originId, destinationId, lane);
    await this.page.mouse.click(x, y);
  }

  /**
   * What is wrong with the labels on the map's edge, as a person sees them: a label cut
   * short, a label over a site's marker, name or a map control that shows or over another
   * label, and a place both labelled on the edge and shown by its marker. Empty when none.
   */
  edgeLabelProblems(): Promise<string[]> {
    return this.page.evaluate(() => {
      const frame = document.querySelector('[data-testid="map-canvas-container"]');
      if (!frame) return ['no map'];
      const inside = frame.getBoundingClientRect();
      const onMap = (box: DOMRect) =>
        box.width > 0 &&
        box.right > inside.left &&
        box.left < inside.right &&
        box.bottom > inside.top &&
        box.top < inside.bottom;
      // A marker (and the name in it) that is transparent does not show.
      const shows = (element: Element) => {
        const marker = element.closest('.site-marker') ?? element;
        return getComputedStyle(marker).opacity !== '0';
      };
      const boxes = [...frame.querySelectorAll('.site-marker, .site-marker-name, .maplibregl-ctrl')]
        .filter(shows)
        .filter((element) => onMap(element.getBoundingClientRect()));
      const labels = [...document.querySelectorAll<HTMLElement>('.move-edge-label')];
      const problems: string[] = [];
      for (const label of labels) {
        const own = label.getBoundingClientRect();
        if (label.scrollWidth > label.clientWidth + 1) problems.push(`${label.textContent} is cut`);
        // A marker, a name, a control, or another label.
        for (const other of [...boxes, ...labels]) {
          if (other === label) continue;
          const box = other.getBoundingClientRect();
          const overlapX = Math.min(own.right, box.right) - Math.max(own.left, box.left);
          const overlapY = Math.min(own.bottom, box.bottom) - Math.max(own.top, box.top);
          if (overlapX > 1 && overlapY > 1)
            problems.push(`${label.textContent} covers ${other.textContent}`);
        }
        for (const siteId of (label.dataset.siteId ?? '').split(' ')) {
          const marker = frame.querySelector(`[data-testid="site-marker-${siteId}"]`);
          if (marker && shows(marker) && onMap(marker.getBoundingClientRect()))
            problems.push(`${label.textContent} names ${siteId}, whose marker shows too`);
        }
      }
      return problems;
    });
  }

  /**
   * The labels on the map's edge whose arrow, seen from where the label is, turns more than
   * `maxDegrees` from the way to a place it names (each place's marker is placed by the map
   * even off the frame), with the error.
   */
  edgeArrowErrors(maxDegrees: number): Promise<string[]> {
    return this.page.evaluate((limit) => {
      const errors: string[] = [];
      for (const label of document.querySelectorAll<HTMLElement>('.move-edge-label')) {
        const arrow = label.querySelector<HTMLElement>('.move-edge-arrow');
        const angle = Number.parseFloat(arrow?.style.rotate ?? '');
        const box = label.getBoundingClientRect();
        const from = { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
        for (const siteId of (label.dataset.siteId ?? '').split(' ')) {
          const marker = document.querySelector(`[data-testid="site-marker-${siteId}"]`);
          if (!marker) continue;
          const place = marker.getBoundingClientRect();
          const to = { x: (place.left + place.right) / 2, y: (place.top + place.bottom) / 2 };
          const bearing = ((Math.atan2(to.x - from.x, from.y - to.y) * 180) / Math.PI + 360) % 360;
          const turn = Math.abs(bearing - angle) % 360;
          const error = Math.min(turn, 360 - turn);
          if (!(error <= limit))
            errors.push(`${label.textContent} points ${Math.round(error)}° off ${siteId}`);
        }
      }
      return errors;
    }, maxDegrees);
  }

  moveDetails(): Locator {
    return this.page.getByTestId('move-details');
  }
}

/** The residents chart: its band (the timeline's window) and its marks. */
export class ResidentsChartDriver {
  constructor(readonly page: Page) {}

  chart(): Locator {
    return this.page.getByTestId('residents-chart');
  }

  /** Opens the chart where it starts folded (an inset over a short map, as at 1366×768). */
  async unfold(): Promise<void> {
    const toggle = this.page.getByTestId('residents-chart-toggle');
    await toggle.waitFor();
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    await this.page.getByTestId('residents-chart-svg').waitFor();
  }

  /** The band's left edge and width on the page, in CSS pixels. */
  async band(): Promise<{ x: number; width: number }> {
    const band = this.page.getByTestId('residents-band');
    const box = await band.boundingBox();
    return { x: Math.round(box?.x ?? 0), width: Math.round(box?.width ?? 0) };
  }

  /**
   * Clicks the folded chart's toggle and, in the frame that follows, before it is painted,
   * reads the drawing's width and its box's: what a reader sees first on unfolding.
   */
  async unfoldAndMeasureFirstFrame(): Promise<{ drawn: number; box: number }> {
    return this.page.evaluate(
      () =>
        new Promise<{ drawn: number; box: number }>((resolve) => {
          document.querySelector<HTMLElement>('[data-testid="residents-chart-toggle"]')?.click();
          requestAnimationFrame(() => {
            const svg = document.querySelector('[data-testid="residents-chart-svg"]');
            const box = document.getElementById('residents-chart-box');
            resolve({
              drawn: Math.round(svg?.getBoundingClientRect().width ?? 0),
              box: box?.clientWidth ?? 0,
            });
          });
        }),
    );
  }

  /** Drags across the chart from one share of its width to another (0 = left, 1 = right). */
  async brush(fromShare: number, toShare: number): Promise<void> {
    const area = this.page.getByTestId('residents-brush-area');
    const box = await area.boundingBox();
    if (!box) throw new Error('the chart is not on the page');
    const y = box.y + box.height * 0.45;
    await this.page.mouse.move(box.x + box.width * fromShare, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width * ((fromShare + toShare) / 2), y, { steps: 4 });
    await this.page.mouse.move(box.x + box.width * toShare, y, { steps: 4 });
    await this.page.mouse.up();
  }

  mark(figureId: string): Locator {
    return this.page.locator(`[data-testid="residents-mark"][data-figure-id="${figureId}"]`);
  }
}
