// A hand-made dataset for the selector and reducer tests: one event per category, three
// sites, and disagreements of each kind. Tests name the expected event ids literally, read
// off this table, never computed by the code they test.
import { edtfEndMs, edtfStartMs, parseEdtfDate } from '../data/edtf';
import type { AtlasEvent, Category, Claim, Dataset, Site } from '../data/types';

function date(text: string) {
  const parsed = parseEdtfDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

type ClaimInput = Partial<Omit<Claim, 'date'>> & { date?: string };

function event(
  id: string,
  dateText: string,
  siteId: string,
  category: Category,
  title: string,
  summary: string,
  claims: ClaimInput[],
): AtlasEvent {
  const start = date(dateText);
  return {
    id,
    date: start,
    siteId,
    category,
    title,
    summary,
    startMs: edtfStartMs(start),
    endMs: edtfEndMs(start),
    claims: claims.map(({ date: claimDate, ...claim }, index) => ({
      id: `${id}#${index}`,
      eventId: id,
      sourceId: 'statement',
      quote: 'An ordinary sentence.',
      speaker: 'The council',
      note: '',
      ...claim,
      ...(claimDate ? { date: date(claimDate) } : {}),
    })),
  };
}

function site(id: string, name: string, kind: Site['kind'], period: string): Site {
  const [start = '', end = ''] = period.split('/');
  return {
    id,
    name,
    aliases: [],
    kind,
    country: 'IQ',
    period: { start: date(start), end: date(end) },
    summary: '',
    longitude: 44,
    latitude: 33,
    coordAccuracyM: 100,
    coordSource: 'test',
  };
}

/** In time order, as the loader delivers them. */
export const EVENTS: readonly AtlasEvent[] = [
  event('1986-06-settle', '1986-06~', 'ashraf', 'settlement', 'Residents settle', 'They arrive.', [
    { quote: 'We built the camp from bare desert.' },
  ]),
  event('1991-04-fighting', '1991-04', 'ashraf', 'armed-conflict', 'Fighting nearby', 'Shelling.', [
    {},
  ]),
  event('2009-07-28-raid', '2009-07-28', 'ashraf', 'attack', 'Forces enter', 'A raid.', [
    { killed: 11, qualifier: 'exact' },
    { killed: 13, qualifier: 'exact', speaker: 'A rapporteur' },
  ]),
  event('2010-ruling', '2010', 'liberty', 'legal', 'A court rules', 'About the pomegranates.', [
    {},
  ]),
  event('2011-05-talks', '2011-05', 'tirana', 'diplomacy', 'Talks begin', 'Envoys meet.', [
    { injured: 5, qualifier: 'about' },
    { injured: 5, qualifier: 'about' },
  ]),
  event('2012-03-aid', '2012-03', 'liberty', 'humanitarian', 'Aid arrives', 'Trucks.', [
    {},
    { date: '2012-04' },
  ]),
  event('2013-09-11-move', '2013-09-11', 'tirana', 'relocation', 'First flight', 'A move.', [
    { killed: 2, qualifier: 'exact' },
    { killed: 2, qualifier: 'at-least' },
  ]),
  event('2016-campaign', '2016', 'tirana', 'advocacy', 'A campaign', 'Letters.', [
    { date: '2016', speaker: 'Zeynep the witness' },
  ]),
];

export const SITES: readonly Site[] = [
  site('ashraf', 'Camp Ashraf', 'camp', '1986/2013'),
  site('liberty', 'Camp Liberty', 'camp', '2012/2016'),
  site('tirana', 'Tirana', 'city', '2013/2016'),
];

export const DATASET: Dataset = {
  sources: [],
  sites: SITES,
  events: EVENTS,
  figures: [],
  moves: [],
};

export function ids(events: readonly AtlasEvent[]): string[] {
  return events.map((item) => item.id);
}
