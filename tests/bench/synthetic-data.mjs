// Builds a valid synthetic dataset of any size from the real one, for the benchmark only
// (written to a temporary folder, never committed). Each synthetic event copies a real event
// (its site, category, precision, qualifiers and claims with their verbatim quotes) and moves
// it to the year of another real event, so dates, sites and categories keep the real spread.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

const FIRST_YEAR = 1986;
const LAST_YEAR = 2016;

/** A small seeded generator, so every run benchmarks the same dataset. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export function readCsv(path) {
  return Papa.parse(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

function writeCsv(path, columns, rows) {
  writeFileSync(path, `${Papa.unparse({ fields: columns, data: rows }, { newline: '\n' })}\n`);
}

const EDTF = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([~?%]?)$/;

/** The same EDTF date `years` later (29 February becomes the 28th in a common year). */
export function shiftEdtf(text, years) {
  if (!text) return text;
  const match = EDTF.exec(text);
  if (!match) return text;
  const [, year, month, day, qualifier] = match;
  const shifted = Number(year) + years;
  const leap = (shifted % 4 === 0 && shifted % 100 !== 0) || shifted % 400 === 0;
  const fixedDay = month === '02' && day === '29' && !leap ? '28' : day;
  return `${shifted}${month ? `-${month}` : ''}${fixedDay ? `-${fixedDay}` : ''}${qualifier}`;
}

const yearOf = (text) => Number(text.slice(0, 4));

/**
 * Writes data/ (sources, sites, figures and tours as they are; `count` events with their
 * claims: the real ones, then copies) and seeds/ into `folder`, and returns the events for
 * other renderers (TimelineJS).
 */
export function writeSyntheticDataset(projectRoot, folder, count, seed = 14) {
  const random = seededRandom(seed + count);
  const events = readCsv(join(projectRoot, 'data/events.csv'));
  const claims = readCsv(join(projectRoot, 'data/claims.csv'));
  const claimsByEvent = new Map();
  for (const claim of claims) {
    claimsByEvent.set(claim.event, [...(claimsByEvent.get(claim.event) ?? []), claim]);
  }
  const newEvents = [];
  const newClaims = [];
  // The real events come first, unchanged (tours and links name them), then the copies.
  for (const event of events.slice(0, count)) {
    newEvents.push(event);
    newClaims.push(...(claimsByEvent.get(event.id) ?? []));
  }
  for (let index = events.length; index < count; index += 1) {
    const template = events[index % events.length];
    const targetYear = yearOf(events[Math.floor(random() * events.length)].date);
    const lastYear = yearOf(template.end || template.date);
    let years = targetYear - yearOf(template.date);
    if (yearOf(template.date) + years < FIRST_YEAR || lastYear + years > LAST_YEAR) years = 0;
    const date = shiftEdtf(template.date, years);
    const id = `${date.slice(0, 4)}-synthetic-${index + 1}`;
    newEvents.push({
      ...template,
      id,
      date,
      end: shiftEdtf(template.end, years),
      title: `${template.title} (${index + 1})`,
    });
    for (const claim of claimsByEvent.get(template.id) ?? []) {
      newClaims.push({ ...claim, event: id, date: shiftEdtf(claim.date, years) });
    }
  }
  mkdirSync(join(folder, 'data'), { recursive: true });
  mkdirSync(join(folder, 'seeds'), { recursive: true });
  for (const file of readdirSync(join(projectRoot, 'data'))) {
    if (!/\.(csv|geojson|json)$/.test(file) || file === 'events.csv' || file === 'claims.csv')
      continue;
    copyFileSync(join(projectRoot, 'data', file), join(folder, 'data', file));
  }
  for (const source of readCsv(join(projectRoot, 'data/sources.csv'))) {
    copyFileSync(join(projectRoot, source.file), join(folder, source.file));
  }
  writeCsv(join(folder, 'data/events.csv'), Object.keys(events[0]), newEvents);
  writeCsv(join(folder, 'data/claims.csv'), Object.keys(claims[0]), newClaims);
  return { events: newEvents, claims: newClaims };
}
