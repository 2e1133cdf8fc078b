// The timeline's item and lane labels as DOM nodes: text goes in as text (textContent), so
// nothing is parsed and nothing needs escaping. Handing vis-timeline an element, not a
// string, also keeps its XSS filter from stripping the category's SVG icon.
import type { Category } from '../data/types';
import { CATEGORY_STYLES } from '../theme/categories';
import type { TimelineGroupData, TimelineItemLabel } from './timeline-items';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

function span(className: string, text?: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Shown to sight only: the visually hidden description says the same in full. */
function hiddenFromReaders<T extends Element>(element: T): T {
  element.setAttribute('aria-hidden', 'true');
  return element;
}

/** The category's shape in its colour, as CategoryIcon draws it in React. */
function categoryIcon(category: Category): SVGSVGElement {
  const style = CATEGORY_STYLES[category];
  const svg = document.createElementNS(SVG_NAMESPACE, 'svg');
  svg.setAttribute('class', 'category-icon');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG_NAMESPACE, 'path');
  path.setAttribute('d', style.shapePath);
  path.setAttribute('fill', style.colour);
  path.setAttribute('stroke', '#1a1a1a');
  path.setAttribute('stroke-width', '1');
  svg.append(path);
  return hiddenFromReaders(svg);
}

/**
 * An item's content. An event: icon, title, a ≠ mark when sources disagree. A count of
 * events: the count. An outside fact: its tag and title. Each with its full description
 * as the tooltip and as visually hidden text for screen readers.
 */
export function itemContentElement(label: TimelineItemLabel): HTMLElement {
  let content: HTMLSpanElement;
  switch (label.kind) {
    case 'event':
      content = span('timeline-item-content');
      content.dataset.eventId = label.eventId;
      content.append(
        categoryIcon(label.category),
        hiddenFromReaders(span('timeline-item-title', label.title)),
      );
      if (label.disputed) content.append(hiddenFromReaders(span('timeline-disputed-mark', '≠')));
      if (label.stackCount)
        content.append(hiddenFromReaders(span('timeline-stack-count', String(label.stackCount))));
      break;
    case 'period':
      content = span('timeline-item-content timeline-period-content');
      content.append(hiddenFromReaders(span('', label.count)));
      break;
    case 'context':
      content = span('timeline-context-content');
      content.dataset.contextId = label.contextId;
      content.append(
        hiddenFromReaders(span('timeline-context-tag', label.tag)),
        hiddenFromReaders(span('timeline-item-title', label.title)),
      );
      break;
  }
  content.title = label.description;
  content.append(span('visually-hidden', label.description));
  return content;
}

/** A lane's name, as text. */
export function groupContentElement(group: TimelineGroupData | null | undefined): HTMLElement {
  return span('timeline-group-name', group?.content ?? '');
}
