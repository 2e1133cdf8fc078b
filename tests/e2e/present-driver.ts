// User steps for presentation mode, tours and the presenter window, in words; specs use
// these with the atlas driver instead of selectors.
import type { Locator, Page } from '@playwright/test';
import type { AtlasDriver } from './atlas-driver';

export interface TextSizes {
  readonly narration: number;
  readonly title: number;
  readonly summary: number;
  /** The bar of controls (the tour, Previous, Next…). */
  readonly bar: number;
}

/** Where a part of the presentation lies on the screen, in CSS pixels. */
export interface PartBox {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly height: number;
}

/** The map, the event's details, the timeline strip and its lanes, the narration. */
export type PresentationPart = 'map' | 'event' | 'strip' | 'lanes' | 'narration';

const PART_SELECTORS: Record<PresentationPart, string> = {
  map: '.atlas-stage',
  event: '.details-panel',
  strip: '.atlas-timeline',
  lanes: '.timeline-region',
  narration: '[data-testid="narration"]',
};

export class PresentDriver {
  readonly page: Page;

  constructor(readonly atlas: AtlasDriver) {
    this.page = atlas.page;
  }

  /** Opens a tour in presentation mode (the link a teacher would bookmark). */
  async openTour(tourId: string, step?: number): Promise<void> {
    await this.atlas.open(`tour=${tourId}${step ? `&step=${step}` : ''}&present=1`);
    // The bar and the narration band each load with the presentation, a moment after the page.
    await this.bar().waitFor();
    await this.narration().waitFor();
  }

  bar(): Locator {
    return this.page.getByTestId('presentation-bar');
  }

  counter(): Locator {
    return this.page.getByTestId('step-counter');
  }

  narration(): Locator {
    return this.page.getByTestId('narration');
  }

  notice(): Locator {
    return this.page.getByTestId('presentation-notice');
  }

  /** Presses a key as a clicker sends it, with nothing in particular focused. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** Font sizes in CSS pixels of the narration, the event title and its summary. */
  async textSizes(): Promise<TextSizes> {
    return this.page.evaluate(() => {
      const size = (selector: string) => {
        const element = document.querySelector(selector);
        return element ? Number.parseFloat(getComputedStyle(element).fontSize) : 0;
      };
      return {
        narration: size('[data-testid="narration-text"]'),
        title: size('[data-testid="event-title"]'),
        summary: size('.event-summary'),
        bar: size('[data-testid="presentation-bar"]'),
      };
    });
  }

  /** Where each of `parts` lies on the screen; throws when one is missing. */
  async partBoxes(parts: readonly PresentationPart[]): Promise<PartBox[]> {
    const boxes = await this.page.evaluate(
      (selectors) =>
        selectors.map((selector) => {
          const box = document.querySelector(selector)?.getBoundingClientRect();
          return box
            ? {
                top: box.top,
                bottom: box.bottom,
                left: box.left,
                right: box.right,
                width: box.width,
                height: box.height,
              }
            : null;
        }),
      parts.map((part) => PART_SELECTORS[part]),
    );
    return boxes.map((box, index) => {
      if (!box) throw new Error(`no ${parts[index]} on the screen`);
      return box;
    });
  }

  /** How many rows the bar's shown controls take. */
  async barRows(): Promise<number> {
    return this.bar().evaluate((bar) => {
      const middles = [...bar.querySelectorAll('button, select')]
        .map((control) => control.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.height > 0)
        .map((box) => box.top + box.height / 2)
        .sort((a, b) => a - b);
      // A new row wherever the next control's middle lies below the previous one's by more
      // than half a control's height.
      return middles.filter(
        (middle, index) => index === 0 || middle - (middles[index - 1] ?? 0) > 12,
      ).length;
    });
  }

  /** Whether an element is wholly inside the window and shows all of its text (not cut). */
  async isWhollyShown(locator: Locator): Promise<boolean> {
    return locator.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return (
        box.left >= 0 &&
        box.top >= 0 &&
        box.right <= window.innerWidth + 0.5 &&
        box.bottom <= window.innerHeight + 0.5 &&
        element.scrollHeight <= element.clientHeight + 1 &&
        element.scrollWidth <= element.clientWidth + 1
      );
    });
  }

  /**
   * Where the timeline strip's lanes end and where the chosen event's item is, against the
   * part of the lanes a viewer can see (vis-timeline's lanes panel, cut by the window).
   */
  async chosenItemInLanes(): Promise<{ shown: boolean; lanesEnd: number; screenEnd: number }> {
    return this.page.evaluate(() => {
      const panel = document.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
      const item = document.querySelector('.vis-item.vis-selected')?.getBoundingClientRect();
      const lanesEnd = panel?.bottom ?? 0;
      const seenEnd = Math.min(lanesEnd, window.innerHeight);
      const shown =
        !!panel && !!item && item.top >= panel.top - 0.5 && item.bottom <= seenEnd + 0.5;
      return { shown, lanesEnd, screenEnd: window.innerHeight };
    });
  }

  /** Opens the presenter window with S and waits until it is in step. */
  async openPresenter(): Promise<Page> {
    const [presenter] = await Promise.all([
      this.page.context().waitForEvent('page'),
      this.press('s'),
    ]);
    await presenter.getByTestId('presenter-view').waitFor();
    return presenter;
  }
}
