// What the atlas says about a part of a link it could not use (shown above the atlas).
// Values are quoted as written in the link, already shortened.
export const urlNotices = {
  unreadable: 'the link could not be read',
  unknownParameter: (name: string) => `${name}: not a setting of the atlas`,
  noSuchId: (name: string, value: string) => `${name}=${value}: no such ${name} in the atlas`,
  badFrom: (value: string) => `from=${value}: not a date like 2009 or 2009-01`,
  badTo: (value: string) => `to=${value}: not a date like 2014 or 2014-12`,
  windowReversed: 'from and to: the window ends before it starts, so the whole period is shown',
  windowOutside: (firstYear: number, lastYear: number) =>
    `from and to: the atlas covers ${firstYear}–${lastYear}, so the whole period is shown`,
  windowCut: (firstYear: number, lastYear: number) =>
    `from and to: the atlas covers ${firstYear}–${lastYear}, so the window was cut to it`,
  noSuchCategory: (value: string) => `cat=${value}: no such category`,
  searchCut: (maximum: number) => `q: the search was cut to ${maximum} characters`,
  /** A switch (disputed, context, present) given something other than 1 or 0. */
  badSwitch: (name: string) => `${name}: use 1 or 0`,
  badView: (value: string) => `view=${value}: use list or map`,
  noSuchPage: (value: string) => `page=${value}: no such page`,
  noSuchPassage: (value: string) => `quote=${value}: no such quoted passage`,
};
