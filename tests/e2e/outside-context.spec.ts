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
