/** Serves `root` on 127.0.0.1 (a free port): its base address and a way to stop it. */
export declare function serveFolder(
  root: string,
): Promise<{ readonly url: string; readonly close: () => Promise<void> }>;
