/* Ashraf–Liberty–Tirana atlas: sizes embedded atlas frames to the height they ask for.
   Add it once to a page with one or more atlas iframes:
     <script src="https://atlas.example/embed.js" async></script>
   Each frame posts {v: 1, type: 'atlas:resize', height}; the frame whose window sent the
   message (event.source) is the one resized, so several widgets on a page never mix up.
   Frames from another origin than this script's are left alone. Without this script, the
   iframe's own height attribute still works. */
(() => {
  if (window.atlasEmbedSizer) return; // the embed code may be pasted more than once
  window.atlasEmbedSizer = true;
  const script = document.currentScript;
  const atlasOrigin = script ? new URL(script.src, document.baseURI).origin : null;
  const MIN_HEIGHT = 120;
  const MAX_HEIGHT = 4000;

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (data?.type !== 'atlas:resize' || data.v !== 1) return;
    if (atlasOrigin !== null && event.origin !== atlasOrigin) return;
    const height = Number(data.height);
    if (!Number.isFinite(height)) return;
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      const clamped = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)));
      frame.style.height = `${clamped}px`;
      frame.setAttribute('data-atlas-height', String(clamped));
      return;
    }
  });
})();
