// Pure: the outside-context facts as one timeline lane of their own, marked in its label,
// its drawing and its words as outside the five documents, so no one takes them for claims.
import { formatEdtf } from '../i18n/format-date';
import { strings } from '../i18n/strings';
import type { TimelineGroupData, TimelineItemData } from '../timeline/timeline-items';
import type { ContextFact } from './context-facts';

export const CONTEXT_LANE_ID = 'outside-context';
/** Item ids of the lane start with this, so they never collide with an event id. */
const CONTEXT_ITEM_PREFIX = 'context:';

export function isContextItemId(id: string): boolean {
  return id.startsWith(CONTEXT_ITEM_PREFIX);
}

/** The full text a reader gets: date, statement, source, and that it is outside. */
function contextDescription(fact: ContextFact): string {
  return strings.contextItemDescription(
    formatEdtf(fact.date),
    fact.statement,
    `${fact.sourceTitle}, ${fact.publisher}`,
  );
}

export function buildContextLane(facts: readonly ContextFact[]): {
  group: TimelineGroupData;
  items: TimelineItemData[];
} {
  return {
    group: {
      id: CONTEXT_LANE_ID,
      content: strings.contextLane,
      className: 'lane-outside-context',
      title: strings.contextLaneTitle,
      // Above every site's lane: switched on, it is the first thing the reader sees.
      order: -1,
    },
    items: facts.map((fact) => {
      const description = contextDescription(fact);
      const base = {
        id: `${CONTEXT_ITEM_PREFIX}${fact.id}`,
        group: CONTEXT_LANE_ID,
        start: fact.startMs,
        className: `outside-context-item precision-${fact.date.precision}`,
        content: description,
        label: {
          kind: 'context' as const,
          contextId: fact.id,
          tag: strings.contextTag,
          title: fact.title,
          description,
        },
      };
      return fact.date.precision === 'day'
        ? { ...base, type: 'point' as const }
        : { ...base, type: 'range' as const, end: fact.endMs };
    }),
  };
}
