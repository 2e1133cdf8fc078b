// What the atlas says about a tour it cannot take from a link, or a draft not yet shareable.
export const tourLinkStrings = {
  damaged:
    'the tour in this link is damaged (perhaps cut short when it was copied); ask for the link again',
  tooLong: (length: number, maximum: number) =>
    `the tour in this link is too long (${length} characters, at most ${maximum}); shorten its narration or split it in two`,
  unusable: (problem: string | undefined) =>
    `the tour in this link cannot be used (${problem ?? 'it is empty'})`,
  stepLeftOut: (problem: string) => `the tour in this link: ${problem}; that step is left out`,
  notLoaded: 'the tour in this link could not be read: part of the atlas did not load; try again',
  curatedId: (id: string) =>
    `the tour in this link has the id of one of the atlas’s own tours (${id})`,
  /** Where a problem lies, named in the tour checker's messages. */
  linkWhere: 'the tour link',
  draftWhere: 'your tour',
  draftEmpty: 'Add at least one event.',
} as const;
