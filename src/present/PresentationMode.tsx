// Presentation mode: the same atlas, driven through the store, with big type, a high-contrast
// theme, the filters hidden, a narration band for tours, clicker keys, a black screen,
// full screen, autoplay and a presenter window. Outside presentation it only listens for F
// and keeps a presenter window that is already open in step.
import { lazy, useCallback, useEffect, useRef, useState } from 'react';
import { presentStrings } from '../i18n/present-strings';
import { useAtlasState, useAtlasStore, useDispatch } from '../state/store-context';
import { serialiseUrlState, type UrlContext } from '../state/url-state';
import { useTours } from '../tours/tours-context';
import { enterFullscreen, exitFullscreen, isFullscreen } from './fullscreen';
import type { PresentationCommand } from './presentation-keys';
import { usePresenterSync } from './presenter/use-presenter-sync';
import { presenterChannelSupported } from './presenter-channel';
import { useAutoplay } from './use-autoplay';
import { usePresentationKeys } from './use-presentation-keys';
import { useStepper } from './use-stepper';
import './present.css';
import { PartBoundary } from '../app/PartBoundary';
import { strings } from '../i18n/strings';

// The bar and the narration show only while presenting: they load when a presentation starts.
const PresentationBar = lazy(() =>
  import('./PresentationBar').then((module) => ({ default: module.PresentationBar })),
);
const NarrationBand = lazy(() =>
  import('./NarrationBand').then((module) => ({ default: module.NarrationBand })),
);

const PRESENTER_WINDOW_NAME = 'ashraf-atlas-presenter';

function openPresenterWindow(query: string): boolean {
  const params = new URLSearchParams(query);
  params.set('presenter', '1');
  const url = `${window.location.pathname}?${params.toString()}`;
  return window.open(url, PRESENTER_WINDOW_NAME, 'popup,width=1100,height=720') !== null;
}

export function PresentationMode({ urlContext }: { urlContext: UrlContext }) {
  const presenting = useAtlasState((state) => state.presenting);
  const dispatch = useDispatch();
  const store = useAtlasStore();
  const tours = useTours();
  const step = useStepper();
  const advance = useCallback(() => step('next'), [step]);
  // One status line; the latest message wins.
  const [notice, setNotice] = useState<string | null>(null);
  const autoplay = useAutoplay(advance, (reason) =>
    setNotice(reason === 'end' ? presentStrings.autoplayEnded : presentStrings.autoplayPaused),
  );
  const [black, setBlack] = useState(false);
  // The presenter window may black the screen out too (its B key or button).
  const toggleBlackFromPresenter = useCallback(() => {
    if (store.getState().presenting) setBlack((value) => !value);
  }, [store]);
  const { status: link } = usePresenterSync(
    'audience',
    urlContext,
    black,
    toggleBlackFromPresenter,
  );
  useEffect(() => {
    if (link === 'linked') setNotice(presentStrings.presenterConnected);
  }, [link]);
  // Set while this page itself leaves full screen, so that only the browser's own exit
  // (Escape) also ends the presentation.
  const leavingFullscreen = useRef(false);

  const goFullscreen = useCallback(async () => {
    const result = await enterFullscreen();
    if (result === 'blocked')
      setNotice(
        document.fullscreenEnabled
          ? presentStrings.fullscreenNeedsKey
          : presentStrings.fullscreenBlocked,
      );
    else setNotice(null);
  }, []);

  const leave = useCallback(() => {
    autoplay.pause();
    setBlack(false);
    setNotice(null);
    leavingFullscreen.current = true;
    void exitFullscreen().finally(() => {
      leavingFullscreen.current = false;
    });
    dispatch({ type: 'set-presenting', presenting: false, origin: 'present' });
  }, [autoplay, dispatch]);

  // Entering presentation tries full screen; right after a click or key this still counts as
  // a user gesture, and from a link (`present=1`) it says to press F.
  useEffect(() => {
    if (!presenting) return;
    void goFullscreen();
  }, [presenting, goFullscreen]);

  useEffect(() => {
    const root = document.documentElement;
    root.toggleAttribute('data-presenting', presenting);
    return () => root.removeAttribute('data-presenting');
  }, [presenting]);

  useEffect(() => {
    if (!presenting) return;
    const onChange = () => {
      if (!isFullscreen() && !leavingFullscreen.current) leave();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [presenting, leave]);

  const openPresenter = useCallback(() => {
    if (!presenterChannelSupported()) setNotice(presentStrings.presenterMissing);
    else if (!openPresenterWindow(serialiseUrlState(store.getState())))
      setNotice(presentStrings.presenterBlocked);
  }, [store]);

  const onCommand = (command: PresentationCommand) => {
    if (!presenting) {
      dispatch({ type: 'set-presenting', presenting: true, origin: 'present' });
      return;
    }
    switch (command) {
      case 'black':
        setBlack((value) => !value);
        return;
      case 'fullscreen':
        if (isFullscreen()) {
          leavingFullscreen.current = true;
          void exitFullscreen().finally(() => {
            leavingFullscreen.current = false;
          });
        } else void goFullscreen();
        return;
      case 'exit':
        leave();
        return;
      case 'presenter':
        openPresenter();
        return;
      default:
        if (black) setBlack(false);
        else step(command);
    }
  };
  usePresentationKeys(presenting, onCommand);

  if (!presenting) return null;
  return (
    <>
      <PartBoundary part={strings.parts.presentation}>
        <PresentationBar
          tours={tours}
          autoplay={autoplay}
          onStep={step}
          onFullscreen={() => onCommand('fullscreen')}
          onPresenter={openPresenter}
          onLeave={leave}
        />
      </PartBoundary>
      {/* Always in the page, so that screen readers hear each new message. */}
      <p className="presentation-notice" role="status" data-testid="presentation-notice">
        {notice}
      </p>
      <PartBoundary part={strings.parts.presentation}>
        <NarrationBand tours={tours} />
      </PartBoundary>
      {black && (
        <div className="presentation-black" data-testid="black-screen">
          <p className="visually-hidden">{presentStrings.blackScreen}</p>
        </div>
      )}
    </>
  );
}
