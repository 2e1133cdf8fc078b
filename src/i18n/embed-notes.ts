// What the widget notes in the browser console, during development only, about the page that
// frames it: why it ignored a message, a command it refused. Read by the people who embed the
// atlas (docs/EMBED.md), never by a visitor. Only the widget's lazily loaded code imports this
// module; the notes about the widget's link parameters are in embed-parameter-notes.ts.
export const embedNotes = {
  /** What every note starts with, so it stands out among the page's own. */
  prefix: '[atlas embed]',
  lastNote: ' (further notes are not shown)',
  // The framing page and its messages
  silent: (parentOrigin: string) =>
    `the framing page is not ${parentOrigin} (parentOrigin), so the widget stays silent`,
  dropped: (count: number, perSecond: number) =>
    `${count} commands dropped: more than ${perSecond} a second`,
  notFromFrame: 'ignored a message that did not come from the page framing the atlas',
  wrongOrigin: (origin: string, parentOrigin: string) =>
    `ignored a message from ${origin}: parentOrigin is ${parentOrigin}`,
  ignored: (reason: string) => `ignored a message: ${reason}`,
  // Why a command was refused (`type` is the command's, shortened)
  notObject: 'not an object',
  notCommand: 'not an atlas command (its type does not start with "atlas:")',
  needsVersion: (type: string, version: number) => `${type}: needs v: ${version}`,
  badField: (type: string, where: string, problem: string | undefined) =>
    `${type}: ${where}: ${problem ?? 'bad shape'}`,
  noEvent: (eventId: string) => `atlas:select: no event ${eventId}`,
  notWindow: 'atlas:setWindow: not a window (from must come before to)',
  noSite: (siteId: string) => `atlas:setFilters: no site ${siteId}`,
} as const;
