import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../data/format-issue';
import { buildContext } from './context-facts';

const HEADER = 'id,date,title,statement,source_title,publisher,published,url,accessed';
const GOOD =
  'eu-2009,2009-01-26,EU delists the group,EU foreign ministers approved a terrorist list without the group.,EU removes PMOI from terrorist list,UPI,2009-01-26,https://www.upi.com/a/b,2026-11-26';

function check(...rows: string[]) {
  const { facts, issues } = buildContext([HEADER, ...rows].join('\n'));
  return { facts, messages: issues.map(formatIssue) };
}

describe('outside context facts', () => {
  it('accepts a cited fact and keeps its source', () => {
    const { facts, messages } = check(GOOD);
    expect(messages).toEqual([]);
    expect(facts[0]).toMatchObject({ publisher: 'UPI', url: 'https://www.upi.com/a/b' });
  });

  it('rejects a fact without a public address, a publisher or the day it was looked up', () => {
    const { facts, messages } = check(
      GOOD.replace('https://www.upi.com/a/b', 'from memory'),
      GOOD.replace('eu-2009', 'eu-b').replace(',UPI,', ',,'),
      GOOD.replace('eu-2009', 'eu-c').replace(/2026-11-26$/, '2026-11'),
    );
    expect(facts).toEqual([]);
    expect(messages).toEqual([
      expect.stringMatching(/^data\/context\.csv:2 \(url\): url must be the public web address/),
      expect.stringMatching(/^data\/context\.csv:3 \(publisher\): publisher is empty/),
      expect.stringMatching(/^data\/context\.csv:4 \(accessed\): accessed must be the day/),
    ]);
  });

  it('says in words what is wrong with an id, a title or a statement', () => {
    const { messages } = check(
      GOOD.replace('eu-2009', 'EU 2009'),
      GOOD.replace('eu-2009', 'eu-t').replace('EU delists the group', 'T'.repeat(81)),
      GOOD.replace('eu-2009', 'eu-s').replace(/,EU foreign[^,]*,/, ',Too short.,'),
      GOOD.replace('eu-2009', 'eu-l').replace(
        /,EU foreign[^,]*,/,
        `,${'A long fact. '.repeat(47)},`,
      ),
    );
    expect(messages).toEqual([
      'data/context.csv:2 (id): id must be lower-case letters, digits and single hyphens (kebab-case)',
      'data/context.csv:3 (title): title is longer than 80 characters: it labels a timeline item',
      'data/context.csv:4 (statement): statement is shorter than 40 characters: say what the reference says',
      'data/context.csv:5 (statement): statement is longer than 600 characters: keep to one fact',
    ]);
  });

  it('holds a dozen or so cited facts in the project, every one valid', () => {
    const { facts, issues } = buildContext(readFileSync('data/context.csv', 'utf8'));
    expect(issues).toEqual([]);
    expect(facts.length).toBeGreaterThanOrEqual(10);
    expect(facts.length).toBeLessThanOrEqual(16);
  });
});
