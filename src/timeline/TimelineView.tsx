// The timeline: the one module that drives vis-timeline, synced with the store both ways.

import moment from 'moment';
import {
  type JSX,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { DataSet as VisDataSet } from 'vis-data';
import { DataSet } from 'vis-data/esnext';
import {
  type IdType,
  Timeline,
  type TimelineOptions,
  timeline as visComponents,
} from 'vis-timeline/esnext';
import { reportTimelineDrawn } from '../app/first-view';
import { prefersReducedMotion } from '../theme/motion';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { CONTEXT_LANE_ID } from '../context/context-lane';
import { useContextLane } from '../context/use-context-lane';
import type { AtlasEvent } from '../data/types';
import { embedStrings } from '../i18n/embed-strings';
import { strings } from '../i18n/strings';
import type { ChangeOrigin, TimeWindow } from '../state/atlas-state';
import { MINIMUM_WINDOW_MS, WINDOW_LIMITS } from '../state/atlas-state';
import { findEvent } from '../state/selectors';
import { useAtlasState, useAtlasStore, useDataset, useDispatch } from '../state/store-context';
import { placeItems } from './label-placement';
import { OTHER_PLACES_LANE, orderLanes, withSelectedLane } from './lanes';
import { pileAtPoint } from './pile-at-point';
import { revealItemVertically } from './reveal-item';
import { eventForClick, eventsDrawnAs, type StackedItem } from './span-stacks';
import { syncItems } from './sync-items';
import { TimelineLegend } from './TimelineLegend';
import { type PileMenuPlace, TimelinePileMenu } from './TimelinePileMenu';
import { commandForKey, type TimelineCommand, TimelineToolbar } from './TimelineToolbar';
import { hideClippedAxisLabels } from './timeline-axis';
import { commandAction } from './timeline-commands';
import { itemsToDraw, periodOfItemId, planDrawing } from './timeline-density';
import { groupContentElement, itemContentElement } from './timeline-dom';
import {
  filteredEventsInTimeOrder,
  type TimelineGroupData,
  type TimelineItemData,
} from './timeline-items';
import { isEventInView, MAXIMUM_WINDOW_MS } from './timeline-window';
import { watchTitleType } from './title-measure';
import { useCooperativeWheel } from './use-cooperative-wheel';
import { useItemsArea } from './use-label-placement';
import {
  batchedInsert,
  buildWhileHidden,
  drawNow,
  redrawOnResize,
  showWithoutWaiting,
} from './vis-timeline-adapter';
import './timeline.css';

interface TimelineHandles {
  readonly timeline: Timeline;
  readonly items: VisDataSet<StackedItem, 'id'>;
  readonly groups: VisDataSet<TimelineGroupData, 'id'>;
  /** What the items DataSet holds now, so each update sends only the differences. */
  drawn: ReadonlyMap<string, StackedItem>;
  /** The lanes the groups DataSet holds now. */
  groupsShown: readonly TimelineGroupData[];
}

/** The outside-context lane gets two rows of titles, like a camp. */
const CROWDED_LANES: ReadonlySet<string> = new Set([CONTEXT_LANE_ID]);

const batch = batchedInsert(
  visComponents.components.Group.prototype,
  visComponents.components.ItemSet.prototype,
);
/** For the first items: drawn in the same task, one batch (see batched-insert.ts). */
const firstBatch = batchedInsert(visComponents.components.Group.prototype);

/** Highlights the selected item, or none when it is filtered out. */
function applySelection(handles: TimelineHandles, eventId: string | null): void {
  const shown = eventId !== null && handles.items.get(eventId) !== null;
  const wanted = shown && eventId !== null ? [eventId] : [];
  // Already so (vis-timeline highlights a clicked item itself, and forgets removed ones):
  // selecting again would redraw and measure the item, a forced layout in every click.
  const current = handles.timeline.getSelection().map(String);
  if (current.length === wanted.length && current.every((id, index) => id === wanted[index]))
    return;
  handles.timeline.setSelection(wanted);
}

function readWindow(timeline: Timeline): TimeWindow {
  const { start, end } = timeline.getWindow();
  return { startMs: start.valueOf(), endMs: end.valueOf() };
}

/** Axis labels that always carry the year (moment formats). */
const FULL_DATE_LABELS = {
  millisecond: 'HH:mm:ss',
  second: 'HH:mm:ss',
  minute: 'HH:mm',
  hour: 'D MMM YYYY HH:mm',
  weekday: 'D MMM YYYY',
  day: 'D MMM YYYY',
  week: 'D MMM YYYY',
  month: 'MMM YYYY',
  year: 'YYYY',
};

function timelineOptions(initial: TimeWindow): TimelineOptions {
  return {
    start: initial.startMs,
    end: initial.endMs,
    min: WINDOW_LIMITS.startMs,
    max: WINDOW_LIMITS.endMs,
    zoomMin: MINIMUM_WINDOW_MS,
    zoomMax: MAXIMUM_WINDOW_MS,
    // Dates are UTC throughout; the axis would otherwise follow the browser's time zone
    // (https://github.com/visjs/vis/issues/24). Set here, not via setOptions (visjs/vis-timeline#1640).
    moment: (date?: Parameters<typeof moment>[0]) => moment(date).utc(),
    orientation: { axis: 'top', item: 'top' },
    // Rows are chosen by label-placement.ts, one vis-timeline subgroup per row, so a title
    // is whole or a compact mark and every lane keeps a small, fixed height.
    stack: false,
    stackSubgroups: true,
    height: '100%',
    // vis-timeline's own watch reads the page's layout every second; a ResizeObserver
    // (redrawOnResize) follows the container instead, at once and without forcing a layout.
    autoResize: false,
    // The wheel scrolls the lanes; Ctrl+wheel (and a trackpad pinch) zooms; drag pans.
    verticalScroll: true,
    horizontalScroll: false,
    zoomKey: 'ctrlKey',
    selectable: true,
    multiselect: false,
    editable: false,
    showCurrentTime: false,
    groupOrder: 'order',
    margin: { axis: 4, item: { horizontal: 6, vertical: 3 } },
    // One row of axis labels, each with its full year ("1985", never "85"): the lanes get
    // the room a second row would take.
    showMajorLabels: false,
    format: { minorLabels: FULL_DATE_LABELS },
    template: (item: TimelineItemData) => itemContentElement(item.label),
    groupTemplate: (group: TimelineGroupData | null) => groupContentElement(group),
  };
}

interface TimelineViewProps {
  /**
   * Leave the plain wheel to the page around the timeline: only Ctrl/⌘ + wheel (or a
   * trackpad pinch) reaches it, with a short hint; for a timeline inside a frame.
   */
  readonly cooperative?: boolean;
}

/** Where vis-timeline's 'select' event says the pointer was (its Hammer.js event). */
interface PointerPlace {
  readonly center?: { readonly x: number; readonly y: number };
}

export function TimelineView({ cooperative = false }: TimelineViewProps = {}): JSX.Element {
  const dataset = useDataset();
  const store = useAtlasStore();
  const dispatch = useDispatch();
  const filters = useAtlasState((state) => state.filters);
  const timeWindow = useAtlasState((state) => state.window);
  const windowOrigin = useAtlasState((state) => state.windowOrigin);
  const selectedEventId = useAtlasState((state) => state.selectedEventId);
  const selectedSiteId = useAtlasState((state) => state.selectedSiteId);
  const selectionOrigin = useAtlasState((state) => state.selectionOrigin);
  const containerRef = useRef<HTMLDivElement>(null);
  const handlesRef = useRef<TimelineHandles | null>(null);
  const helpId = useId();
  const wheelHintShown = useCooperativeWheel(containerRef, cooperative);
  const { area, readArea } = useItemsArea();
  // The events under a click on a pile of marks, to choose from (pile-at-point.ts).
  const [pile, setPile] = useState<{
    readonly ids: readonly string[];
    readonly at: PileMenuPlace;
  } | null>(null);

  const events = filteredEventsInTimeOrder(dataset, filters);
  const siteNames = useMemo(
    () => new Map(dataset.sites.map((site) => [site.id, site.name])),
    [dataset.sites],
  );
  // Outside facts get a lane of their own, only while "Show outside context" is on.
  const contextLane = useContextLane(filters.showContext);
  // Every event when there are few; with many, what is within reach of the window, with
  // crowded periods drawn as counts (timeline-density.ts).
  const drawingPlan = useMemo(
    () => planDrawing(events, timeWindow, siteNames),
    [events, timeWindow, siteNames],
  );
  // A click changes the selection only: the plan above is reused, not rebuilt from every event.
  const drawnItems = useMemo(
    () => [...itemsToDraw(drawingPlan, selectedEventId), ...(contextLane?.items ?? [])],
    [drawingPlan, selectedEventId, contextLane],
  );
  // Each title whole or a compact mark, on a few rows per lane (label-placement.ts).
  const sites = useMemo(() => new Map(dataset.sites.map((site) => [site.id, site])), [dataset]);
  // Nothing is placed before the timeline has been drawn once and its width read: items
  // placed for a width of 0 would all be laid out by vis-timeline and then placed again.
  const measured = area.widthPx > 0;
  const items = useMemo(
    () =>
      !measured
        ? []
        : placeItems(drawnItems, {
            sites,
            crowdedLanes: CROWDED_LANES,
            window: timeWindow,
            widthPx: area.widthPx,
            heightPx: area.heightPx,
            measure: area.measure,
            selectedId: selectedEventId,
          }),
    [measured, drawnItems, sites, timeWindow, area, selectedEventId],
  );
  // The lanes' order reads every event; a selection only marks its lane.
  const lanesInOrder = useMemo(() => orderLanes(dataset.sites, events), [dataset.sites, events]);
  const groups = useMemo(
    () => [
      ...(contextLane ? [contextLane.group] : []),
      ...withSelectedLane(lanesInOrder, dataset.sites, selectedSiteId),
    ],
    [dataset.sites, lanesInOrder, selectedSiteId, contextLane],
  );
  const latestGroups = useRef(groups);
  latestGroups.current = groups;

  // Create the instance once; StrictMode's second mount gets a fresh one.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const itemsData = new DataSet<StackedItem, 'id'>();
    // The lanes go in before the first drawing, which then lays them out once.
    const groupsData = new DataSet<TimelineGroupData, 'id'>(latestGroups.current);
    // Hidden while it is built: the constructor's early redraws then cost nothing.
    const timeline = buildWhileHidden(
      container,
      () =>
        new Timeline(container, itemsData, groupsData, timelineOptions(store.getState().window)),
    );
    // Every settled window is reported, also after our own moves, so the store always equals
    // what is shown; the reducer ignores an unchanged window, so nothing echoes.
    // A pile's list belongs to the marks where they were: a move of the window closes it.
    timeline.on('rangechange', () => setPile(null));
    timeline.on('rangechanged', (props: { start: Date; end: Date }) => {
      const window = { startMs: props.start.valueOf(), endMs: props.end.valueOf() };
      dispatch({ type: 'set-window', window, origin: 'timeline' });
    });
    // After each redraw: hide a year cut by the edge, and re-read the room for titles.
    timeline.on('changed', () => {
      hideClippedAxisLabels(container);
      readArea(container);
      // The map waits for this before it loads (first-view.ts).
      if (itemsData.length > 0) reportTimelineDrawn();
    });
    timeline.on('select', (props: { items: IdType[]; event?: PointerPlace }) => {
      // A count of events (many events, coarse zoom) opens onto its period.
      const period = props.items[0] === undefined ? null : periodOfItemId(String(props.items[0]));
      if (period) {
        const selected = store.getState().selectedEventId;
        timeline.setSelection(selected ? [selected] : []);
        timeline.setWindow(period.startMs, period.endMs, {
          animation: prefersReducedMotion()
            ? false
            : { duration: 400, easingFunction: 'easeInOutQuad' },
        });
        return;
      }
      const clickedId = props.items[0] === undefined ? null : String(props.items[0]);
      // A click on marks lying on top of one another, one of them reachable nowhere else,
      // lists them all to choose from rather than choosing the top one.
      const point = props.event?.center;
      const piled = clickedId !== null && point ? pileAtPoint(container, point.x, point.y) : null;
      if (piled && point) {
        const selected = store.getState().selectedEventId;
        timeline.setSelection(selected ? [selected] : []);
        // A stack of spans of the same period in the pile brings the events hidden under it.
        const drawn = handlesRef.current?.drawn ?? new Map<string, StackedItem>();
        setPile({
          ids: [...new Set(piled.flatMap((id) => eventsDrawnAs(drawn, id)))],
          at: { left: point.x, top: point.y },
        });
        return;
      }
      // A click on a stack of spans of the same period, its top already chosen, steps to the
      // next of them (span-stacks.ts).
      const event = findEvent(
        dataset,
        clickedId === null
          ? null
          : eventForClick(
              handlesRef.current?.drawn.get(clickedId),
              clickedId,
              store.getState().selectedEventId,
            ),
      );
      if (event) {
        // vis-timeline keeps focus from moving on a click; put it on the timeline, where the
        // arrow keys go on stepping (it may still be in the search field).
        const region = container.closest<HTMLElement>('.timeline-region');
        if (region && !region.contains(document.activeElement))
          region.focus({ preventScroll: true });
        dispatch({
          type: 'select-event',
          eventId: event.id,
          siteId: event.siteId,
          origin: 'timeline',
        });
        return;
      }
      // A tap on empty space keeps the selection (easily done by accident while panning on a
      // phone), so the highlight vis-timeline just removed is put back.
      const selected = store.getState().selectedEventId;
      timeline.setSelection(selected ? [selected] : []);
    });
    timeline.on('click', (props: { what?: string; group?: IdType | null }) => {
      const lane = props.group == null ? null : String(props.group);
      if (
        props.what === 'group-label' &&
        lane !== null &&
        lane !== CONTEXT_LANE_ID &&
        lane !== OTHER_PLACES_LANE
      ) {
        dispatch({ type: 'select-site', siteId: lane, origin: 'timeline' });
      }
    });
    handlesRef.current = {
      timeline,
      items: itemsData,
      groups: groupsData,
      drawn: new Map(),
      groupsShown: latestGroups.current,
    };
    // The start window is final: show the timeline now, not after its start-up timer.
    showWithoutWaiting(timeline);
    // Drawn at once, while React is still committing: the room for the items is then known
    // ('changed' reads it) and they are placed and drawn before the first paint.
    drawNow(timeline);
    const stopFollowingSize = redrawOnResize(timeline, container);
    // A reader's own letter spacing or text size, set after the page opened, moves nothing
    // vis-timeline sees: the titles are measured and placed again.
    const stopWatchingType = watchTitleType(container, () => readArea(container));
    return () => {
      stopWatchingType();
      stopFollowingSize();
      handlesRef.current = null;
      // Range.destroy does not stop a running animation; a non-animated move cancels it.
      const { start, end } = timeline.getWindow();
      timeline.setWindow(start, end, { animation: false });
      timeline.destroy();
    };
  }, [dataset, dispatch, store, readArea]);

  useLayoutEffect(() => {
    const handles = handlesRef.current;
    if (!handles || handles.groupsShown === groups) return;
    handles.groupsShown = groups;
    const keep = new Set(groups.map((group) => group.id));
    handles.groups.remove(handles.groups.getIds().filter((id: IdType) => !keep.has(String(id))));
    handles.groups.update(groups);
  }, [groups]);

  useLayoutEffect(() => {
    const handles = handlesRef.current;
    if (!handles) return;
    // Only the differences, in one batch: vis-timeline's own queued redraw then shows the
    // new visible items together instead of laying out each one (batched-insert.ts).
    const first = handles.drawn.size === 0;
    handles.drawn = syncItems<StackedItem>(
      handles.items,
      handles.drawn,
      items,
      first ? firstBatch : batch,
    );
    // A removed and re-added item loses its highlight, so the selection is re-applied.
    applySelection(handles, store.getState().selectedEventId);
  }, [items, store]);

  useEffect(() => {
    if (windowOrigin === 'timeline') return;
    handlesRef.current?.timeline.setWindow(timeWindow.startMs, timeWindow.endMs, {
      animation: false,
    });
  }, [timeWindow, windowOrigin]);

  useEffect(() => {
    const handles = handlesRef.current;
    if (handles) applySelection(handles, selectedEventId);
  }, [selectedEventId]);

  // vis-timeline does not scroll to a selected item; a click on the timeline is already in
  // view, every other origin (map, list, keys, link) may not be. focus() also scrolls the
  // lanes vertically; zoom: false keeps the width unless the event is longer than the window.
  useEffect(() => {
    const handles = handlesRef.current;
    // Before the first items are placed (`measured`) there is nothing to scroll to yet.
    if (!handles || !measured || selectionOrigin === 'timeline' || selectedEventId === null) return;
    const event = findEvent(dataset, selectedEventId);
    if (!event || handles.items.get(event.id) === null) return;
    const { timeline } = handles;
    const current = readWindow(timeline);
    // Dates already in the window: at most the lanes need scrolling. (vis-timeline's list of
    // visible items now holds only the lanes in sight, as items are drawn in one batch.)
    if (isEventInView(event, current)) {
      return revealItemVertically(
        timeline,
        containerRef.current,
        event.id,
        () => handlesRef.current === handles,
      );
    }
    const animation = prefersReducedMotion()
      ? false
      : { duration: 400, easingFunction: 'easeInOutQuad' as const };
    timeline.focus(event.id, { zoom: false, animation });
  }, [dataset, measured, selectedEventId, selectionOrigin]);

  // A site chosen elsewhere (map, panel, link): scroll its lane into sight by revealing
  // its first event in the current window.
  useEffect(() => {
    const handles = handlesRef.current;
    if (
      !handles ||
      !measured ||
      selectionOrigin === 'timeline' ||
      selectedSiteId === null ||
      selectedEventId !== null
    )
      return;
    const current = readWindow(handles.timeline);
    const first = events.find(
      (event) => event.siteId === selectedSiteId && isEventInView(event, current),
    );
    if (!first) return;
    return revealItemVertically(
      handles.timeline,
      containerRef.current,
      first.id,
      () => handlesRef.current === handles,
    );
  }, [events, measured, selectedSiteId, selectedEventId, selectionOrigin]);

  // A new placement of the items (the window, the filters or the timeline's size changed)
  // moves the marks the list was about: it closes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `items` is what closes it.
  useEffect(() => setPile(null), [items]);
  const closePile = useCallback(() => {
    setPile(null);
    // The list is inside the region: the focus comes back from it to the region itself.
    containerRef.current?.closest<HTMLElement>('.timeline-region')?.focus({ preventScroll: true });
  }, []);
  const choosePiled = useCallback(
    (event: AtlasEvent) => {
      closePile();
      dispatch({
        type: 'select-event',
        eventId: event.id,
        siteId: event.siteId,
        origin: 'timeline',
      });
    },
    [closePile, dispatch],
  );
  const piledEvents = useMemo(
    () =>
      (pile?.ids ?? [])
        .map((id) => findEvent(dataset, id))
        .filter((event): event is AtlasEvent => event !== undefined)
        .sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs),
    [pile, dataset],
  );

  function run(command: TimelineCommand, origin: ChangeOrigin) {
    const action = commandAction(command, events, selectedEventId, timeWindow, origin);
    if (action) dispatch(action);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const command = commandForKey(event.key);
    if (!command) return;
    event.preventDefault();
    run(command, 'keyboard');
  }

  return (
    <div className="timeline" data-testid="timeline">
      <div className="timeline-bar">
        <TimelineToolbar onCommand={(command) => run(command, 'panel')} />
        <TimelineLegend />
        <p className="timeline-hint" data-testid="timeline-hint">
          <span className="timeline-hint-wheel">{strings.timelineWheelHint}</span>
          <span className="timeline-hint-touch">{strings.timelineTouchHint}</span>
        </p>
      </div>
      <p id={helpId} className="visually-hidden">
        {strings.timelineHelp}
      </p>
      <section
        className="timeline-region"
        data-testid="timeline-keyboard-region"
        aria-label={strings.timelineLabel}
        aria-describedby={helpId}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the region itself takes the arrow, +/− and Home/End keys.
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <div className="timeline-canvas">
          <div ref={containerRef} className="timeline-host" />
          {pile && piledEvents.length > 0 && (
            <TimelinePileMenu
              events={piledEvents}
              at={pile.at}
              onChoose={choosePiled}
              onClose={closePile}
            />
          )}
          {wheelHintShown && (
            <p className="timeline-wheel-hint" aria-hidden="true" data-testid="timeline-wheel-hint">
              {embedStrings.timelineHint}
            </p>
          )}
        </div>
      </section>
    </div>
  );
}
