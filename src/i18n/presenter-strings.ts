// Interface strings of the presenter window, apart from presentation mode's own so that they
// load with the presenter window's code and not with the atlas's first view.
export const presenterStrings = {
  presenterTitle: 'Presenter view',
  presenterCurrent: 'Now showing',
  presenterNext: 'Next',
  presenterEnd: 'End of the tour.',
  presenterNotes: 'Notes',
  presenterNoNotes: 'No notes for this step.',
  presenterElapsed: 'Elapsed',
  presenterResetTimer: 'Reset timer',
  presenterBlack: 'Black screen (B)',
  presenterWaiting: 'Waiting for the audience window…',
  presenterLinked: 'In step with the audience window.',
  presenterAlone:
    'The audience window is closed; this window still works. Reopen the atlas and press S to link them again.',
  presenterNoChannel:
    'This browser lacks BroadcastChannel, so this window cannot follow the audience window.',
  presenterNoTour: 'No tour chosen: stepping through the events in order.',
} as const;
