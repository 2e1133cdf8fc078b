// The tables of moves and of residents figures, under the chronology list: sortable, each
// row with its sources; the moves the map shows now are marked. A text alternative to the
// arcs and to the residents chart.
import { type ReactNode, useMemo, useState } from 'react';
import type { Dataset, Move } from '../data/types';
import { formatEdtf, formatEdtfRange } from '../i18n/format-date';
import { countText, movementStrings as text } from '../i18n/movement-strings';
import { ReadInSourceButton } from '../panels/ReadInSourceButton';
import { findSite } from '../state/selectors';
import { useDataset, useDispatch } from '../state/store-context';
import { countSummary } from './MoveArcList';
import { useVisibleMoves } from './move-selectors';
import { RESIDENTS_MEASURE } from './residents-series';
import { nextSort, type SortState, sortRows } from './sort-rows';

type MoveKey = 'move' | 'when' | 'from' | 'to' | 'count';
type ResidentsKey = 'site' | 'when' | 'residents' | 'source';

function SortableHeader<Key extends string>({
  label,
  column,
  sort,
  onSort,
}: {
  label: string;
  column: Key;
  sort: SortState<Key>;
  onSort: (key: Key) => void;
}) {
  return (
    <th scope="col" aria-sort={sort.key === column ? sort.direction : undefined}>
      <button
        type="button"
        className="table-sort"
        data-testid={`sort-${column}`}
        aria-label={text.sortBy(label)}
        onClick={() => onSort(column)}
      >
        {label}
        <span aria-hidden="true">
          {sort.key === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
}

const siteName = (dataset: Dataset, id: string) => findSite(dataset, id)?.name ?? id;
const sourceTitles = (dataset: Dataset, ids: readonly string[]) =>
  [...new Set(ids)].map((id) => dataset.sources.find((source) => source.id === id)?.title ?? id);

function largest(move: Move): number {
  return Math.max(-1, ...move.claims.map((claim) => claim.count ?? -1));
}

export function MovementTables() {
  return (
    <section className="movement-tables" id="movement-tables" data-testid="movement-tables">
      <MovesTable />
      <ResidentsTable />
    </section>
  );
}

function TableBox({ children }: { children: ReactNode }) {
  // A wide table scrolls inside its box, never the page sideways (its buttons take focus,
  // so a keyboard user can scroll it too).
  return <div className="movement-table-box">{children}</div>;
}

function MovesTable() {
  const dataset = useDataset();
  const dispatch = useDispatch();
  const visible = useVisibleMoves();
  const visibleIds = useMemo(() => new Set(visible.map((move) => move.id)), [visible]);
  const [sort, setSort] = useState<SortState<MoveKey>>({ key: 'when', direction: 'ascending' });
  const rows = sortRows(dataset.moves, sort, (move, key) => {
    if (key === 'when') return move.startMs;
    if (key === 'from') return siteName(dataset, move.originId);
    if (key === 'to') return siteName(dataset, move.destinationId);
    if (key === 'count') return largest(move);
    return move.title;
  });
  const onSort = (key: MoveKey) => setSort(nextSort(sort, key));
  const header = (label: string, column: MoveKey) => (
    <SortableHeader label={label} column={column} sort={sort} onSort={onSort} />
  );
  return (
    <>
      <h3 id="moves-table-heading">{text.movesTableHeading}</h3>
      <TableBox>
        <table className="movement-table" data-testid="moves-table">
          <caption>{text.movesTableCaption}</caption>
          <thead>
            <tr>
              {header(text.columnMove, 'move')}
              {header(text.columnWhen, 'when')}
              {header(text.columnFrom, 'from')}
              {header(text.columnTo, 'to')}
              {header(text.columnCount, 'count')}
              <th scope="col">{text.columnSource}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((move) => {
              const shown = visibleIds.has(move.id);
              return (
                <tr
                  key={move.id}
                  data-testid="moves-table-row"
                  data-move-id={move.id}
                  data-in-window={shown}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        dispatch({ type: 'select-move', moveId: move.id, origin: 'list' })
                      }
                    >
                      {move.title}
                    </button>
                    {shown && <span className="movement-shown"> ({text.shownOnMap})</span>}
                  </th>
                  <td>{formatEdtfRange(move.date, move.end)}</td>
                  <td>{siteName(dataset, move.originId)}</td>
                  <td>{siteName(dataset, move.destinationId)}</td>
                  <td>{countSummary(move)}</td>
                  <td>
                    {sourceTitles(
                      dataset,
                      move.claims.map((claim) => claim.sourceId),
                    ).join('; ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableBox>
    </>
  );
}

function ResidentsTable() {
  const dataset = useDataset();
  const figures = dataset.figures.filter((figure) => figure.measure === RESIDENTS_MEASURE);
  const [sort, setSort] = useState<SortState<ResidentsKey>>({
    key: 'when',
    direction: 'ascending',
  });
  const rows = sortRows(figures, sort, (figure, key) => {
    if (key === 'site') return siteName(dataset, figure.siteId);
    if (key === 'residents') return figure.value;
    if (key === 'source') return sourceTitles(dataset, [figure.sourceId])[0] ?? '';
    return figure.date.text;
  });
  const onSort = (key: ResidentsKey) => setSort(nextSort(sort, key));
  const header = (label: string, column: ResidentsKey) => (
    <SortableHeader label={label} column={column} sort={sort} onSort={onSort} />
  );
  return (
    <>
      <h3 id="residents-table-heading">{text.residentsTableHeading}</h3>
      <TableBox>
        <table className="movement-table" data-testid="residents-table">
          <caption>{text.residentsTableCaption}</caption>
          <thead>
            <tr>
              {header(text.columnSite, 'site')}
              {header(text.columnWhen, 'when')}
              {header(text.columnResidents, 'residents')}
              <th scope="col">{text.columnWhat}</th>
              {header(text.columnSource, 'source')}
            </tr>
          </thead>
          <tbody>
            {rows.map((figure) => (
              <tr key={figure.id} data-testid="residents-table-row" data-figure-id={figure.id}>
                <th scope="row">{siteName(dataset, figure.siteId)}</th>
                <td>{formatEdtf(figure.date)}</td>
                <td>{countText(figure.value, figure.qualifier)}</td>
                <td>{figure.scope}</td>
                <td>
                  {sourceTitles(dataset, [figure.sourceId])[0]}{' '}
                  <ReadInSourceButton
                    sourceId={figure.sourceId}
                    passageId={figure.id}
                    origin="list"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </>
  );
}
