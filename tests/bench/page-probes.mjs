// What the benchmark measures inside a page: a script installed before any of the page's own
// (first shown item, long tasks, input times, frame times), and Node-side helpers that read
// Chrome's performance metrics through the DevTools protocol.

/** Runs in the page before its scripts. `selectors` name what counts as "first item". */
export function installProbes(selectors) {
  const longTasks = [];
  const marks = {};
  let lastInput = 0;
  let frames = null;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  for (const type of ['pointerdown', 'keydown']) {
    addEventListener(type, () => (lastInput = performance.now()), { capture: true });
  }
  /** Resolves with the time of the first frame in which `predicate` holds. */
  const frameWhen = (predicate, timeoutMs = 180_000) =>
    new Promise((resolve) => {
      const started = performance.now();
      const check = () => {
        const now = performance.now();
        if (predicate()) resolve(now);
        else if (now - started > timeoutMs) resolve(null);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  for (const [name, selector] of Object.entries(selectors)) {
    frameWhen(() => document.querySelector(selector) !== null).then((time) => {
      marks[name] = time;
    });
  }
  // What counts as "done" after an input, by name (the atlas's CSP forbids building
  // functions from strings, so they are all defined here).
  const shownEvent = () =>
    document.querySelector('[data-testid="event-details"]')?.getAttribute('data-event-id');
  const activeMarker = () => document.querySelector('.tl-timemarker-active')?.id;
  const predicates = {
    details: (id) => shownEvent() === id,
    detailsOtherThan: (id) => shownEvent() != null && shownEvent() !== id,
    onlyCategory: (category) =>
      new URLSearchParams(location.search).get('cat') === category &&
      document.querySelector(
        `[data-testid="timeline"] .vis-item[class*="category-"]:not(.category-${category})`,
      ) === null,
    markerActive: (id) => activeMarker() === id,
    markerOtherThan: (id) => activeMarker() != null && activeMarker() !== id,
  };
  window.__bench = {
    marks,
    predicates,
    longTasks,
    frameWhen,
    /** The frame awaited by `expect`, started before the input it follows. */
    expected: null,
    expect(name, value, timeoutMs) {
      this.expected = frameWhen(() => predicates[name](value), timeoutMs);
    },
    lastInput: () => lastInput,
    /** The end of the last long task, once `quietMs` have passed without one after `after`. */
    quietAfter(after, quietMs) {
      const lastEnd = Math.max(after, ...longTasks.map((task) => task.end));
      return performance.now() - lastEnd >= quietMs ? lastEnd : null;
    },
    /** The longest task running between the input `since` and the frame shown `until`. */
    longestTaskBetween(since, until) {
      return Math.max(
        0,
        ...longTasks
          .filter((task) => task.end > since && task.start < until)
          .map((task) => task.end - task.start),
      );
    },
    startFrames() {
      frames = [];
      let previous = performance.now();
      const tick = (now) => {
        if (!frames) return;
        frames.push(now - previous);
        previous = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      const recorded = frames ?? [];
      frames = null;
      return recorded;
    },
  };
}

export function percentile(values, fraction) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

export function median(values) {
  const present = values.filter((value) => typeof value === 'number');
  return present.length === 0 ? null : percentile(present, 0.5);
}

/** Waits until the first item is shown and then for 1 s without a long task. */
export async function waitForLoad(page, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // A page busy in one long task answers only when it ends: never wait past the deadline.
    const state = await Promise.race([
      page
        .evaluate(() => {
          const first = window.__bench.marks.firstItem;
          return first === undefined
            ? null
            : { first, interactive: window.__bench.quietAfter(first, 1000) };
        })
        .catch(() => null),
      new Promise((resolve) => setTimeout(() => resolve(null), Math.max(0, deadline - Date.now()))),
    ]);
    if (state?.interactive != null) return state;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return null;
}

const METRIC_NAMES = [
  'LayoutCount',
  'LayoutDuration',
  'RecalcStyleDuration',
  'ScriptDuration',
  'TaskDuration',
  'JSHeapUsedSize',
  'Nodes',
];

export async function readMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const byName = Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
  return Object.fromEntries(METRIC_NAMES.map((name) => [name, byName[name]]));
}

export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await readMetrics(cdp)).JSHeapUsedSize;
}

/**
 * Runs `act` (a user input) and measures from that input to the first frame in which the
 * named predicate holds for `argument`, and the longest task in between.
 */
export async function measureInput(page, act, predicate, argument, timeoutMs = 20_000) {
  // The page checks for the frame from before the input: started together, the input could
  // be handled first (Chrome runs input ahead of other tasks), the details drawn in the next
  // frame unseen, and the check begin a frame later, behind the map's flight (about 50 ms a
  // frame with software WebGL). Clicks then measured 25-35 or 85-110 ms by that race alone.
  await page.evaluate(
    ([name, value, timeout]) => window.__bench.expect(name, value, timeout),
    [predicate, argument, timeoutMs],
  );
  await act();
  const shownAt = await page.evaluate(() => window.__bench.expected);
  return page.evaluate((shown) => {
    const input = window.__bench.lastInput();
    return shown === null
      ? null
      : { latency: shown - input, longestTask: window.__bench.longestTaskBetween(input, shown) };
  }, shownAt);
}

/** Frame times while `gesture` runs: p50 and p95 in ms. */
export async function measureFrames(page, gesture) {
  await page.evaluate(() => window.__bench.startFrames());
  await gesture();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  const frames = await page.evaluate(() => window.__bench.stopFrames());
  return { p50: percentile(frames, 0.5), p95: percentile(frames, 0.95) };
}
