import { afterEach, describe, expect, it, vi } from 'vitest';

// A fresh module each time: the moment is reported once per page.
async function freshFirstView() {
  vi.resetModules();
  return import('./first-view');
}

describe('afterFirstView', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for the first view, not for the longest wait', async () => {
    vi.useFakeTimers();
    const { afterFirstView, reportFirstViewShown } = await freshFirstView();
    let settled = false;
    void afterFirstView(8000).then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(500);
    expect(settled).toBe(false);
    reportFirstViewShown();
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
  });

  it('gives up waiting after the longest wait when the view never says it is shown', async () => {
    vi.useFakeTimers();
    const { afterFirstView } = await freshFirstView();
    let settled = false;
    void afterFirstView(8000).then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(7999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });

  it('settles at once for work that starts after the view was shown', async () => {
    vi.useFakeTimers();
    const { afterFirstView, reportFirstViewShown } = await freshFirstView();
    reportFirstViewShown();
    let settled = false;
    void afterFirstView(8000).then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
  });
});

describe('afterTimelineDrawn', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for the timeline’s items, and only for them', async () => {
    vi.useFakeTimers();
    const { afterTimelineDrawn, reportFirstViewShown, reportTimelineDrawn } =
      await freshFirstView();
    let settled = false;
    void afterTimelineDrawn(2000).then(() => {
      settled = true;
    });
    reportFirstViewShown();
    await vi.advanceTimersByTimeAsync(100);
    expect(settled).toBe(false);
    reportTimelineDrawn();
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(true);
  });

  it('gives up waiting after the longest wait', async () => {
    vi.useFakeTimers();
    const { afterTimelineDrawn } = await freshFirstView();
    let settled = false;
    void afterTimelineDrawn(2000).then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(1999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });
});
