// Finds the dates a quote names ("21 July 2004", "July 2009", "in 2004", "June 15") and
// relative dates ("about a year ago"), so the checker can tell when a claim's quote is
// coarser than the date of the event it is attached to.

import { dataMessages } from '../i18n/data-messages';
import type { EdtfDate } from './edtf';

interface DateMention {
  readonly text: string;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d\d)(?![\d’'s])`;

function monthNumber(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTH_NAMES.findIndex((month) => month.startsWith(key)) + 1;
}

type Reader = (match: RegExpExecArray) => Omit<DateMention, 'text'>;
// Most specific first: a span taken by one pattern is not read again by a later one.
const PATTERNS: readonly [RegExp, Reader][] = [
  [
    new RegExp(String.raw`\b${DAY}\s+${MONTH},?\s+${YEAR}`, 'gi'),
    (m) => ({ day: Number(m[1]), month: monthNumber(m[2] ?? ''), year: Number(m[3]) }),
  ],
  [
    new RegExp(String.raw`\b${MONTH}\s+${DAY},?\s+${YEAR}`, 'gi'),
    (m) => ({ month: monthNumber(m[1] ?? ''), day: Number(m[2]), year: Number(m[3]) }),
  ],
  [
    new RegExp(String.raw`\b${MONTH},?\s+${YEAR}`, 'gi'),
    (m) => ({ month: monthNumber(m[1] ?? ''), year: Number(m[2]) }),
  ],
  [
    new RegExp(String.raw`\b${DAY}\s+${MONTH}\b`, 'gi'),
    (m) => ({ day: Number(m[1]), month: monthNumber(m[2] ?? '') }),
  ],
  [
    new RegExp(String.raw`\b${MONTH}\s+${DAY}\b`, 'gi'),
    (m) => ({ month: monthNumber(m[1] ?? ''), day: Number(m[2]) }),
  ],
  [new RegExp(String.raw`\b${YEAR}`, 'g'), (m) => ({ year: Number(m[1]) })],
];

const RELATIVE =
  /\b(?:about |some |nearly )?(?:a|one|two|three|\d+) (?:year|month|week)s? ago\b|\blast (?:week|month|year)\b|\brecently\b/i;

/** Every absolute date the text names, most specific reading first. */
export function dateMentions(text: string): DateMention[] {
  const taken: boolean[] = new Array(text.length).fill(false);
  const mentions: { index: number; mention: DateMention }[] = [];
  for (const [pattern, read] of PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.slice(start, end).some(Boolean)) continue;
      taken.fill(true, start, end);
      mentions.push({ index: start, mention: { text: match[0], ...read(match) } });
    }
  }
  return mentions.sort((a, b) => a.index - b.index).map((entry) => entry.mention);
}

/** The relative date the text gives ("about a year ago"), if any. */
function relativeDate(text: string): string | null {
  return RELATIVE.exec(text)?.[0] ?? null;
}

function sameAtPrecision(mention: DateMention, date: EdtfDate): boolean {
  if (mention.year !== undefined && mention.year !== date.year) return false;
  if (date.month !== undefined && mention.month !== date.month) return false;
  if (date.day !== undefined && mention.day !== date.day) return false;
  return true;
}

function coarserButContaining(mention: DateMention, date: EdtfDate): boolean {
  if (mention.year !== date.year) return false;
  if (mention.month !== undefined && mention.month !== date.month) return false;
  const coarser =
    (date.day !== undefined && mention.day === undefined) ||
    (date.month !== undefined && mention.month === undefined);
  return coarser && mention.day === undefined;
}

function asEdtf(mention: DateMention): string {
  const year = String(mention.year);
  return mention.month === undefined ? year : `${year}-${String(mention.month).padStart(2, '0')}`;
}

/**
 * Why a quote looks coarser than the event date it would inherit, or null. Only a quote
 * that names the event's year (or month) and nothing as precise as the event's date counts.
 */
export function coarserDateThan(quote: string, eventDate: EdtfDate): string | null {
  // An approximate event date already renders vague words ("early summer"); leave it be.
  if (eventDate.precision === 'year' || eventDate.approximate) return null;
  const mentions = dateMentions(quote);
  if (mentions.some((mention) => sameAtPrecision(mention, eventDate))) return null;
  const coarser = mentions.find((mention) => coarserButContaining(mention, eventDate));
  if (coarser) {
    return dataMessages.quoteCoarserDate(coarser.text, eventDate.text, asEdtf(coarser));
  }
  const relative = eventDate.precision === 'day' ? relativeDate(quote) : null;
  if (relative) {
    return dataMessages.quoteRelativeDate(relative, eventDate.text);
  }
  return null;
}
