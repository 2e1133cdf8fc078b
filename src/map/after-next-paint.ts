// A click's effects run before its frame is painted. The map's work for a selection (its
// flight, the highlight of the chosen moves) waits until that frame is on screen: drawn in
// the same frame, it would hold back the details the click opens (on a machine drawing WebGL
// in software, by the 40-80 ms the compositor waits for the map's picture).

/** Runs `task` once the browser has painted the next frame; returns a cancel function. */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
