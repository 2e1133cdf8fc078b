// Where elements drawn over the map lie, in the map's own pixels: what the names beside the
// markers and the labels on the map's edge keep off.

/** A box in CSS pixels from the map container's top left. */
export interface FrameBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Each element's box relative to the map's container. */
export function boxesInFrame(container: HTMLElement, elements: Iterable<Element>): FrameBox[] {
  const frame = container.getBoundingClientRect();
  return [...elements].map((element) => {
    const box = element.getBoundingClientRect();
    return {
      left: box.left - frame.left,
      top: box.top - frame.top,
      right: box.right - frame.left,
      bottom: box.bottom - frame.top,
    };
  });
}
