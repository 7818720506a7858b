/**
 * The timeline strip above a slide, laid out without a browser: every lane in a fixed height, the
 * presented event and the events nearest it labelled first, the rest labelled while room remains
 * (a label shortened to its room, else the mark alone). Distances are from the reading start edge
 * (left in English, right in Arabic); the drawing mirrors them.
 */
import { interval, type EventHead } from '../../domain';
import { ticksOf, type PictureOptions, type PictureTick } from '../timeline';

/** The picture's options (events in time order; those outside [from, to) are left out), in a fixed height. */
export interface StripOptions extends Omit<PictureOptions, 'measure'> {
  readonly height: number;
  /** The labels' type size, in pixels. */
  readonly font: number;
  /** Width of a text at that size, in pixels. */
  readonly measure: (text: string) => number;
  /** The same in bold, for the presented event's label (else `measure`). */
  readonly measureBold?: (text: string) => number;
  /** The presented event: labelled first, in full. */
  readonly focusId: string | null;
  /** Events labelled next (the briefing's), before the others. */
  readonly preferred?: ReadonlySet<string>;
}

export interface StripItem {
  readonly event: EventHead;
  /** The mark: a dot for a day, a bar for a longer period (clipped to the window). */
  readonly start: number;
  readonly end: number;
  readonly period: boolean;
  /** The label as drawn (shortened with "…" when it had to be), or null: the mark alone. */
  readonly label: string | null;
  readonly labelStart: number;
  readonly labelEnd: number;
  readonly y: number;
  readonly focus: boolean;
}

export interface StripLane {
  readonly id: string;
  readonly label: string;
  readonly y: number;
  readonly height: number;
}

export interface StripLayout {
  readonly lanes: readonly StripLane[];
  readonly items: readonly StripItem[];
  readonly ticks: readonly PictureTick[];
  readonly plotStart: number;
  readonly plotEnd: number;
  readonly axisY: number;
  readonly rowHeight: number;
  /** The drawing's height: the strip's, or more when even one row a lane does not fit. */
  readonly height: number;
}

const weight = (i: { focus: boolean; label: string | null }): number =>
  i.focus ? 2 : i.label === null ? 0 : 1;

/** A label no shorter than this many ems, or none. */
const MIN_LABEL_EM = 4;

/** `text` shortened with "…" to at most `max` pixels; null when not even a few letters fit. */
export function fitLabel(
  text: string,
  max: number,
  measure: (s: string) => number,
  font: number,
): string | null {
  if (measure(text) <= max) return text;
  if (max < MIN_LABEL_EM * font) return null;
  let lo = 0;
  let hi = text.length;
  // The longest prefix that fits with its ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}…`) <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo < 3 ? null : `${text.slice(0, lo).trimEnd()}…`;
}

/** Where the strip's lanes, marks, labels and axis go. */
export function layoutStrip(o: StripOptions): StripLayout {
  const { font, measure } = o;
  const pad = Math.round(font * 0.5);
  const gap = Math.round(font * 0.4);
  const minRow = Math.round(font * 1.45);
  const axisHeight = Math.round(font * 1.5);
  const dot = Math.round(font * 0.35);
  const laneColumn = Math.min(o.width * 0.2, Math.max(0, ...o.lanes.map((l) => measure(l.label))) + 2 * pad);
  const plotStart = laneColumn + pad;
  const plotEnd = o.width - pad;
  const span = Math.max(1, o.to - o.from);
  const at = (ms: number): number =>
    plotStart + (Math.min(Math.max(ms, o.from), o.to) - o.from) * ((plotEnd - plotStart) / span);

  const inWindow = o.events.flatMap((e) => {
    const iv = interval(e.start, e.end);
    return iv === null || iv.end <= o.from || iv.start >= o.to ? [] : [{ e, iv }];
  });
  const laneIds = new Set(o.lanes.map((l) => l.id));
  const rowsFree = Math.max(0, Math.floor((o.height - axisHeight - pad) / minRow) - o.lanes.length);
  let spare = rowsFree;
  // Each lane's rows, each row the spans [a, b] it holds.
  const rows = new Map<string, [number, number][][]>(o.lanes.map((l) => [l.id, [[]]]));
  const free = (row: [number, number][], a: number, b: number): boolean =>
    row.every(([x, y]) => b + gap <= x || a >= y + gap);

  const focusIv = inWindow.find((x) => x.e.id === o.focusId)?.iv;
  const centre = (iv: { start: number; end: number }): number => (iv.start + iv.end) / 2;
  const rank = (x: { e: EventHead; iv: { start: number; end: number } }): number =>
    x.e.id === o.focusId
      ? -1
      : focusIv !== undefined
        ? Math.abs(centre(x.iv) - centre(focusIv))
        : (o.preferred?.has(x.e.id) === true ? 0 : span) + (x.iv.start - o.from);
  const order = [...inWindow].filter((x) => laneIds.has(o.laneOf(x.e))).sort((a, b) => rank(a) - rank(b));

  const placed: (Omit<StripItem, 'y'> & { lane: string; row: number })[] = [];
  for (const { e, iv } of order) {
    const lane = o.laneOf(e);
    const laneRows = rows.get(lane) as [number, number][][];
    const start = at(iv.start);
    const end = at(iv.end);
    const period = end - start > 2 * dot;
    const markStart = period ? start : start - dot;
    const markEnd = period ? end : start + dot;
    const labelFrom = period ? start + gap / 2 : markEnd + gap / 2;
    const full = o.title(e);
    const focus = e.id === o.focusId;
    const measure = focus ? (o.measureBold ?? o.measure) : o.measure;
    // The label runs on from the mark; when it would leave the strip, it ends at the mark instead.
    const want = measure(full);
    const after = labelFrom + want <= plotEnd;
    const labelStart = after
      ? labelFrom
      : Math.max(plotStart, (period ? end - gap / 2 : markStart - gap / 2) - want);
    const room = after ? want : (period ? end - gap / 2 : markStart - gap / 2) - labelStart;
    const tryRow = (row: [number, number][], width: number): [number, number] | null => {
      const a = Math.min(markStart, labelStart);
      const b = Math.max(markEnd, labelStart + width);
      return free(row, a, b) ? [a, b] : null;
    };
    let choice: { row: number; label: string | null; width: number; at: number } | null = null;
    const label = fitLabel(full, room, measure, font);
    const width = label === null ? 0 : measure(label);
    for (let r = 0; r < laneRows.length && choice === null; r++)
      if (tryRow(laneRows[r] as [number, number][], width) !== null)
        choice = { row: r, label, width, at: labelStart };
    if (choice === null && spare > 0) {
      spare -= 1;
      laneRows.push([]);
      choice = { row: laneRows.length - 1, label, width, at: labelStart };
    }
    // Else shortened to the room after the mark in the first row that has room for the mark.
    for (let r = 0; r < laneRows.length && choice === null; r++) {
      const row = laneRows[r] as [number, number][];
      if (!free(row, markStart, markEnd)) continue;
      const limit = Math.min(plotEnd, ...row.filter(([x]) => x >= markEnd).map(([x]) => x - gap));
      const short = fitLabel(full, limit - labelFrom, measure, font);
      choice = { row: r, label: short, width: short === null ? 0 : measure(short), at: labelFrom };
    }
    // No room at all: the mark alone, over the lane's first row.
    choice ??= { row: 0, label: null, width: 0, at: labelFrom };
    const ls = choice.at;
    const row = laneRows[choice.row] as [number, number][];
    row.push([Math.min(markStart, ls), Math.max(markEnd, ls + choice.width)]);
    placed.push({
      event: e,
      start,
      end: period ? end : start,
      period,
      label: choice.label,
      labelStart: ls,
      labelEnd: ls + choice.width,
      focus,
      lane,
      row: choice.row,
    });
  }

  // The rows share the strip's height (a little more room each when few are needed).
  const used = [...rows.values()].reduce((n, r) => n + r.length, 0);
  const rowHeight = Math.max(
    minRow,
    Math.min(Math.round(font * 1.9), Math.floor((o.height - axisHeight - pad) / Math.max(1, used))),
  );
  const lanes: StripLane[] = [];
  const laneY = new Map<string, number>();
  let y = 0;
  for (const l of o.lanes) {
    const n = (rows.get(l.id) as unknown[]).length;
    // A narrow strip shortens the lane's name to its column.
    const label = fitLabel(l.label, laneColumn - pad, measure, font) ?? '';
    lanes.push({ id: l.id, label, y, height: n * rowHeight });
    laneY.set(l.id, y);
    y += n * rowHeight;
  }
  const items = placed
    .map(({ lane, row, ...item }) => ({ ...item, y: (laneY.get(lane) ?? 0) + row * rowHeight }))
    // Drawn in this order: marks alone first, then the labelled, the presented event last (on top).
    .sort((a, b) => weight(a) - weight(b));
  // Ticks far enough apart for their dates (every second or third one on a narrow strip).
  const all = ticksOf(o.from, o.to).map((t) => ({ ...t, at: at(t.ms) }));
  const spacing = all.length > 1 ? (all[1] as PictureTick).at - (all[0] as PictureTick).at : Infinity;
  const every = Math.max(1, Math.ceil((font * 5) / spacing));
  const ticks = all.filter((_, i) => i % every === 0);
  return {
    lanes,
    items,
    ticks,
    plotStart,
    plotEnd,
    axisY: y,
    rowHeight,
    height: Math.max(o.height, y + axisHeight),
  };
}

const WEEK = 7 * 86_400_000;

/**
 * The window the strip shows for an event: a few weeks either side, widened to take in the events
 * just before and after it among `events` (time-ordered); for the title slide, the briefing's span.
 */
export function stripWindow(
  events: readonly EventHead[],
  focus: EventHead | null,
  span: { readonly from: number; readonly to: number } | null,
  weeks = 3,
): { from: number; to: number } | null {
  const fromSpan = (s: { from: number; to: number }): { from: number; to: number } => {
    const pad = Math.max((s.to - s.from) * 0.05, WEEK);
    return { from: s.from - pad, to: s.to + pad };
  };
  const iv = focus === null ? null : interval(focus.start, focus.end);
  if (iv === null) return span === null ? null : fromSpan(span);
  let from = iv.start - weeks * WEEK;
  let to = iv.end + weeks * WEEK;
  const i = events.findIndex((e) => e.id === focus?.id);
  const near = (e: EventHead | undefined) => (e === undefined ? null : interval(e.start, e.end));
  const before = i > 0 ? near(events[i - 1]) : null;
  const after = i >= 0 ? near(events[i + 1]) : null;
  if (before !== null) from = Math.min(from, before.start - WEEK);
  if (after !== null) to = Math.max(to, after.end + WEEK);
  return { from, to };
}
