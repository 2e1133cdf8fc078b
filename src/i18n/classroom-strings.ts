// Interface strings of the classroom hand-outs: sharing a view, working offline, a
// teacher's own tours. Kept beside strings.ts so each feature's words stay together.

export const shareStrings = {
  share: 'Share',
  shareTitle: 'Share this view',
  shareIntro:
    'The link opens the atlas exactly as it is now: the same event, time window and filters. Students can scan the code with a phone camera.',
  linkLabel: 'Link to this view',
  copyLink: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'Could not copy: the link is selected, press Ctrl+C (or ⌘+C) to copy it.',
  qrLabel: (url: string) => `QR code of the link ${url}`,
  qrTooLong: 'This link is too long for a QR code; copy the link instead.',
} as const;

export const offlineStrings = {
  ready: 'Available offline',
  readyDetail:
    'This browser has kept the atlas, its data and the source documents: they open without a network.',
  updateReady: 'A new version of the atlas is ready. It starts the next time the atlas is opened.',
  updateNow: 'Use it now (reloads the page)',
} as const;
