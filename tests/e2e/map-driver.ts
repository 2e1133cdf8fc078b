// What a reader sees on the map, measured on the page: which markers are in view and whether
// their names show, the reference labels, the scale bar, where the camera looks; and a finger
// swiping over a part of the page. Specs use these with the atlas driver.
import type { Locator, Page } from '@playwright/test';
import type { AtlasDriver } from './atlas-driver';

export interface MarkerInView {
  readonly siteId: string;
  /** The name as drawn (empty when it is hidden). */
  readonly shownName: string;
  readonly nameBox: { left: number; top: number; right: number; bottom: number } | null;
}

export class MapDriver {
  readonly page: Page;

  constructor(readonly atlas: AtlasDriver) {
    this.page = atlas.page;
  }

  container(): Locator {
    return this.page.getByTestId('map-canvas-container');
  }

  /** Waits until the map has drawn and its markers have placed their names. */
  async settle(): Promise<void> {
    await this.atlas.waitForMap();
    await this.page
      .locator('.site-marker-anchor[data-label-side]')
      .first()
      .waitFor({ state: 'attached' });
  }

  /** Every marker whose whole dot is inside the map, with its name if a reader can see it. */
  async markersInView(): Promise<MarkerInView[]> {
    return this.container().evaluate((container) => {
      const map = container.getBoundingClientRect();
      return [...container.querySelectorAll<HTMLElement>('.site-marker')]
        .filter((button) => {
          // On the view: the whole dot is inside the map (a dot cut by the edge is not).
          const dot = button.querySelector('.site-marker-dot')?.getBoundingClientRect();
          return (
            !!dot &&
            dot.left >= map.left &&
            dot.right <= map.right &&
            dot.top >= map.top &&
            dot.bottom <= map.bottom
          );
        })
        .map((button) => {
          const name = button.querySelector<HTMLElement>('.site-marker-name');
          const box = name?.getBoundingClientRect();
          const visible =
            !!name &&
            !!box &&
            box.width > 0 &&
            getComputedStyle(name).visibility === 'visible' &&
            getComputedStyle(name).display !== 'none' &&
            box.left >= map.left - 1 &&
            box.right <= map.right + 1 &&
            box.top >= map.top - 1 &&
            box.bottom <= map.bottom + 1;
          return {
            siteId: (button.dataset.testid ?? '').replace('site-marker-', ''),
            shownName: visible ? (name?.textContent ?? '') : '',
            nameBox:
              visible && box
                ? { left: box.left, top: box.top, right: box.right, bottom: box.bottom }
                : null,
          };
        });
    });
  }

  /** The reference labels (cities, countries) drawn inside the map now. */
  async referenceLabelsShown(): Promise<string[]> {
    return this.container().evaluate((container) => {
      const map = container.getBoundingClientRect();
      return [...container.querySelectorAll<HTMLElement>('.reference-label:not([hidden])')]
        .filter((label) => {
          const box = label.querySelector('.reference-label-text')?.getBoundingClientRect();
          return (
            !!box &&
            box.width > 0 &&
            box.left >= map.left &&
            box.right <= map.right &&
            box.top >= map.top &&
            box.bottom <= map.bottom
          );
        })
        .map((label) => label.textContent ?? '');
    });
  }

  /**
   * The sites whose name, as shown on the map, lies under one of its controls (zoom buttons,
   * scale bar, attribution) by more than a pixel each way.
   */
  async namesUnderControls(): Promise<string[]> {
    return this.container().evaluate((container) => {
      const controls = [...container.querySelectorAll('.maplibregl-ctrl')].map((control) =>
        control.getBoundingClientRect(),
      );
      return [...container.querySelectorAll<HTMLElement>('.site-marker-name')]
        .filter((name) => {
          if (name.closest('[data-off-frame]') || name.checkVisibility?.() === false) return false;
          const box = name.getBoundingClientRect();
          return controls.some(
            (control) =>
              Math.min(box.right, control.right) - Math.max(box.left, control.left) > 1 &&
              Math.min(box.bottom, control.bottom) - Math.max(box.top, control.top) > 1,
          );
        })
        .map((name) => name.textContent ?? '');
    });
  }

  scaleBar(): Locator {
    return this.container().locator('.maplibregl-ctrl-scale');
  }

  /** Where the map looks, as its container records after each move. */
  async camera(): Promise<{ longitude: number; latitude: number; zoom: number }> {
    return this.container().evaluate((container) => ({
      longitude: Number(container.dataset.centerLongitude),
      latitude: Number(container.dataset.centerLatitude),
      zoom: Number(container.dataset.zoom),
    }));
  }

  /**
   * A one-finger vertical swipe over the middle of `target`, as real touch events through the
   * browser's input pipeline (Chrome DevTools Protocol). A positive `distance` moves the finger
   * up (the page would scroll down), a negative one moves it down.
   */
  async swipe(target: Locator, distance: number): Promise<void> {
    const box = await target.boundingBox();
    if (!box) throw new Error('nothing to swipe over');
    const x = box.x + box.width / 2;
    const middle = box.y + box.height / 2;
    const startY = middle + distance / 2;
    const session = await this.page.context().newCDPSession(this.page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
      session.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }],
      });
    await touch('touchStart', startY);
    const steps = 8;
    for (let step = 1; step <= steps; step += 1) {
      await touch('touchMove', startY - (distance * step) / steps);
    }
    await touch('touchEnd', startY - distance);
    await session.detach();
  }

  /** How far the page is scrolled down, in CSS pixels. */
  async pageScroll(): Promise<number> {
    return this.page.evaluate(() => window.scrollY);
  }
}
