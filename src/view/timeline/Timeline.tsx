/**
 * The one place that touches vis-timeline: a thin wrapper in the manner of an imperative engine inside
 * a React component. The engine is created in a mount effect and destroyed in the cleanup; later
 * changes (items, window, selection) go through their own effects; callbacks are read through a ref so
 * a new prop never rebuilds the engine. The exception is direction: vis-timeline cannot switch `rtl`
 * at run time (items land off-canvas), so the parent keys this component on the direction and a new
 * engine is built with the current window.
 */
import { useEffect, useRef } from 'react';
import moment from 'moment';
import { DataSet } from 'vis-data/esnext';
import { Timeline as VisTimeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { sameWindow, type TimeWindow } from '../../state';
import type { AxisScale } from '../../i18n';
import type { ItemModel, LaneModel } from './model';
import { createDensityLayer, type DensityLayer, type DensityModel } from './density-layer';
import { itemLabelElement } from './item-label';
import { cellWidth } from './axis-fit';
import { fitEdgeLabels } from './edge-labels';
import { clipUnderAxis, hideCutBoxes, hideCutNames, laneStartShift, stickLaneNames } from './pin';

export interface TimelineProps {
  readonly items: readonly ItemModel[];
  readonly lanes: readonly LaneModel[];
  readonly rtl: boolean;
  readonly window: TimeWindow;
  /** The outer bounds the user can pan and zoom to. */
  readonly bounds: TimeWindow;
  readonly selectedId: string | null;
  /** Set when the window holds too many events to draw one by one: lanes show density instead. */
  readonly density: DensityModel | null;
  /** `room`: a minor label's cell width in pixels, where the scale has one (months, years). */
  readonly axisLabel: (ms: number, scale: AxisScale, major: boolean, room?: number, step?: number) => string;
  readonly onSelect: (id: string | null) => void;
  readonly onWindowChange: (w: TimeWindow) => void;
  /** A density bar was chosen: show the period it counts. */
  readonly onZoomTo: (w: TimeWindow) => void;
  readonly onReady: () => void;
  /**
   * Keep the selected box inside the scrolling parent's visible area after every redraw, with the
   * axis pinned at its top (presentation: the strip is shorter than its lanes).
   */
  readonly revealSelected?: boolean;
  /**
   * Keep the axis at the top of the scrolling parent's visible area as the lanes scroll under it (a
   * desk's full timeline), without the strip's keeping of the selected box.
   */
  readonly pinAxis?: boolean;
  /** After every redraw of the engine (lanes may have grown or moved). */
  readonly onRedraw?: () => void;
  /** Words vis-timeline itself shows (it has no Arabic of its own). */
  readonly engineLocale: { readonly code: string; readonly current: string; readonly time: string };
}

type VisItem = ItemModel & { content: string };
type LaneRow = { id: string; content: string; label: string; order: number };
const laneRow = (l: LaneModel): LaneRow => ({ id: l.id, content: '', label: l.label, order: l.order });

const DAY = 86_400_000;
/** A time no window reaches (Date's range ends at ±8.64e15 ms). */
const PARKED = -8e15;

/**
 * The bounds widened to hold `w` (itself if it already does): the user pans and zooms within the
 * bounds, but a window the app asks for (a fit, a strip that shows its box whole, an address) is shown
 * whole, and the user may pan within it too.
 */
export function boundsHolding(bounds: TimeWindow, w: TimeWindow): TimeWindow {
  if (w.from >= bounds.from && w.to <= bounds.to) return bounds;
  return { from: Math.min(bounds.from, w.from), to: Math.max(bounds.to, w.to) };
}

/** The engine's limits set to hold the window it is about to show. */
function holdIn(t: VisTimeline, limits: { current: TimeWindow }, w: TimeWindow): void {
  const held = boundsHolding(limits.current, w);
  if (held === limits.current) return;
  limits.current = held;
  t.setOptions({ min: held.from, max: held.to, zoomMax: held.to - held.from });
}

/**
 * Pins the axis at the top of the scrolling parent's visible area (or frees it). A strip also hides
 * the boxes its lower edge or sides cut and the lane names its lower edge cuts; the full timeline
 * only those its axis cuts (a box half in view at the foot or a side says that there is more).
 */
function pinAxisIn(el: HTMLElement | null, on: boolean, strip = on): void {
  const axis = el?.querySelector<HTMLElement>('.vis-panel.vis-top');
  const pane = el?.parentElement;
  if (el == null || axis == null || pane == null) return;
  axis.style.transform = on ? `translateY(${pane.scrollTop}px)` : '';
  clipUnderAxis(el, pane.scrollTop, on);
  const top = pane.getBoundingClientRect().top + pane.clientTop;
  const below = top + axis.offsetHeight;
  const foot = strip ? top + pane.clientHeight : Infinity;
  stickLaneNames(el, below, on);
  hideCutBoxes(el, below, foot, on, strip);
  hideCutNames(el, below, foot, on);
}

/**
 * Scrolls the parent just enough that the selected box is in view (below the axis when it is pinned).
 * Returns whether the box was there to reveal.
 */
function revealIn(el: HTMLElement | null, on: boolean, pinned: boolean, axisPinned = pinned): boolean {
  const pane = el?.parentElement;
  if (!on || el == null || pane == null) return false;
  const box = el.querySelector<HTMLElement>('.vis-item.vis-box.vis-selected');
  if (box === null) return false;
  const b = box.getBoundingClientRect();
  const p = pane.getBoundingClientRect();
  const axis = axisPinned ? (el.querySelector<HTMLElement>('.vis-panel.vis-top')?.offsetHeight ?? 0) : 0;
  const margin = 6;
  const top = p.top + pane.clientTop + axis + margin;
  const bottom = p.top + pane.clientTop + pane.clientHeight - margin;
  if (b.top < top) pane.scrollTop -= top - b.top;
  else if (b.bottom > bottom) pane.scrollTop += Math.min(b.bottom - bottom, b.top - top);
  // In a strip, no sliver of the lane above that is too short for its name: the box's lane starts
  // under the axis (a two-line Arabic lane name after a language switch, S3 #9).
  if (pinned) pane.scrollTop += laneStartShift(el, box, top - margin);
  pinAxisIn(el, axisPinned, pinned);
  return true;
}

/** Scrolls the lanes (the engine's scrolling parent) to `top`. */
function scrollLanesTo(el: HTMLElement | null, top: number): void {
  const pane = el?.parentElement;
  if (pane != null) pane.scrollTop = top;
}

/**
 * An axis label whose words the panel's side would cut (a year whose tick lies just outside the window,
 * "2021" shown as "21") is hidden: a part of a date reads as another date (S3 #12). The words are
 * measured, not the label: the engine gives a minor label the width of its whole cell, so a month
 * whose cell runs past the window's end ("September" on a story of one week, its name whole at the
 * cell's start) was hidden too, and a short story's axis named no month at all.
 */
function hideCutLabels(el: HTMLElement | null): void {
  const axis = el?.querySelector('.vis-panel.vis-top');
  if (axis == null) return;
  const a = axis.getBoundingClientRect();
  const words = document.createRange();
  for (const label of axis.querySelectorAll<HTMLElement>('.vis-text')) {
    label.style.visibility = '';
    words.selectNodeContents(label);
    const r = words.getBoundingClientRect();
    if (r.width > 0 && (r.left < a.left - 0.5 || r.right > a.right + 0.5)) label.style.visibility = 'hidden';
  }
}

/** Whether the engine's report is the window asked for (`sameWindow`: the engine rounds to the second). */
const near = (e: { start: Date; end: Date }, w: TimeWindow): boolean =>
  sameWindow({ from: e.start.valueOf(), to: e.end.valueOf() }, w);

/** In a strip, a selected box cut by the panel's side moves the window just enough to show it whole. */
function keepWholeIn(
  t: VisTimeline | null,
  el: HTMLElement | null,
  rtl: boolean,
  limits: { current: TimeWindow },
): void {
  const box = el?.querySelector('.vis-item.vis-box.vis-selected')?.getBoundingClientRect();
  const centre = el?.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
  if (t === null || box === undefined || centre === undefined) return;
  const margin = 6;
  if (box.width > centre.width - 2 * margin) return;
  const px =
    box.right > centre.right
      ? box.right - centre.right + margin
      : box.left < centre.left
        ? box.left - centre.left - margin
        : 0;
  if (Math.abs(px) < 1) return;
  const w = t.getWindow();
  const ms = (px / centre.width) * (w.end.valueOf() - w.start.valueOf()) * (rtl ? -1 : 1);
  const moved = { from: w.start.valueOf() + ms, to: w.end.valueOf() + ms };
  holdIn(t, limits, moved);
  t.setWindow(moved.from, moved.to, { animation: false });
}

/** Whether the axis is pinned, and whether as a strip's (which also keeps the selected box whole). */
const pinOf = (p: TimelineProps): { strip: boolean; axis: boolean } => {
  const strip = p.revealSelected === true;
  return { strip, axis: strip || p.pinAxis === true };
};

/** How long after a new selection the redraws that move its box keep it in view (a window's animation). */
const REVEAL_FOR = 1200;
/** How long the window takes to move to one the app asks for. */
const MOVE_FOR = 250;

export function Timeline(props: TimelineProps): React.JSX.Element {
  const container = useRef<HTMLDivElement>(null);
  const engine = useRef<VisTimeline | null>(null);
  const items = useRef(new DataSet<VisItem, 'id'>());
  const groups = useRef(new DataSet<LaneRow, 'id'>());
  /** Each item's signature as the engine last had it (see the items effect). */
  const drawn = useRef(new Map<string, string>());
  /** The lanes the engine last had. */
  const drawnLanes = useRef<readonly LaneModel[] | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const ready = useRef(false);
  /** A window asked for before the first draw, applied once it is done. */
  const pending = useRef<TimeWindow | null>(null);
  /** The engine's pan and zoom limits: the bounds, widened to hold any window the app has asked for. */
  const limits = useRef<TimeWindow>(props.bounds);
  const layer = useRef<DensityLayer | null>(null);
  const paint = (): void => {
    const t = engine.current;
    if (t === null || layer.current === null) return;
    const w = t.getWindow();
    const p = latest.current;
    layer.current.draw(p.density, { start: w.start.valueOf(), end: w.end.valueOf() }, p.rtl);
  };

  /** How far the full timeline's lanes were scrolled, for when a strip gives the pane back. */
  const fullTop = useRef(0);
  const pinAxis = (): void => {
    const pin = pinOf(latest.current);
    pinAxisIn(container.current, pin.axis, pin.strip);
  };

  /** Until when a new selection's box is followed through redraws, vertically as well as in time. */
  const revealUntil = useRef(0);
  /**
   * Whether the window is moving to one the app asked for. A box cut at the side meanwhile waits for the
   * move's end: moving it then would stop the move where it had got to, and the next zoom or pan would
   * start from there instead of from the window asked for (four quick presses of − zoomed out less).
   */
  const moving = useRef(false);
  const moveEnd = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /**
   * The window the app last asked the engine to move to, until the move ends or the user takes over:
   * a move stopped by the next one reports where it had got to, which is not a window anyone asked for.
   */
  const asked = useRef<TimeWindow | null>(null);
  const reveal = (): void => {
    const pin = pinOf(latest.current);
    const shown = revealIn(
      container.current,
      pin.strip || performance.now() < revealUntil.current,
      pin.strip,
      pin.axis,
    );
    if (!shown) pinAxisIn(container.current, pin.axis, pin.strip);
    if (pin.strip && ready.current && !moving.current)
      keepWholeIn(engine.current, container.current, latest.current.rtl, limits);
  };

  /**
   * The items given again as they are: the engine measures them anew and stacks their lanes again (a
   * redraw alone measures but keeps the old stacking). All items when none are named.
   */
  const restack = (ids?: readonly string[]): void => {
    const ds = items.current;
    const again = ids === undefined ? ds.get() : ds.get([...ids]);
    if (again.length > 0) ds.update(again);
  };

  // Created once per mount (and per direction, through the parent's key).
  useEffect(() => {
    const el = container.current;
    if (el === null) return;
    const p = latest.current;
    const first = p.window;
    limits.current = boundsHolding(p.bounds, first);
    // The engine starts with no items: the items effect below adds them all in one batch, parked, then
    // moves them to their dates, so the first draw draws them together. Items given here were drawn
    // and measured one by one, then given again by that effect (a second full pass).
    items.current = new DataSet<VisItem, 'id'>();
    drawn.current = new Map();
    groups.current = new DataSet(p.lanes.map(laneRow));
    drawnLanes.current = p.lanes;
    // A minor label is told its cell's width, so that it can take a form that fits (axis-fit.ts).
    const room = (scale: AxisScale, step: number): number | undefined => {
      const t = engine.current;
      const centre = el.querySelector('.vis-panel.vis-center');
      if (t === null || centre === null) return undefined;
      const w = t.getWindow();
      const span = w.end.valueOf() - w.start.valueOf();
      return span > 0 ? cellWidth(scale, step, centre.clientWidth / span) : undefined;
    };
    const label = (scale: string, major: boolean) => (date: Date | moment.Moment, step?: number) =>
      latest.current.axisLabel(
        date.valueOf(),
        scale as AxisScale,
        major,
        major ? undefined : room(scale as AxisScale, step ?? 1),
        step ?? 1,
      );
    const options: TimelineOptions = {
      rtl: p.rtl,
      start: first.from,
      end: first.to,
      min: limits.current.from,
      max: limits.current.to,
      zoomMin: DAY,
      zoomMax: limits.current.to - limits.current.from,
      moment: (date: moment.MomentInput) => moment(date).utc(),
      locale: p.engineLocale.code,
      locales: { [p.engineLocale.code]: { current: p.engineLocale.current, time: p.engineLocale.time } },
      format: {
        minorLabels: (date: Date, scale: string, step?: number) => label(scale, false)(date, step),
        majorLabels: (date: Date, scale: string) => label(scale, true)(date),
      },
      orientation: { axis: 'top', item: 'top' },
      // A plain wheel scrolls (the page or the lanes); Ctrl with the wheel, or a pinch, zooms.
      zoomKey: 'ctrlKey',
      stack: true,
      selectable: true,
      multiselect: false,
      editable: false,
      showCurrentTime: false,
      showTooltips: false,
      groupOrder: 'order',
      // Marks each item element with data-id (a validated id), for tests and for styling.
      dataAttributes: ['id'],
      margin: { item: { horizontal: 8, vertical: 6 }, axis: 8 },
      // The engine grows to its lanes and the focusable pane around it scrolls: a scrolling panel
      // inside vis-timeline could not be reached by keyboard.
      verticalScroll: false,
      minHeight: '100%',
      template: (item?: VisItem) => itemLabelElement(item?.label ?? '', item?.tooltip),
      groupTemplate: (group?: { id: string; label: string }) => {
        const label = itemLabelElement(group?.label ?? '');
        // Where the density layer finds each lane's row.
        label.dataset.lane = group?.id ?? '';
        return label;
      },
      onInitialDrawComplete: () => {
        const t = engine.current;
        if (t === null) return;
        ready.current = true;
        // A window asked for before the first draw (a presentation centring its event) was held
        // back, and the engine may have reported its own since: apply the one asked for now.
        const asked = pending.current;
        const want = asked;
        pending.current = null;
        if (want !== null) {
          holdIn(t, limits, want);
          t.setWindow(want.from, want.to, { animation: false });
        }
        const w = t.getWindow();
        latest.current.onWindowChange(want ?? { from: w.start.valueOf(), to: w.end.valueOf() });
        latest.current.onReady();
        // The redraws before this one could not move the window: a strip's box cut at the side now can.
        reveal();
      },
    };
    const timeline = new VisTimeline(el, items.current, groups.current, options);
    engine.current = timeline;
    const density = createDensityLayer(el);
    layer.current = density;
    if (p.selectedId !== null) timeline.setSelection([p.selectedId]);
    // The density bar under a pointer event, if any.
    const barOf = (event: Event) => {
      if (latest.current.density === null) return null;
      const at = timeline.getEventProperties(event) as {
        group?: string | number | null;
        time: Date;
        item?: unknown;
      };
      return at.item != null || at.group == null ? null : density.barAt(String(at.group), at.time.valueOf());
    };
    timeline.on('select', (e: { items: (string | number)[]; event: Event }) => {
      const id = e.items[0];
      if (id === undefined && barOf(e.event) !== null) {
        // A click on a density bar zooms in (below); it does not clear the selection.
        const selected = latest.current.selectedId;
        timeline.setSelection(selected === null ? [] : [selected]);
        return;
      }
      latest.current.onSelect(id === undefined ? null : String(id));
    });
    timeline.on('click', (e: { event: Event }) => {
      const bar = barOf(e.event);
      if (bar === null) return;
      const pad = (bar.to - bar.from) * 0.1;
      latest.current.onZoomTo({ from: bar.from - pad, to: bar.to + pad });
    });
    // A touch pan begins on the move that crosses the engine's 5 px threshold, and the window follows
    // only from the next move on: a quick swipe, whose moves reach the page in one or two frames (the
    // browser joins the moves of a frame into one), ended with the time where it was. The move that
    // begins a pan moves the window too (the engine's drag counts from where the finger went down).
    timeline.on('panstart', (e: unknown) => {
      const engineEvents: object = timeline;
      if ('emit' in engineEvents && typeof engineEvents.emit === 'function') engineEvents.emit('panmove', e);
    });
    // The engine emits 'changed' after every redraw: a drag or a zoom repaints the bars in step.
    timeline.on('changed', () => {
      hideCutLabels(el);
      paint();
      reveal();
      fitEdgeLabels(el);
      latest.current.onRedraw?.();
    });
    const pane = el.parentElement;
    const onPaneScroll = (): void => {
      if (pane !== null && !pinOf(latest.current).strip) fullTop.current = pane.scrollTop;
      pinAxis();
    };
    pane?.addEventListener('scroll', onPaneScroll);
    const centrePanel = el.querySelector<HTMLElement>('.vis-panel.vis-center');
    const hover = (event: MouseEvent): void => {
      const bar = barOf(event);
      const tip = bar === null ? '' : (latest.current.density?.describe(bar.count, bar.from, bar.to) ?? '');
      if (centrePanel === null) return;
      if (tip === '') centrePanel.removeAttribute('title');
      else if (centrePanel.title !== tip) centrePanel.title = tip;
      el.classList.toggle('over-bar', tip !== '');
    };
    el.addEventListener('mousemove', hover);
    timeline.on('rangechanged', (e: { start: Date; end: Date; byUser?: boolean }) => {
      // vis-timeline finishes its first draw on the first redraw after its first (debounced)
      // rangechanged; without a nudge that redraw waits for its one-second resize poll. Until then
      // the engine only repeats the constructor's window, late: the app hears the window once the
      // first draw is done, so a window asked for meanwhile is not undone.
      if (!ready.current) {
        timeline.redraw();
        return;
      }
      // The engine reports some changes 200 ms late, with the window as it was then: a report that no
      // longer matches the window (another change has started since) is stale, and dropped.
      const now = timeline.getWindow();
      if (now.start.valueOf() !== e.start.valueOf() || now.end.valueOf() !== e.end.valueOf()) return;
      // While a move the app asked for is under way, only its end is news: a quick second + or − must
      // step from the first one's target, not from where the first one's move had got to.
      const target = asked.current;
      if (e.byUser === true) asked.current = null;
      else if (target !== null && !near(e, target)) return;
      latest.current.onWindowChange({ from: e.start.valueOf(), to: e.end.valueOf() });
    });
    // The engine holds its first draw until it reports the window as settled, which it does only
    // after a 200 ms debounce; the window given to the constructor is settled already, so say so now.
    // `emit` is the engine's own (component-emitter), not in its typings: reached by a guard, not a cast.
    const vis: object = timeline;
    if ('emit' in vis && typeof vis.emit === 'function')
      vis.emit('rangechanged', {
        start: new Date(first.from),
        end: new Date(first.to),
        byUser: false,
      });
    // Focusable content in items makes the browser scroll the clipped centre panel sideways, so
    // items drift away from the axis; undo any such scroll (see vis-timeline notes, accessibility).
    const centre = el.querySelector<HTMLElement>('.vis-panel.vis-center');
    const unscroll = (): void => {
      if (centre !== null && centre.scrollLeft !== 0) centre.scrollLeft = 0;
    };
    centre?.addEventListener('scroll', unscroll);
    return () => {
      clearTimeout(moveEnd.current);
      centre?.removeEventListener('scroll', unscroll);
      pane?.removeEventListener('scroll', onPaneScroll);
      el.removeEventListener('mousemove', hover);
      density.destroy();
      layer.current = null;
      engine.current = null;
      ready.current = false;
      timeline.destroy();
      el.replaceChildren();
    };
  }, []);

  // Items: one batched update of the same DataSet, never a rebuild, touching only what changed.
  useEffect(() => {
    const ds = items.current;
    const signature = (i: ItemModel): string =>
      `${i.start}|${i.end ?? ''}|${i.group}|${i.className}|${i.label}|${i.tooltip}`;
    const held = new Set(ds.getIds().map(String));
    const signatures = new Map(props.items.map((i) => [i.id, signature(i)]));
    const stale = [...held].filter((id) => !signatures.has(id));
    const changed = props.items.filter(
      (i) => !held.has(i.id) || drawn.current.get(i.id) !== signatures.get(i.id),
    );
    if (stale.length > 0) ds.remove(stale);
    // vis-timeline draws and measures each new item in view the moment it is added, one forced
    // layout per item; items it finds in view on its next redraw are drawn together, with one.
    // So new items arrive parked far outside any window and move to their dates in a second step.
    const fresh = changed.filter((i) => !held.has(i.id));
    if (fresh.length > 0)
      ds.add(
        fresh.map((i) => ({
          ...i,
          content: '',
          start: PARKED,
          ...(i.end === undefined ? {} : { end: PARKED + 1 }),
        })),
      );
    if (changed.length > 0) ds.update(changed.map((i) => ({ ...i, content: '' })));
    drawn.current = signatures;
  }, [props.items]);

  // Lanes follow the filters and the grouping: an item whose lane is missing would not be drawn.
  useEffect(() => {
    // The lanes the engine was just built with are not given again (each giving is a full redraw).
    if (drawnLanes.current === props.lanes) return;
    drawnLanes.current = props.lanes;
    const ds = groups.current;
    const next = new Map(props.lanes.map((l) => [l.id, laneRow(l)]));
    const stale = ds.getIds().filter((id) => !next.has(String(id)));
    if (stale.length > 0) ds.remove(stale);
    ds.update([...next.values()]);
  }, [props.lanes]);

  // Density follows the data and the filters; the engine's own redraws repaint it too.
  useEffect(() => {
    const el = container.current;
    const dense = props.density !== null;
    if (el !== null && el.classList.contains('dense') !== dense) {
      // Lanes are taller in density mode: the engine measures them again and then repaints.
      el.classList.toggle('dense', dense);
      if (ready.current) engine.current?.redraw();
    }
    paint();
  }, [props.density]);

  // Selection from outside (list, keyboard, URL), and again when new items arrive: the selected
  // event's item may not have been in the engine yet (a link to an event far from the first window).
  const stacked = useRef<string | null>(null);
  useEffect(() => {
    const t = engine.current;
    if (t === null) return;
    // The engine keeps the id of a selected item it does not hold, but never marks the item when it
    // arrives: select again whenever the items change.
    t.setSelection(props.selectedId === null ? [] : [props.selectedId]);
    // A selected box shows its whole title, so it may grow (and the box left shrink): the engine
    // measures the box again but leaves its lane stacked as before, the taller box over the next one.
    const was = stacked.current;
    stacked.current = props.selectedId;
    if (was !== props.selectedId) restack([was, props.selectedId].filter((id): id is string => id !== null));
    reveal();
  }, [props.selectedId, props.items]);

  // A new selection (a key, the list, a search result, a link) scrolls its box into view, also
  // vertically: the lanes may be taller than the pane. Its box may arrive or move over the next redraws.
  useEffect(() => {
    if (props.selectedId === null) return;
    revealUntil.current = performance.now() + REVEAL_FOR;
    reveal();
  }, [props.selectedId]);

  // Entering or leaving presentation or the reading strip pins or frees the axis. The strip's titles
  // take fewer lines than the full timeline's: the boxes are measured and stacked again, or the taller
  // ones would overlap those under them until the next zoom. Leaving the strip, the lanes go back to
  // where the full timeline had them (the strip scrolls them to its box: Escape left them past the
  // first lane, review 13 S3-8), or, with an event still open, to its box.
  const strip = props.revealSelected === true;
  const wasStrip = useRef(strip);
  useEffect(() => {
    const left = wasStrip.current && !strip;
    wasStrip.current = strip;
    if (left) {
      if (latest.current.selectedId === null) scrollLanesTo(container.current, fullTop.current);
      else revealUntil.current = performance.now() + REVEAL_FOR;
    }
    pinAxis();
    reveal();
    if (ready.current) restack();
  }, [strip, props.pinAxis]);

  // New bounds (another dataset) replace the old limits, holding the window on screen.
  useEffect(() => {
    const t = engine.current;
    if (t === null || !ready.current) return;
    const w = t.getWindow();
    const held = boundsHolding(props.bounds, { from: w.start.valueOf(), to: w.end.valueOf() });
    if (held.from === limits.current.from && held.to === limits.current.to) return;
    limits.current = held;
    t.setOptions({ min: held.from, max: held.to, zoomMax: held.to - held.from });
  }, [props.bounds]);

  // Window from outside (controls, keyboard, URL). Options and windows wait for the first draw:
  // a change before it leaves vis-timeline's loading overlay in place for good.
  useEffect(() => {
    const t = engine.current;
    if (t === null) return;
    if (!ready.current) {
      pending.current = props.window;
      return;
    }
    const want = props.window;
    const w = t.getWindow();
    if (near(w, want)) return;
    holdIn(t, limits, want);
    const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    // The engine says when a move ends (a move stopped by another never ends): the next move, or a
    // few seconds, frees the box's keeping whole again.
    moving.current = !reduce;
    asked.current = want;
    clearTimeout(moveEnd.current);
    moveEnd.current = setTimeout(() => {
      moving.current = false;
      asked.current = null;
      reveal();
    }, MOVE_FOR * 8);
    t.setWindow(
      want.from,
      want.to,
      { animation: reduce ? false : { duration: MOVE_FOR, easingFunction: 'easeInOutQuad' } },
      () => {
        moving.current = false;
        clearTimeout(moveEnd.current);
        // Where the engine held the move short of the window asked for (its zoom limits), say where it is.
        const got = t.getWindow();
        if (asked.current !== null && !near(got, asked.current))
          latest.current.onWindowChange({ from: got.start.valueOf(), to: got.end.valueOf() });
        asked.current = null;
        // A box cut at the side while the window moved is kept whole now that the move is over (a
        // link straight to an event: its box ended under the strip's side, review 10 S3-3).
        reveal();
      },
    );
  }, [props.window]);

  return <div ref={container} className="timeline-engine" />;
}
