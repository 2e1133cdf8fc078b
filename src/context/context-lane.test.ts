import { describe, expect, it } from 'vitest';
import { buildContext } from './context-facts';
import { buildContextLane, CONTEXT_LANE_ID, isContextItemId } from './context-lane';

const csv = [
  'id,date,title,statement,source_title,publisher,published,url,accessed',
  'eu-2009,2009-01-26,EU delists the group,EU foreign ministers approved a terrorist list without the group.,EU removes PMOI from terrorist list,UPI,2009-01-26,https://www.upi.com/a/b,2026-11-26',
  'uk-2008,2008-06,UK delists the group,Britain removed the group from its list of terrorist organisations.,Fourteen Iran exiles head for new life in Albania,Business Standard,,https://example.org/x,2026-11-26',
].join('\n');

describe('the outside-context lane', () => {
  const { facts } = buildContext(csv);
  const lane = buildContextLane(facts);

  it('is one lane of its own, named as outside the documents', () => {
    expect(lane.group).toMatchObject({ id: CONTEXT_LANE_ID, className: 'lane-outside-context' });
    expect(lane.group.content).toBe('Outside the documents');
  });

  it('marks every item as outside the documents, with its source, never as an event', () => {
    expect(lane.items.map((item) => item.id)).toEqual(['context:uk-2008', 'context:eu-2009']);
    for (const item of lane.items) {
      expect(isContextItemId(item.id)).toBe(true);
      expect(item.group).toBe(CONTEXT_LANE_ID);
      expect(item.className).toContain('outside-context-item');
      expect(item.label).toMatchObject({ kind: 'context', tag: 'Outside' });
      expect(item.content).toContain('Outside the documents');
    }
    expect(lane.items[0]).toMatchObject({ type: 'range' });
    expect(lane.items[1]).toMatchObject({ type: 'point' });
    expect(lane.items[1]?.content).toContain('Source: EU removes PMOI from terrorist list, UPI');
    expect(lane.items[1]?.label).toMatchObject({
      contextId: 'eu-2009',
      title: 'EU delists the group',
    });
  });
});
