// Prints a tour's handout: paper gets it instead of the chronology until the print dialog
// closes. The handout (with the QR encoder) is loaded on demand, and printing waits for it.
import { type Handout, handoutStore } from './handout-store';

export function printTourHandout(handout: Handout): void {
  handoutStore.set(handout);
  window.addEventListener('afterprint', () => handoutStore.set(null), { once: true });
  void import('./PrintTourHandout').then(() =>
    window.requestAnimationFrame(() => window.setTimeout(() => window.print(), 0)),
  );
}
