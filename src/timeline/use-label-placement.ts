// The room the label layout works with: the width of the timeline's items area and a way to
// measure titles, read from the drawn timeline after each of its redraws.
import { useCallback, useState } from 'react';
import { textTypeKey } from '../theme/text-width';
import { titleMeasure, titleType } from './title-measure';

export interface ItemsArea {
  /** Width of the items' area, in CSS pixels; 0 until the timeline is first drawn. */
  readonly widthPx: number;
  /** Height of the timeline below its axis, in CSS pixels; 0 until it is first drawn. */
  readonly heightPx: number;
  readonly measure: (title: string) => number;
  /** The titles' type that `measure` measures in (text-width.ts); '' until first drawn. */
  readonly typeKey: string;
}

const UNMEASURED: ItemsArea = {
  widthPx: 0,
  heightPx: 0,
  measure: (title) => title.length * 9,
  typeKey: '',
};

/**
 * Returns the current area and the function to call after vis-timeline redraws (its
 * 'changed' event) or when the titles' type changes: a new width (a column opened, the
 * window resized) or a new type (the reader's own spacing or text size) re-runs the layout;
 * the same width and type change nothing.
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
    const type = titleType(container);
    const typeKey = textTypeKey(type);
    setArea((current) =>
      current.widthPx === widthPx && current.heightPx === heightPx && current.typeKey === typeKey
        ? current
        : {
            widthPx,
            heightPx,
            measure: current.typeKey === typeKey ? current.measure : titleMeasure(type),
            typeKey,
          },
    );
  }, []);
  return { area, readArea };
}
