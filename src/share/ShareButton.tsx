// The header's Share button. The link is written from the store, not read from the address
// bar, so a time window still waiting to be written to the address is part of it.
import { lazy, useState } from 'react';
import { PartBoundary } from '../app/PartBoundary';
import { shareStrings } from '../i18n/classroom-strings';
import { strings } from '../i18n/strings';
import { useAtlasStore } from '../state/store-context';
import { serialiseUrlState } from '../state/url-state';

// The QR encoder is only needed once someone shares.
const ShareDialog = lazy(() =>
  import('./ShareDialog').then((module) => ({ default: module.ShareDialog })),
);

/** The address of the view as the store holds it now. */
export function currentViewUrl(query: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}${query ? `?${query}` : ''}`;
}

export function ShareButton() {
  const store = useAtlasStore();
  const [url, setUrl] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="share-button"
        data-testid="open-share"
        onClick={() =>
          // Students open the same step on their own screens, not in presentation mode.
          setUrl(currentViewUrl(serialiseUrlState({ ...store.getState(), presenting: false })))
        }
      >
        {shareStrings.share}
      </button>
      {url !== null && (
        <PartBoundary part={strings.parts.shareDialog} onClose={() => setUrl(null)}>
          <ShareDialog url={url} onClose={() => setUrl(null)} />
        </PartBoundary>
      )}
    </>
  );
}
