// Measures timeline titles in the font the page really uses (a canvas, no layout), so the
// label layout knows which titles fit.

/** A measuring function for titles drawn inside `container`, remembering each result. */
export function titleMeasure(container: HTMLElement): (title: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  const probe = document.createElement('span');
  probe.className = 'vis-item timeline-item-title';
  probe.style.position = 'absolute';
  probe.style.visibility = 'hidden';
  container.append(probe);
  const style = getComputedStyle(probe);
  const font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  probe.remove();
  const widths = new Map<string, number>();
  return (title) => {
    let width = widths.get(title);
    if (width === undefined) {
      if (context) context.font = font;
      // Without a canvas (never in a real browser), a generous guess: 9 px a character.
      width = context ? context.measureText(title).width : title.length * 9;
      widths.set(title, width);
    }
    return width;
  };
}
