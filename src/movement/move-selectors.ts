// Derived movement data for components: the moves in the current window and the moves to
// highlight (the chosen move, or the moves of the chosen event).
import { useMemo } from 'react';
import type { Move } from '../data/types';
import { useAtlasState, useDataset } from '../state/store-context';
import { movesInWindow } from './visible-moves';

export function useVisibleMoves(): readonly Move[] {
  const dataset = useDataset();
  const window = useAtlasState((state) => state.window);
  return useMemo(() => movesInWindow(dataset.moves, window), [dataset.moves, window]);
}

/** Ids of the moves to highlight, joined with spaces (a stable string for effects). */
export function useHighlightedMoveIds(): string {
  const dataset = useDataset();
  const moveId = useAtlasState((state) => state.selectedMoveId);
  const eventId = useAtlasState((state) => state.selectedEventId);
  return useMemo(() => {
    if (moveId) return moveId;
    if (!eventId) return '';
    return dataset.moves
      .filter((move) => move.eventIds.includes(eventId))
      .map((move) => move.id)
      .join(' ');
  }, [dataset.moves, moveId, eventId]);
}
