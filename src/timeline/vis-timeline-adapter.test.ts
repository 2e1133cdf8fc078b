// Fails on any vis-timeline upgrade, on purpose: the adapter relies on two internals of the
// version below, and whoever upgrades must check they still hold (see the adapter's header).
import { readFileSync } from 'node:fs';
import type { Timeline } from 'vis-timeline/esnext';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECKED_VIS_TIMELINE_VERSION, drawNow, redrawOnResize } from './vis-timeline-adapter';

const packageDirectory = new URL('../../node_modules/vis-timeline/', import.meta.url);
const bundle = () =>
  readFileSync(new URL('esnext/esm/vis-timeline-graph2d.mjs', packageDirectory), 'utf8');

describe('the vis-timeline adapter', () => {
  it('was checked against the installed vis-timeline (re-check it on every upgrade)', () => {
    const installed = JSON.parse(readFileSync(new URL('package.json', packageDirectory), 'utf8'));
    expect(installed.version).toBe(CHECKED_VIS_TIMELINE_VERSION);
  });

  it('relies on a start-up gate and an emitter that the installed bundle still has', () => {
    const code = bundle();
    // The gate the adapter opens early: the first 'rangechanged' makes the timeline visible.
    expect(code).toMatch(/on\("rangechanged", \(\) => \{\s*if \(!this\.initialRangeChangeDone\)/);
    expect(code).toContain('me.dom.root.style.visibility = "visible"');
    // Every Timeline has the emitter's `emit` the adapter calls.
    expect(code).toContain('Emitter(Core.prototype)');
  });

  it('relies on Group.add showing each item through _checkIfVisible (batched-insert.ts)', () => {
    expect(bundle()).toMatch(
      /\n {2}add\(item\) \{[^}]*?this\.items\[item\.id\] = item;[\s\S]{0,600}?this\._checkIfVisible\(item, this\.visibleItems, range\)/,
    );
  });

  it('relies on redraws that do nothing while the root has no width (hidden-construction.ts)', () => {
    const code = bundle();
    // Core._redraw gives up at once on a root with no width...
    expect(code).toMatch(
      /\n {2}_redraw\(\) \{\s*this\.redrawCount\+\+;\s*const dom = this\.dom;\s*if \(!dom \|\| !dom\.container \|\| dom\.root\.offsetWidth == 0\) return;/,
    );
    // ...and the constructor's own first drawing waits for the next frame.
    expect(code).toContain('this._redraw = availableUtils.throttle(this._origRedraw);');
    expect(code).toMatch(
      /this\.setItems\(items\);\s*\}\s*\/\/ draw for the first time\s*this\._redraw\(\);/,
    );
  });

  it("relies on the ItemSet's DataSet listeners redrawing at once and queuing a redraw (batched-insert.ts)", () => {
    const code = bundle();
    // Each listener redraws the ItemSet there and then...
    for (const change of ['add', 'update', 'remove'])
      expect(code).toMatch(
        new RegExp(
          `\\n {6}${change}\\(_event, params\\) \\{\\s*me\\._on\\w+\\(params\\.items\\);[\\s\\S]{0,300}?me\\.redraw\\(\\);\\s*\\},`,
        ),
      );
    // ...the change queues a redraw of the whole timeline once the ItemSet has been drawn...
    expect(code).toMatch(/this\.body\.emitter\.emit\("_change", \{ queue: true \}\);/);
    expect(code).toMatch(
      /me\.itemSet &&\s*me\.itemSet\.initialItemSetDrawn &&\s*properties &&\s*properties\.queue == true\s*\) \{\s*me\._redraw\(\);/,
    );
    // ...and the ItemSet's redraw is what marks it drawn.
    expect(code).toContain('this.initialItemSetDrawn = true;');
  });

  it('relies on an unthrottled redraw and a count of passes that changed a size (drawNow)', () => {
    const code = bundle();
    // The queued `_redraw` wraps the unthrottled one, kept as `_origRedraw`...
    expect(code).toContain('this._origRedraw = this._redraw.bind(this);');
    // ...and a pass that changed a size asks for another and returns, one that did not
    // resets the count and emits 'changed'.
    expect(code).toMatch(
      /if \(resized\) \{\s*if \(this\.redrawCount < MAX_REDRAW\) \{\s*this\.body\.emitter\.emit\("_change"\);\s*return;\s*\}[\s\S]{0,120}?\} else \{\s*this\.redrawCount = 0;\s*\}\s*\/\/Emit public 'changed' event for UI updates, see issue #1592\s*this\.body\.emitter\.emit\("changed"\);/,
    );
  });
});

/** A stand-in for Core's redraw: each pass changes a size until `passesToSettle` have run. */
function fakeCore(passesToSettle: number) {
  const core = {
    redrawCount: 4,
    passes: 0,
    changedEmitted: 0,
    _origRedraw() {
      core.redrawCount += 1;
      core.passes += 1;
      if (core.passes < passesToSettle && core.redrawCount < 5) return;
      core.redrawCount = 0;
      core.changedEmitted += 1;
    },
  };
  return core;
}

describe('drawNow', () => {
  it('draws at once, repeating while a size changed, until a pass completes', () => {
    const core = fakeCore(2);
    expect(drawNow(core as unknown as Timeline)).toBe(true);
    expect(core.passes).toBe(2);
    expect(core.changedEmitted).toBe(1);
  });

  it('starts each pass from a count of 0, so passes cut short earlier do not end it early', () => {
    const core = fakeCore(3);
    // At Core's count of 4 the first pass would already be its fifth and skip the rest.
    expect(drawNow(core as unknown as Timeline)).toBe(true);
    expect(core.passes).toBe(3);
  });

  it('gives up after three passes, leaving the rest to the queued redraw', () => {
    const core = fakeCore(10);
    expect(drawNow(core as unknown as Timeline)).toBe(false);
    expect(core.passes).toBe(3);
    expect(core.changedEmitted).toBe(0);
  });

  it('does nothing on a timeline without those internals', () => {
    expect(drawNow({} as Timeline)).toBe(false);
  });
});

describe('redrawOnResize', () => {
  /** A ResizeObserver stand-in the test drives by hand. */
  class FakeResizeObserver {
    static last: FakeResizeObserver | null = null;
    observed: unknown[] = [];
    disconnected = false;
    constructor(
      readonly report: (entries: { contentRect: { width: number; height: number } }[]) => void,
    ) {
      FakeResizeObserver.last = this;
    }
    observe(target: unknown) {
      this.observed.push(target);
    }
    disconnect() {
      this.disconnected = true;
    }
    resize(width: number, height: number) {
      this.report([{ contentRect: { width, height } }]);
    }
  }

  function fakeTimeline() {
    const emitted: string[] = [];
    const options: object[] = [];
    const timeline = {
      emit: (name: string) => emitted.push(name),
      setOptions: (value: object) => options.push(value),
    };
    return { timeline: timeline as unknown as Timeline, emitted, options };
  }

  const container = { clientWidth: 966, clientHeight: 240 } as Element;

  afterEach(() => vi.unstubAllGlobals());

  it('redraws when the container changes size, not for the size it was drawn at', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const { timeline, emitted } = fakeTimeline();
    const stop = redrawOnResize(timeline, container);
    const observer = FakeResizeObserver.last as FakeResizeObserver;
    expect(observer.observed).toEqual([container]);
    observer.resize(965.6, 240.2);
    expect(emitted).toEqual([]);
    observer.resize(1366, 240);
    expect(emitted).toEqual(['_change']);
    observer.resize(1366, 240);
    expect(emitted).toEqual(['_change']);
    stop();
    expect(observer.disconnected).toBe(true);
  });

  it("falls back on vis-timeline's own watch where there is no ResizeObserver", () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const { timeline, emitted, options } = fakeTimeline();
    redrawOnResize(timeline, container)();
    expect(options).toEqual([{ autoResize: true }]);
    expect(emitted).toEqual([]);
  });
});
