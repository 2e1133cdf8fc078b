// The residents chart: one mark per `residents` figure (a dot for a day, a bar for a month or
// year; shape and fill tell the sites apart, not colour alone), no line between marks, and
// a band for the timeline's window. The band follows the window by changing two attributes
// (no React render per move); dragging across the chart sets the window. Choosing a mark
// opens its passage in the source reader.
import {
  memo,
  type PointerEvent,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { formatEdtf } from '../i18n/format-date';
import { countText, movementStrings as text } from '../i18n/movement-strings';
import { formatCount } from '../i18n/strings';
import { FULL_WINDOW } from '../state/atlas-state';
import { findSite } from '../state/selectors';
import { useAtlasState, useAtlasStore, useDataset, useDispatch } from '../state/store-context';
import { bandExtent, chartTimeDomain, linearScale, peopleTop, yearTicks } from './chart-scale';
import { type ResidentsMark, residentsSeries } from './residents-series';
import './residents-chart.css';

/** Sizes at a 16 px root font; presentation mode's larger type scales them all. */
const BASE_HEIGHT = 88;
const BASE_MARGIN = { top: 8, right: 8, bottom: 18, left: 40 };
/** Drags shorter than this (CSS pixels) are clicks, not a new window. */
const MINIMUM_BRUSH_PX = 6;
/** Okabe–Ito colours and a shape per site; any other site gets the third. */
const SITE_STYLES: Record<string, { colour: string; shape: 'circle' | 'square' | 'diamond' }> = {
  'camp-ashraf': { colour: '#0072B2', shape: 'circle' },
  'camp-liberty': { colour: '#D55E00', shape: 'square' },
};
const OTHER_STYLE = { colour: '#009E73', shape: 'diamond' } as const;

/**
 * Where the chart is an inset over a short map (a 1366×768 laptop, a 1024×768 projector) it
 * would hide the chosen site: it starts folded there, one click from open. Under the map
 * (phones, zoom) and over a tall one it starts open. Presenting, the map is short on any
 * screen (the event and the timeline strip share it, in larger type): the chart folds.
 */
const FOLDED_AT_FIRST = '(min-width: 62rem) and (min-height: 36rem) and (max-height: 59.99rem)';

/** The narrowest the chart is drawn, as while its box is folded. */
const MIN_WIDTH = 200;

/** The chart's width in its box (200 px at least, as while the box is folded). */
function chartWidth(box: HTMLElement): number {
  return Math.max(MIN_WIDTH, box.clientWidth);
}

/** The root font size over 16 px: 1 normally, about 1.75 when presenting at 1920×1080. */
function rootEm(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1;
}

function startsShown(): boolean {
  return !window.matchMedia(FOLDED_AT_FIRST).matches;
}

// Memoised: a click re-renders the map around it, and the chart does not change with a
// selection (with many figures its SVG is the map panel's largest render).
export const ResidentsChart = memo(function ResidentsChart() {
  const dataset = useDataset();
  const dispatch = useDispatch();
  const store = useAtlasStore();
  const series = useMemo(() => residentsSeries(dataset.figures), [dataset.figures]);
  const presenting = useAtlasState((state) => state.presenting);
  const [shown, setShown] = useState(() => startsShown() && !presenting);
  // Presenting begins: the map the room watches is short and the chart, if open, would hide
  // the sites beside the chosen one (Camp Liberty beside Camp Ashraf at 1920×1080).
  useEffect(() => {
    if (presenting) setShown(false);
  }, [presenting]);
  // Until its box is measured, no wider than the narrowest box (a phone's): drawn wider, it
  // would stretch the page sideways for a moment, and a phone's browser then scrolls.
  const [width, setWidth] = useState(MIN_WIDTH);
  const [em, setEm] = useState(1);
  const HEIGHT = Math.round(BASE_HEIGHT * em);
  const MARGIN = {
    top: BASE_MARGIN.top * em,
    right: BASE_MARGIN.right * em,
    bottom: BASE_MARGIN.bottom * em,
    left: BASE_MARGIN.left * em,
  };
  const boxRef = useRef<HTMLDivElement>(null);
  const bandRef = useRef<SVGRectElement>(null);
  const brushRef = useRef<SVGRectElement>(null);
  const dragStart = useRef<number | null>(null);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const observer = new ResizeObserver(() => {
      setWidth(chartWidth(box));
      setEm(rootEm());
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  // Set by the Show button: the chart the reader asked for is brought into view.
  const openedByReader = useRef(false);
  // Unfolded, the chart is drawn at its box's width before the next paint; left to the
  // observer, its first frame would be the folded box's 200 px and then jump.
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!shown || !box) return;
    setWidth(chartWidth(box));
    setEm(rootEm());
    // Under an overview that keeps its size in a short region (no WebGL), or low on a phone's
    // page, the chart opens below the edge; its region or the page scrolls to it, no further
    // than needed (an inset over the map is already in view).
    if (openedByReader.current) box.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    openedByReader.current = false;
  }, [shown]);

  const left = MARGIN.left;
  const right = width - MARGIN.right;
  const range = [left, right] as const;
  const x = useMemo(
    () => linearScale(chartTimeDomain(series, FULL_WINDOW.endMs), [left, right]),
    [series, left, right],
  );
  const top = peopleTop(series);
  const y = linearScale([0, top], [HEIGHT - MARGIN.bottom, MARGIN.top]);

  // The band follows the store's window directly: attributes only, no React render.
  useEffect(() => {
    const place = () => {
      const band = bandRef.current;
      if (!band) return;
      const { window } = store.getState();
      const extent = bandExtent(window, x, [left, right]);
      band.setAttribute('x', String(extent?.x ?? 0));
      band.setAttribute('width', String(extent?.width ?? 0));
      band.dataset.startMs = String(window.startMs);
      band.dataset.endMs = String(window.endMs);
    };
    place();
    return store.subscribe(place);
  }, [store, x, left, right]);

  const pointerX = (event: PointerEvent<SVGElement>) => {
    const svg = event.currentTarget.ownerSVGElement ?? (event.currentTarget as SVGSVGElement);
    const bounds = svg.getBoundingClientRect();
    return Math.min(range[1], Math.max(range[0], event.clientX - bounds.left));
  };
  const drawBrush = (from: number, to: number) => {
    brushRef.current?.setAttribute('x', String(Math.min(from, to)));
    brushRef.current?.setAttribute('width', String(Math.abs(to - from)));
  };
  const onPointerDown = (event: PointerEvent<SVGRectElement>) => {
    dragStart.current = pointerX(event);
    event.currentTarget.setPointerCapture(event.pointerId);
    drawBrush(dragStart.current, dragStart.current);
  };
  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    if (dragStart.current !== null) drawBrush(dragStart.current, pointerX(event));
  };
  const onPointerUp = (event: PointerEvent<SVGRectElement>) => {
    const start = dragStart.current;
    dragStart.current = null;
    drawBrush(0, 0);
    if (start === null) return;
    const end = pointerX(event);
    if (Math.abs(end - start) < MINIMUM_BRUSH_PX) return;
    const [from, to] = [Math.min(start, end), Math.max(start, end)];
    dispatch({
      type: 'set-window',
      window: { startMs: Math.round(x.invert(from)), endMs: Math.round(x.invert(to)) },
      origin: 'chart',
    });
  };

  const openPassage = (mark: ResidentsMark) =>
    dispatch({
      type: 'open-reader',
      target: { sourceId: mark.sourceId, passageId: mark.figureId },
      origin: 'panel',
    });
  const marks = series.flatMap((line) => line.marks);
  const sourceTitle = (id: string) =>
    dataset.sources.find((source) => source.id === id)?.title ?? id;
  const summary = series
    .map((line) => `${findSite(dataset, line.siteId)?.name ?? line.siteId}, ${line.marks.length}`)
    .join('; ');

  return (
    <figure className="residents-chart" data-testid="residents-chart">
      <figcaption id="residents-chart-title" className="residents-chart-title">
        {text.chartHeading}
        <span className="residents-chart-key" aria-hidden="true">
          {series.map((line) => {
            const style = SITE_STYLES[line.siteId] ?? OTHER_STYLE;
            return (
              <span key={line.siteId} className={`residents-key is-${style.shape}`}>
                <svg viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">
                  <MarkShape shape={style.shape} colour={style.colour} cx={5} cy={5} />
                </svg>{' '}
                {findSite(dataset, line.siteId)?.name ?? line.siteId}
              </span>
            );
          })}
        </span>
      </figcaption>
      {/* Over a small map the chart hides what the reader came for; one click folds it. */}
      <button
        type="button"
        className="residents-chart-toggle"
        aria-expanded={shown}
        aria-controls="residents-chart-box"
        data-testid="residents-chart-toggle"
        onClick={() => {
          openedByReader.current = !shown;
          setShown(!shown);
        }}
      >
        {shown ? text.chartHide : text.chartShow}
      </button>
      <p id="residents-chart-description" className="visually-hidden">
        {text.chartDescription(summary)} {text.chartBrushHint}
      </p>
      <div ref={boxRef} id="residents-chart-box" className="residents-chart-box" hidden={!shown}>
        {marks.length === 0 ? (
          <p>{text.noResidents}</p>
        ) : (
          <svg
            width={width}
            height={HEIGHT}
            aria-labelledby="residents-chart-title"
            aria-describedby="residents-chart-description"
            data-testid="residents-chart-svg"
          >
            <title>{text.chartHeading}</title>
            <defs>
              <pattern
                id="residents-hatch"
                width="4"
                height="4"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="4" height="4" fill="#ffffff" />
                <line x1="0" y1="0" x2="0" y2="4" stroke="#D55E00" strokeWidth="2" />
              </pattern>
            </defs>
            <rect
              className="residents-brush-area"
              data-testid="residents-brush-area"
              x={range[0]}
              y={MARGIN.top}
              width={range[1] - range[0]}
              height={HEIGHT - MARGIN.top - MARGIN.bottom}
              onPointerDown={onPointerDown}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
            />
            <rect
              ref={bandRef}
              className="residents-band"
              data-testid="residents-band"
              y={MARGIN.top}
              height={HEIGHT - MARGIN.top - MARGIN.bottom}
            >
              <title>{text.chartWindow}</title>
            </rect>
            <rect
              ref={brushRef}
              className="residents-brush"
              y={MARGIN.top}
              height={HEIGHT - MARGIN.top - MARGIN.bottom}
            />
            <g className="residents-axis">
              {yearTicks(
                chartTimeDomain(series, FULL_WINDOW.endMs),
                x,
                34 * em,
                range[1] - 12 * em,
              ).map((tick) => (
                <text key={tick} x={x(tick)} y={HEIGHT - 4 * em} textAnchor="middle">
                  {new Date(tick).getUTCFullYear()}
                </text>
              ))}
              {[0, top / 2, top].map((value) => (
                <text key={value} x={MARGIN.left - 4} y={y(value) + 3} textAnchor="end">
                  {formatCount(value)}
                </text>
              ))}
              <line x1={range[0]} x2={range[1]} y1={y(0)} y2={y(0)} />
            </g>
            {marks.map((mark) => {
              const style = SITE_STYLES[mark.siteId] ?? OTHER_STYLE;
              const site = findSite(dataset, mark.siteId)?.name ?? mark.siteId;
              const figure = dataset.figures.find((item) => item.id === mark.figureId);
              const when = figure ? formatEdtf(figure.date) : mark.dateText;
              const label = text.chartPoint(
                site,
                countText(mark.value, mark.qualifier),
                when,
                sourceTitle(mark.sourceId),
              );
              const cy = y(mark.value);
              const shift = mark.stack * 6;
              const open = () => openPassage(mark);
              return (
                // biome-ignore lint/a11y/useSemanticElements: an SVG mark cannot be a <button>; it takes the role, focus and keys of one.
                <g
                  key={mark.figureId}
                  className={`residents-mark${mark.approximate ? ' is-approximate' : ''}`}
                  role="button"
                  tabIndex={0}
                  aria-label={label}
                  data-testid="residents-mark"
                  data-figure-id={mark.figureId}
                  onClick={open}
                  onKeyDown={(event) => {
                    if (event.key !== 'Enter' && event.key !== ' ') return;
                    event.preventDefault();
                    open();
                  }}
                >
                  <title>{label}</title>
                  {mark.kind === 'span' && (
                    <rect
                      x={x(mark.startMs) + shift}
                      y={cy - 3}
                      width={Math.max(3, x(mark.endMs) - x(mark.startMs))}
                      height={6}
                      fill={mark.siteId === 'camp-liberty' ? 'url(#residents-hatch)' : style.colour}
                      stroke={style.colour}
                      strokeDasharray={mark.approximate ? '2 1.5' : undefined}
                    />
                  )}
                  <MarkShape
                    shape={style.shape}
                    colour={style.colour}
                    cx={
                      (mark.kind === 'span'
                        ? x((mark.startMs + mark.endMs) / 2)
                        : x(mark.startMs)) + shift
                    }
                    cy={cy}
                  />
                  {/* A larger invisible target, for a finger. */}
                  <circle
                    cx={x((mark.startMs + mark.endMs) / 2) + shift}
                    cy={cy}
                    r={11}
                    fill="transparent"
                  />
                </g>
              );
            })}
          </svg>
        )}
      </div>
    </figure>
  );
});

function MarkShape({
  shape,
  colour,
  cx,
  cy,
}: {
  shape: 'circle' | 'square' | 'diamond';
  colour: string;
  cx: number;
  cy: number;
}) {
  const common = { fill: colour, stroke: '#1a1a1a', strokeWidth: 1 };
  if (shape === 'circle') return <circle cx={cx} cy={cy} r={4} {...common} />;
  if (shape === 'square') return <rect x={cx - 4} y={cy - 4} width={8} height={8} {...common} />;
  return (
    <path d={`M${cx} ${cy - 5}L${cx + 5} ${cy}L${cx} ${cy + 5}L${cx - 5} ${cy}Z`} {...common} />
  );
}
