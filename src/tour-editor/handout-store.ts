// Which tour, if any, paper gets instead of the chronology. Set by "Print a handout"; one
// slot in the layout shows it. A tiny external store, so the editor and the slot need no
// shared parent.
import type { Tour } from '../tours/tour-types';

export interface Handout {
  readonly tour: Tour;
  /** The link that opens the tour, for the QR code on the paper (null when too long). */
  readonly url: string | null;
  /** False for a tour made in the editor or opened from a link. */
  readonly curated: boolean;
}

let current: Handout | null = null;
const listeners = new Set<() => void>();

export const handoutStore = {
  get: (): Handout | null => current,
  set(handout: Handout | null) {
    current = handout;
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
