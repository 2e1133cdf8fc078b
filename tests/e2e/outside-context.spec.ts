// What the documents leave out: outside facts, each with its own public source, kept apart
// from the documents' claims.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './playwright-helper';

test('the about page lists outside facts apart from the documents, each with its source', async ({
  atlas,
  page,
}) => {
  await atlas.open('page=about');
  const section = page.getByTestId('outside-context-section');
  await expect(section.getByRole('heading')).toHaveText('What these documents do not tell you');
  await expect(section).toContainText('do not come from the five documents');
  const facts = await atlas.outsideContextFacts();
  expect(facts.length).toBeGreaterThanOrEqual(10);
  for (const fact of facts) {
    expect(fact.href).toMatch(/^https?:\/\//);
    expect(fact.source).toMatch(/^Source: .+ Looked up \d{1,2} \w+ \d{4}\.$/);
  }
  expect(facts.map((fact) => fact.text).join(' ')).toContain('Foreign Terrorist Organization');
  // Following a source link is the reader's choice: showing the list fetched nothing outside.
  const results = await new AxeBuilder({ page }).include('[data-testid="about-sources"]').analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await section.scrollIntoViewIfNeeded();
  await atlas.screenshot('about-outside-context');
});

test('the outside-context lane is off by default, and when switched on is marked as outside the documents', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  await atlas.openFilters();
  // Off by default: no lane, no outside item, the switch unticked.
  await expect(page.getByTestId('filter-show-context')).not.toBeChecked();
  expect(await atlas.isOutsideContextLaneShown()).toBe(false);
  expect(await atlas.outsideContextItems()).toEqual([]);
  const eventIds = await atlas.visibleTimelineEventIds();

  await atlas.showOutsideContext();
  await expect.poll(() => atlas.isOutsideContextLaneShown()).toBe(true);
  await expect(page.getByTestId('timeline').locator('.vis-label.lane-outside-context')).toHaveText(
    'Outside the documents',
  );
  await expect.poll(async () => (await atlas.outsideContextItems()).length).toBeGreaterThan(5);
  const items = await atlas.outsideContextItems();
  for (const item of items) {
    expect(item.tag).toBe('Outside');
    expect(item.description).toMatch(/^Outside the documents — .+ Source: .+\.$/);
    // Drawn unlike any claim: a dark fill that no event item uses.
    expect(item.background).toBe('rgb(27, 31, 36)');
  }
  expect(await atlas.eventItemBackgrounds()).not.toContain('rgb(27, 31, 36)');
  // The switch is in the link.
  expect(atlas.query().get('context')).toBe('1');
  await atlas.screenshot('outside-context-lane');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  // Switched off again, the lane goes.
  await page.getByTestId('filter-show-context').uncheck();
  await expect.poll(() => atlas.isOutsideContextLaneShown()).toBe(false);
  expect(await atlas.outsideContextItems()).toEqual([]);
  // The documents' events are as they were.
  await expect
    .poll(async () => (await atlas.visibleTimelineEventIds()).sort())
    .toEqual([...eventIds].sort());
});
