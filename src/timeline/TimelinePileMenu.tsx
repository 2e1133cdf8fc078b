// The events under a click on a pile of marks (pile-at-point.ts), to choose one from: a small
// non-modal dialog at the click, the events in time order. ↑ ↓ move between them, Escape,
// a press elsewhere or any other key closes it, and focus goes back to the timeline.
import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AtlasEvent } from '../data/types';
import { formatEdtfRange } from '../i18n/format-date';
import { strings } from '../i18n/strings';
import { CategoryIcon } from '../panels/CategoryIcon';

export interface PileMenuPlace {
  /** Where the click was, in CSS pixels from the window's top left corner. */
  readonly left: number;
  readonly top: number;
}

interface TimelinePileMenuProps {
  readonly events: readonly AtlasEvent[];
  readonly at: PileMenuPlace;
  readonly onChoose: (event: AtlasEvent) => void;
  readonly onClose: () => void;
}

export function TimelinePileMenu({ events, at, onChoose, onClose }: TimelinePileMenuProps) {
  const menuRef = useRef<HTMLDivElement>(null);
  // Below and right of the click when there is room, else above it or to its left, always
  // inside the window: over a short timeline (a small embedded frame) it may reach over the
  // page above. It is first laid out in the window's corner, then measured and placed.
  const [place, setPlace] = useState<PileMenuPlace>({ left: 0, top: 0 });
  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    const gap = 6;
    const margin = 4;
    const viewWidth = document.documentElement.clientWidth;
    const viewHeight = window.innerHeight;
    const width = menu.offsetWidth;
    const height = menu.offsetHeight;
    const left = Math.max(margin, Math.min(at.left - gap, viewWidth - width - margin));
    const below = at.top + gap;
    const top =
      below + height <= viewHeight - margin ? below : Math.max(margin, at.top - gap - height);
    setPlace({ left, top });
  }, [at]);

  useEffect(() => {
    const menu = menuRef.current;
    menu?.querySelector<HTMLButtonElement>('.timeline-pile-event')?.focus({ preventScroll: true });
    // A press anywhere else closes it (the press still does what it does there), and so does
    // a scroll of the page or of a panel, which would leave it away from its marks.
    const outside = (event: Event) =>
      menu !== null && event.target instanceof Node && !menu.contains(event.target);
    const closeOutside = (event: Event) => {
      if (outside(event)) onClose();
    };
    document.addEventListener('pointerdown', closeOutside, true);
    document.addEventListener('scroll', closeOutside, true);
    return () => {
      document.removeEventListener('pointerdown', closeOutside, true);
      document.removeEventListener('scroll', closeOutside, true);
    };
  }, [onClose]);

  // ↑ ↓ move in the list and Escape closes it; Tab, Enter and Space act in it as anywhere.
  // Any other key (→ on the timeline, a clicker's PageDown) closes it and goes on to
  // the timeline and the page as if the list had not been there.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      event.stopPropagation();
      const buttons = [
        ...(menuRef.current?.querySelectorAll<HTMLButtonElement>('.timeline-pile-event') ?? []),
      ];
      const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
      buttons[(index + step + buttons.length) % buttons.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (['Tab', 'Enter', ' '].includes(event.key)) {
      event.stopPropagation();
    } else if (!['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) {
      onClose();
    }
  }

  return (
    <div
      ref={menuRef}
      className="timeline-pile"
      role="dialog"
      aria-label={strings.pileHeading(events.length)}
      data-testid="timeline-pile"
      style={{ left: place.left, top: place.top }}
      onKeyDown={onKeyDown}
    >
      <div className="timeline-pile-bar">
        <p className="timeline-pile-heading">{strings.pileHeading(events.length)}</p>
        <button
          type="button"
          className="timeline-pile-close"
          aria-label={strings.pileClose}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <ul className="timeline-pile-list">
        {events.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              className="timeline-pile-event"
              data-event-id={event.id}
              onClick={() => onChoose(event)}
            >
              <CategoryIcon category={event.category} />
              <span className="timeline-pile-title">{event.title}</span>
              <span className="timeline-pile-date">{formatEdtfRange(event.date, event.end)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
