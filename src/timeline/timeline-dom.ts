// Small DOM helpers for the timeline: item markup to element, the reduced-motion preference.

/** Items' content is our own escaped markup (see timeline-items.ts). Returning an element
 * from vis-timeline's `template` bypasses its XSS filter, which would escape the SVG icon. */
export function markupToElement(markup: string): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const element = template.content.firstElementChild;
  return element instanceof HTMLElement ? element : document.createElement('span');
}

export function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
