// True only while the page is being printed (or shown as print media), so the printed
// chronology, which holds every shown event with all its quotes, is not kept in the page
// the rest of the time: at 10,000 events it was most of the document's nodes.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

const PRINT_QUERY = 'print';

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(
    () => typeof window !== 'undefined' && window.matchMedia(PRINT_QUERY).matches,
  );
  useEffect(() => {
    // beforeprint comes just before the browser lays out the pages, so the chronology is
    // committed at once (flushSync); the media query also covers print emulation and
    // browsers that lay out before the event.
    const start = () => flushSync(() => setPrinting(true));
    const stop = () => setPrinting(false);
    const media = window.matchMedia(PRINT_QUERY);
    const follow = () => (media.matches ? start() : stop());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    media.addEventListener('change', follow);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
      media.removeEventListener('change', follow);
    };
  }, []);
  return printing;
}
