// Where the printed tour handout goes. The handout (with the QR encoder) is loaded only once
// a handout is asked for, so it stays out of the first view's JavaScript.
import { lazy, useSyncExternalStore } from 'react';
import { PartBoundary } from '../app/PartBoundary';
import { strings } from '../i18n/strings';
import { handoutStore } from './handout-store';

const PrintTourHandout = lazy(() =>
  import('./PrintTourHandout').then((module) => ({ default: module.PrintTourHandout })),
);

export function HandoutSlot() {
  const handout = useSyncExternalStore(handoutStore.subscribe, handoutStore.get);
  if (!handout) return null;
  return (
    <PartBoundary part={strings.parts.handout} onClose={() => handoutStore.set(null)}>
      <PrintTourHandout />
    </PartBoundary>
  );
}
