// Whether this browser can draw the WebGL map (MapLibre 6 needs WebGL2).
export function supportsWebGl2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
