/**
 * Pure mapping from dataset events to what the timeline draws, and the window arithmetic behind the
 * zoom, pan and fit controls. No DOM, no vis-timeline: tested in Node.
 */
import {
  countStarting,
  holds,
  eventsIn,
  interval,
  isInferred,
  PHONE_EDGE_SHARE,
  type DateDisplay,
  type Lang,
  type TimeIndex,
  type EventHead,
  timeIndexOf,
} from '../../domain';
import type { TimeWindow } from '../../state';
import { dataText } from '../../i18n';

const DAY = 86_400_000;

export interface ItemModel {
  readonly id: string;
  readonly start: number;
  readonly end?: number;
  /**
   * A box marks the event; a background band shows the whole period a month, year or span covers.
   */
  readonly type: 'box' | 'background';
  readonly group: string;
  readonly className: string;
  /** Shown as text (never HTML) by the item template. */
  readonly label: string;
  readonly tooltip: string;
}

export interface LaneModel {
  readonly id: string;
  readonly label: string;
  readonly order: number;
}

/** Events sorted by start, then end, then id: the order of the list and of keyboard stepping. */
export function chronological<E extends EventHead>(events: readonly E[]): readonly E[] {
  // Sorting a large dataset takes a while: once per list (it can start before the list is shown).
  return timeIndexOf(events).events;
}

/** The id of the band drawn behind an event whose date is a period. */
export const periodId = (eventId: string): string => `${eventId}~period`;

/**
 * One box per event, at the day it happened or the middle of the period its date names. A month, a
 * year or a span of days also gets a band over the whole period in its lane, so an analyst sees how
 * precisely the date is known. Dates the text does not state carry `basis-derived` (drawn dashed).
 */
export function toItems(
  events: readonly EventHead[],
  lang: Lang,
  describe: (e: EventHead) => string,
  laneOf: (e: EventHead) => string = (e) => e.kind,
  extraClass: (e: EventHead) => string = () => '',
  /** The digits a title's numbers take in Arabic, as everywhere else in the view. */
  display?: DateDisplay,
): ItemModel[] {
  const items: ItemModel[] = [];
  for (const e of events) {
    const span = interval(e.start, e.end);
    if (span === null) continue;
    const isPeriod = e.precision !== 'day' || e.end !== undefined;
    const basis = isInferred(e.basis) ? 'basis-derived' : 'basis-stated';
    const extra = extraClass(e);
    const classes = `kind-${e.kind} precision-${e.precision} ${basis} basis-${e.basis}${isPeriod ? ' period' : ''}${extra === '' ? '' : ` ${extra}`}`;
    const group = laneOf(e);
    items.push({
      id: e.id,
      start: (span.start + span.end) / 2,
      type: 'box',
      group,
      className: classes,
      label: dataText(e.title[lang], lang, display),
      // The whole title first: a box may be too narrow for it.
      tooltip: `${dataText(e.title[lang], lang, display)}\n${describe(e)}`,
    });
    if (isPeriod) {
      items.push({
        id: periodId(e.id),
        start: span.start,
        end: span.end,
        type: 'background',
        group,
        className: `period-band kind-${e.kind}`,
        // Named in its lane, and in full in its tooltip, even where its box is out of view: a band
        // alone is no unlabelled strip of colour (review 10, S3-13).
        label: dataText(e.title[lang], lang, display),
        tooltip: `${dataText(e.title[lang], lang, display)}\n${describe(e)}`,
      });
    }
  }
  return items;
}

/** The lanes that have events, in the dataset's order: of its kinds, or of its sides. */
export function toLanes(
  events: readonly EventHead[],
  label: (lane: string) => string,
  laneOf: (e: EventHead) => string,
  order: readonly string[],
): LaneModel[] {
  const present = new Set(events.map(laneOf));
  return order.filter((k) => present.has(k)).map((k, i) => ({ id: k, label: label(k), order: i }));
}

/** The story's first view and the window around a set of events live in the domain (shared with the decks). */
export { coreWindow, windowAround } from '../../domain';

/** Zooms around the centre: factor < 1 zooms in, > 1 out, within [minSpan, maxSpan]. */
export function zoomWindow(
  w: TimeWindow,
  factor: number,
  minSpan = DAY,
  maxSpan = 200 * 365 * DAY,
): TimeWindow {
  return zoomAround(w, factor, (w.from + w.to) / 2, minSpan, maxSpan);
}

/**
 * Zooms keeping `anchor` (a time) at the same place on screen: factor < 1 zooms in, > 1 out, within
 * [minSpan, maxSpan]. With the anchor in the middle this is `zoomWindow`.
 */
export function zoomAround(
  w: TimeWindow,
  factor: number,
  anchor: number,
  minSpan = DAY,
  maxSpan = 200 * 365 * DAY,
): TimeWindow {
  const span = Math.min(maxSpan, Math.max(minSpan, (w.to - w.from) * factor));
  const at = w.to === w.from ? 0.5 : (anchor - w.from) / (w.to - w.from);
  const from = anchor - span * at;
  return { from, to: from + span };
}

/** Moves the window by a fraction of its width; positive goes later in time. */
export function panWindow(w: TimeWindow, fraction: number): TimeWindow {
  const d = (w.to - w.from) * fraction;
  return { from: w.from + d, to: w.to + d };
}

/** Half a desk's box (12rem on an axis of some 1,000 px and more), as a share of the window. */
export const DESK_EDGE_SHARE = 0.12;

/**
 * The share of the window an event brought into view keeps free beside it: half a box, a phone's
 * (a quarter of its axis, `PHONE_EDGE_SHARE`) or a desk's.
 */
export const edgeShareFor = (phone: boolean): number => (phone ? PHONE_EDGE_SHARE : DESK_EDGE_SHARE);

/**
 * The one rule for bringing an event into view, on a phone or a desk: a selection, a link, the nearest
 * event either side of an empty stretch, a corpus's event once fetched. The window is moved (not
 * resized) so that `span` and half a box beside it are inside; unchanged if they already are.
 */
export const frameEvent = (
  w: TimeWindow,
  span: { readonly start: number; readonly end: number },
  phone: boolean,
): TimeWindow => bringIntoView(w, span.start, span.end, edgeShareFor(phone));

/**
 * The window moved (not resized) so that `[start, end)` is inside it with `edge` of the window free
 * beside it, or unchanged if it already is. Asked through `frameEvent`, which knows the device's share.
 */
export function bringIntoView(w: TimeWindow, start: number, end: number, edge: number): TimeWindow {
  const span = w.to - w.from;
  const inset = span * edge;
  if (start >= w.from + inset && end <= w.to - inset) return w;
  if (end - start > span * 0.9) return { from: start - span * 0.1, to: start + span * 0.9 };
  const mid = (start + end) / 2;
  return { from: mid - span / 2, to: mid + span / 2 };
}

/** The window moved (not resized) so that `[start, end)` sits in its middle. */
export function centerOn(w: TimeWindow, start: number, end: number): TimeWindow {
  const span = w.to - w.from;
  const mid = (start + end) / 2;
  return { from: mid - span / 2, to: mid + span / 2 };
}

/** The id `step` places after (or before, negative) `current` in `ordered`; the ends clamp. */
export function stepThrough(
  ordered: readonly { id: string }[],
  current: string | null,
  step: number,
): string | null {
  if (ordered.length === 0) return null;
  const i = current === null ? -1 : ordered.findIndex((e) => e.id === current);
  if (i === -1) return (step >= 0 ? ordered[0] : ordered[ordered.length - 1])?.id ?? null;
  const j = Math.min(ordered.length - 1, Math.max(0, i + step));
  return ordered[j]?.id ?? null;
}

/** More events than this starting in and around the window are drawn as density, not one by one. */
export const MAX_ITEMS = 200;

/** Whether a window is drawn as density, or else the period whose events go one by one. */
export type WindowPlan =
  { readonly dense: true } | { readonly dense: false; readonly from: number; readonly to: number };

/**
 * The rule for what a window holds, whatever counts the events (an index in memory, a corpus's
 * density levels): more than `max` events starting in the window and half a window either side draws
 * density; otherwise the events of half a window either side go one by one, or of a whole window
 * either side when that still holds at most twice `max`, so that panning and zooming in need no new
 * items. `count(from, to)` is how many events start in [from, to).
 */
export function planByCount(
  count: (from: number, to: number) => number,
  from: number,
  to: number,
  max = MAX_ITEMS,
): WindowPlan {
  const span = to - from;
  if (count(from - span / 2, to + span / 2) > max) return { dense: true };
  const margin = count(from - span, to + span) <= 2 * max ? span : span / 2;
  return { dense: false, from: from - margin, to: to + margin };
}

export interface WindowItemsOptions {
  readonly lang: Lang;
  readonly describe: (e: EventHead) => string;
  readonly laneOf: (e: EventHead) => string;
  readonly extraClass?: (e: EventHead) => string;
  readonly display?: DateDisplay;
  /** Always drawn on its own, even among density bars. */
  readonly selected: EventHead | null;
  readonly maxItems?: number;
}

export interface WindowContent {
  readonly items: ItemModel[];
  /** True when the window holds too many events to show one by one: lanes show density instead. */
  readonly dense: boolean;
  /** The period whose events `items` holds one by one (empty when dense). */
  readonly from: number;
  readonly to: number;
}

/**
 * What the timeline should hold for a window of a dataset in memory (`planByCount`'s rule): the events
 * one by one, or only the selected event while the lanes draw how many events each period holds (see
 * `density` in the domain).
 */
export function windowItems(
  index: TimeIndex,
  from: number,
  to: number,
  o: WindowItemsOptions,
): WindowContent {
  const plan = planByCount((a, b) => countStarting(index, a, b), from, to, o.maxItems);
  if (plan.dense) {
    // Drawn only if the filters let it through, i.e. if the index holds it.
    const shown = o.selected !== null && holds(index, o.selected);
    return {
      items: shown
        ? toItems([o.selected as EventHead], o.lang, o.describe, o.laneOf, o.extraClass, o.display)
        : [],
      dense: true,
      from: 0,
      to: 0,
    };
  }
  const hits = eventsIn(index, plan.from, plan.to);
  return {
    items: toItems(
      hits.map((i) => index.events[i] as EventHead),
      o.lang,
      o.describe,
      o.laneOf,
      o.extraClass,
      o.display,
    ),
    dense: false,
    from: plan.from,
    to: plan.to,
  };
}

/**
 * `windowItems` that hands back its last answer while nothing but the window changed and the new
 * window still lies inside what that answer covers: a pan or a zoom in then changes no item at all.
 * `key` lists everything besides the window that the items depend on.
 */
export function createWindowItems(): (
  index: TimeIndex,
  from: number,
  to: number,
  o: WindowItemsOptions,
  key: readonly unknown[],
) => WindowContent {
  let last: { content: WindowContent; key: readonly unknown[] } | null = null;
  return (index, from, to, o, key) => {
    const same = last !== null && last.key.length === key.length && last.key.every((k, i) => k === key[i]);
    if (same && last !== null && !last.content.dense && from >= last.content.from && to <= last.content.to)
      return last.content;
    const content = windowItems(index, from, to, o);
    last = { content, key };
    return content;
  };
}
