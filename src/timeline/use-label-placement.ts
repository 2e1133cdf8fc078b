// The room the label layout works with: the width of the timeline's items area and a way to
// measure titles, read from the drawn timeline after each of its redraws.
import { useCallback, useState } from 'react';
import { titleMeasure } from './title-measure';

export interface ItemsArea {
  /** Width of the items' area, in CSS pixels; 0 until the timeline is first drawn. */
  readonly widthPx: number;
  /** Height of the timeline below its axis, in CSS pixels; 0 until it is first drawn. */
  readonly heightPx: number;
  readonly measure: (title: string) => number;
}

const UNMEASURED: ItemsArea = { widthPx: 0, heightPx: 0, measure: (title) => title.length * 9 };

/**
 * Returns the current area and the function to call after vis-timeline redraws (its
 * 'changed' event): a new width (a column opened, the window resized) re-runs the layout,
 * the same width changes nothing.
 */
export function useItemsArea(): {
  readonly area: ItemsArea;
  readonly readArea: (container: HTMLElement) => void;
} {
  const [area, setArea] = useState<ItemsArea>(UNMEASURED);
  const readArea = useCallback((container: HTMLElement) => {
    const widthPx = container.querySelector('.vis-panel.vis-center')?.clientWidth ?? 0;
    const axis = container.querySelector<HTMLElement>('.vis-panel.vis-top')?.offsetHeight ?? 0;
    const heightPx = Math.max(0, container.clientHeight - axis);
    setArea((current) =>
      current.widthPx === widthPx && current.heightPx === heightPx && current !== UNMEASURED
        ? current
        : {
            widthPx,
            heightPx,
            measure: current === UNMEASURED ? titleMeasure(container) : current.measure,
          },
    );
  }, []);
  return { area, readArea };
}
