// The time axis shows whole years only: vis-timeline draws the label of a year that starts
// before the window half off the edge ("85" for 1985), so such labels are hidden.

/** Hides the axis labels that begin before the axis itself. */
export function hideClippedAxisLabels(container: HTMLElement): void {
  const axis = container.querySelector('.vis-time-axis.vis-foreground');
  if (!axis) return;
  const left = axis.getBoundingClientRect().left;
  for (const label of axis.querySelectorAll<HTMLElement>('.vis-text.vis-minor')) {
    label.style.visibility = label.getBoundingClientRect().left < left - 0.5 ? 'hidden' : '';
  }
}
