// The Fullscreen API, defensively: it is refused inside an iframe without
// `allow="fullscreen"`, outside a user gesture, and missing on some old browsers.
type FullscreenResult = 'entered' | 'blocked';

export function isFullscreen(): boolean {
  return document.fullscreenElement !== null && document.fullscreenElement !== undefined;
}

export async function enterFullscreen(): Promise<FullscreenResult> {
  const root = document.documentElement;
  if (!document.fullscreenEnabled || typeof root.requestFullscreen !== 'function') return 'blocked';
  try {
    await root.requestFullscreen({ navigationUI: 'hide' });
    return 'entered';
  } catch {
    return 'blocked';
  }
}

export async function exitFullscreen(): Promise<void> {
  if (!isFullscreen()) return;
  try {
    await document.exitFullscreen();
  } catch {
    // Already left (the browser's own Escape); nothing to undo.
  }
}
