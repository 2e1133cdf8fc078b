// Where the printed tour handout goes. The handout (with the QR encoder) is loaded only once
// a handout is asked for, so it stays out of the first view's JavaScript.
import { lazy, Suspense, useSyncExternalStore } from 'react';
import { handoutStore } from './handout-store';

const PrintTourHandout = lazy(() =>
  import('./PrintTourHandout').then((module) => ({ default: module.PrintTourHandout })),
);

export function HandoutSlot() {
  const handout = useSyncExternalStore(handoutStore.subscribe, handoutStore.get);
  if (!handout) return null;
  return (
    <Suspense fallback={null}>
      <PrintTourHandout />
    </Suspense>
  );
}
