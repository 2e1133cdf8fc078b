// The filters, folded behind the header's Filters button so the map and timeline get the
// room. Not modal: the map, timeline and list follow each change while it is open.
import { useEffect, useRef } from 'react';
import { strings } from '../i18n/strings';
import { FiltersPanel } from '../panels/FiltersPanel';
import { FILTERS_DRAWER_ID } from './AtlasHeader';

export function FiltersDrawer({ onClose }: { onClose: () => void }) {
  const drawerRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  useEffect(() => {
    const drawer = drawerRef.current;
    if (!drawer) return;
    drawer.querySelector<HTMLElement>('h2')?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Escape in a search field first clears it, as browsers do.
      const target = event.target;
      if (target instanceof HTMLInputElement && target.type === 'search' && target.value !== '')
        return;
      event.preventDefault();
      onCloseRef.current();
    };
    drawer.addEventListener('keydown', onKeyDown);
    return () => drawer.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <div
      id={FILTERS_DRAWER_ID}
      ref={drawerRef}
      className="filters-drawer"
      data-testid="filters-drawer"
    >
      <button
        type="button"
        className="close-button filters-close"
        aria-label={strings.closeFilters}
        data-testid="filters-close"
        onClick={onClose}
      >
        ×
      </button>
      <FiltersPanel />
    </div>
  );
}
