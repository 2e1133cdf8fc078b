// The reader's motion preference, read where an animation starts (it can change at any time).

/** True when the reader asked their system for less motion: moves then happen at once. */
export function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
