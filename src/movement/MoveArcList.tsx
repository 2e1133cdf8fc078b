// The text alternative to the arcs, under the map: the moves of the time window as buttons
// (each chooses its move, like clicking its arc), with how many people each document says
// and a key to the arcs' styles. The ids of the moves shown are on `data-visible-moves`.
import type { Dataset, Move } from '../data/types';
import { formatEdtfRange } from '../i18n/format-date';
import { countText, movementStrings as text } from '../i18n/movement-strings';
import { useAtlasState, useDataset, useDispatch } from '../state/store-context';
import { useVisibleMoves } from './move-selectors';
import './movement.css';

export function countSummary(move: Move): string {
  const counts = move.claims.filter((claim) => claim.count !== undefined);
  if (counts.length === 0) return text.noNumber;
  return counts
    .map(
      (claim) =>
        `${text.countBy(countText(claim.count ?? 0, claim.qualifier), claim.speaker)}${claim.scope ? ` (${claim.scope})` : ''}`,
    )
    .join('; ');
}

export function moveLabel(move: Move, dataset: Dataset): string {
  const name = (id: string) => dataset.sites.find((site) => site.id === id)?.name ?? id;
  return text.arcButton(
    text.fromTo(name(move.originId), name(move.destinationId)),
    formatEdtfRange(move.date, move.end),
    countSummary(move),
  );
}

export function MoveArcList() {
  const dataset = useDataset();
  const dispatch = useDispatch();
  const moves = useVisibleMoves();
  const selectedMoveId = useAtlasState((state) => state.selectedMoveId);
  return (
    <details
      className="move-arc-list"
      data-testid="move-arc-list"
      data-visible-moves={moves.map((move) => move.id).join(' ')}
    >
      <summary>{text.arcsLabel(moves.length)}</summary>
      <p className="move-arc-key">
        <span className="move-key-line" aria-hidden="true" /> {text.legendArc}{' '}
        <span className="move-key-line is-dashed" aria-hidden="true" /> {text.legendArcDashed}
      </p>
      <ul>
        {moves.map((move) => (
          <li key={move.id}>
            <button
              type="button"
              className="link-button"
              data-testid="move-arc-button"
              data-move-id={move.id}
              aria-current={move.id === selectedMoveId ? 'true' : undefined}
              onClick={() => dispatch({ type: 'select-move', moveId: move.id, origin: 'list' })}
            >
              {moveLabel(move, dataset)}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
