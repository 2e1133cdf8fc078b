// The header: what the atlas is, the caveat about its sources, and the page's controls
// (map or list, filters with how many are on, the introduction, the keys). On a phone or at
// 400 % zoom the less used controls fold behind "More", so the story starts on the first
// screen (layout.css says when).
import { type KeyboardEvent, useState } from 'react';
import { EmbedButton } from '../embed/EmbedButton';
import { strings } from '../i18n/strings';
import { INTRO_HEADING_ID } from '../intro/Introduction';
import { OfflineNote } from '../offline/OfflineNote';
import { activeFilterCount } from '../panels/active-filters';
import { PageLink } from '../panels/PageLink';
import { ViewSwitch } from '../panels/ViewSwitch';
import { PresentButton } from '../present/PresentButton';
import { ShareButton } from '../share/ShareButton';
import { useAtlasState, useDispatch } from '../state/store-context';
import { TourEditorButton } from '../tour-editor/TourEditorButton';
import { MoreToggle } from './MoreToggle';

export const FILTERS_DRAWER_ID = 'filters-drawer';
const MORE_ID = 'header-more-menu';

interface AtlasHeaderProps {
  readonly filtersOpen: boolean;
  readonly onToggleFilters: () => void;
}

export function AtlasHeader({ filtersOpen, onToggleFilters }: AtlasHeaderProps) {
  const filterCount = useAtlasState((state) => activeFilterCount(state.filters));
  const dispatch = useDispatch();
  const [moreOpen, setMoreOpen] = useState(false);
  const closeMoreOnEscape = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !moreOpen) return;
    event.preventDefault();
    setMoreOpen(false);
    document.querySelector<HTMLElement>('[data-testid="header-more"]')?.focus();
  };
  const openIntro = () => {
    dispatch({ type: 'set-intro', open: true, origin: 'panel' });
    // The introduction is drawn on the next frame; then its heading takes focus.
    requestAnimationFrame(() => document.getElementById(INTRO_HEADING_ID)?.focus());
  };
  return (
    <header className="atlas-header">
      <div className="atlas-title">
        <h1>{strings.appTitle}</h1>
        <p className="atlas-subtitle">{strings.appSubtitle}</p>
      </div>
      <div className="atlas-tools">
        <ViewSwitch />
        <button
          type="button"
          className={filterCount > 0 ? 'filters-toggle has-active-filters' : 'filters-toggle'}
          aria-expanded={filtersOpen}
          aria-controls={FILTERS_DRAWER_ID}
          data-testid="filters-toggle"
          onClick={onToggleFilters}
        >
          {strings.filtersButton(filterCount)}
        </button>
        <MoreToggle
          open={moreOpen}
          controls={MORE_ID}
          className="header-more-toggle"
          testId="header-more"
          onToggle={() => setMoreOpen(!moreOpen)}
        />
        {/* The introduction and the keys fold it again, their work done; Share and Make a
            tour keep it open, as their dialogs live inside it. */}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape comes from the buttons inside. */}
        <span
          id={MORE_ID}
          className={moreOpen ? 'atlas-header-more is-open' : 'atlas-header-more'}
          onKeyDown={closeMoreOnEscape}
        >
          <button
            type="button"
            data-testid="open-intro"
            onClick={() => {
              setMoreOpen(false);
              openIntro();
            }}
          >
            {strings.openIntro}
          </button>
          <button
            type="button"
            data-testid="open-keys"
            onClick={() => {
              setMoreOpen(false);
              dispatch({ type: 'set-keys-help', open: true, origin: 'panel' });
            }}
          >
            {strings.keysButton} <kbd>?</kbd>
          </button>
          <TourEditorButton />
          <ShareButton />
          <PresentButton />
        </span>
        <OfflineNote />
      </div>
      <p className="atlas-disclaimer" data-testid="sources-disclaimer">
        {strings.sourcesDisclaimer} <PageLink page="about">{strings.aboutSourcesLink}</PageLink> ·{' '}
        <PageLink page="disputed" testId="open-disputed">
          {strings.disputedLink}
        </PageLink>{' '}
        · <EmbedButton />
      </p>
    </header>
  );
}
