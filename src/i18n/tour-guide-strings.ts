// Strings of the guided tours outside presentation mode: the tour guide above the details and
// the introduction's list of tours.
export const tourGuideStrings = {
  kind: 'Guided tour:',
  present: 'Present this tour',
  leave: 'Leave the tour',
  end: 'This is the last step. Leave the tour to explore on your own, or choose another tour from the introduction.',
  introToursHeading: 'Or follow a guided tour',
  minutes: (minutes: number) => `about ${minutes} min`,
  steps: (count: number) => `${count} steps`,
  keyEscape: 'Leave the guided tour, close the introduction, a dialog or the details',
} as const;
