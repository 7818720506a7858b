/**
 * The timeline as a still picture (for "Save image" and the printed handout): where each lane, event,
 * title and axis tick goes, worked out without a browser. Distances are from the reading start edge
 * (left in English, right in Arabic); the drawing mirrors them.
 */
import { interval, type EventHead } from '../../domain';
import type { LaneModel } from './model';

export interface PictureOptions {
  readonly events: readonly EventHead[];
  readonly lanes: readonly LaneModel[];
  readonly laneOf: (e: EventHead) => string;
  readonly from: number;
  readonly to: number;
  readonly width: number;
  /** Width of a text at the picture's type size, in pixels. */
  readonly measure?: (text: string) => number;
  readonly title: (e: EventHead) => string;
}

export interface PictureItem {
  readonly event: EventHead;
  /** The date's extent: a dot for a day, a bar for a longer period. */
  readonly start: number;
  readonly end: number;
  /** The title, wrapped, and where its lines start; `before` puts it ahead of the mark. */
  readonly lines: readonly string[];
  readonly labelAt: number;
  readonly before: boolean;
  readonly y: number;
}

export interface PictureLane {
  readonly id: string;
  readonly label: string;
  readonly y: number;
  readonly height: number;
}

export interface PictureTick {
  readonly at: number;
  readonly ms: number;
  readonly unit: 'day' | 'month' | 'year';
}

export interface PictureLayout {
  readonly lanes: readonly PictureLane[];
  readonly items: readonly PictureItem[];
  readonly ticks: readonly PictureTick[];
  readonly plotStart: number;
  readonly plotEnd: number;
  readonly axisY: number;
  readonly height: number;
}

export const PICTURE = {
  font: 15,
  line: 19,
  laneColumn: 170,
  pad: 20,
  labelWidth: 250,
  markGap: 8,
  itemGap: 14,
  axis: 34,
  dot: 10,
} as const;

const DAY = 86_400_000;
const estimate = (text: string): number => text.length * PICTURE.font * 0.52;

/**
 * Words into lines of `max` pixels, as many as the title needs: the picture promises every event's
 * full title, so nothing is cut (a single word wider than `max` keeps a line of its own).
 */
export function wrapTitle(text: string, max: number, measure: (s: string) => number = estimate): string[] {
  const words = text.split(/\s+/u).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line === '' ? w : `${line} ${w}`;
    if (measure(next) <= max || line === '') line = next;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Tick steps from a day to a century; the first that gives at most 12 ticks is used. */
const STEPS: readonly { unit: PictureTick['unit']; n: number }[] = [
  { unit: 'day', n: 1 },
  { unit: 'day', n: 7 },
  { unit: 'month', n: 1 },
  { unit: 'month', n: 3 },
  { unit: 'month', n: 6 },
  ...[1, 2, 5, 10, 20, 50, 100].map((n) => ({ unit: 'year' as const, n })),
];

export function ticksOf(from: number, to: number): { ms: number; unit: PictureTick['unit'] }[] {
  for (const { unit, n } of STEPS) {
    const out: number[] = [];
    const d = new Date(from);
    let t =
      unit === 'day'
        ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())
        : unit === 'month'
          ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - (d.getUTCMonth() % n), 1)
          : Date.UTC(d.getUTCFullYear() - (d.getUTCFullYear() % n), 0, 1);
    while (t <= to && out.length <= 12) {
      if (t >= from) out.push(t);
      const x = new Date(t);
      t =
        unit === 'day'
          ? t + n * DAY
          : unit === 'month'
            ? Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + n, 1)
            : Date.UTC(x.getUTCFullYear() + n, 0, 1);
    }
    if (out.length <= 12) return out.map((ms) => ({ ms, unit }));
  }
  return [];
}

/** Lays out the events of [from, to) by lane: each lane grows rows until no title overlaps another. */
export function layoutPicture(o: PictureOptions): PictureLayout {
  const measure = o.measure ?? estimate;
  const plotStart = PICTURE.laneColumn + PICTURE.pad;
  const plotEnd = o.width - PICTURE.pad;
  const span = Math.max(1, o.to - o.from);
  const at = (ms: number): number =>
    plotStart + (Math.min(Math.max(ms, o.from), o.to) - o.from) * ((plotEnd - plotStart) / span);
  const lanes: PictureLane[] = [];
  const items: PictureItem[] = [];
  let y = PICTURE.pad;
  for (const lane of o.lanes) {
    const inLane = o.events.filter((e) => o.laneOf(e) === lane.id);
    if (inLane.length === 0) continue;
    // Each row remembers where its last title ends.
    const rows: { end: number; lines: number }[] = [];
    const placed: { item: Omit<PictureItem, 'y'>; row: number }[] = [];
    for (const e of inLane) {
      const iv = interval(e.start, e.end);
      if (iv === null || iv.end <= o.from || iv.start >= o.to) continue;
      const start = at(iv.start);
      const end = Math.max(at(iv.end), start + PICTURE.dot);
      const lines = wrapTitle(o.title(e), PICTURE.labelWidth, measure);
      const labelWidth = Math.max(...lines.map(measure), 0);
      const before = end + PICTURE.markGap + labelWidth > plotEnd;
      const labelAt = before ? start - PICTURE.markGap : end + PICTURE.markGap;
      const from = before ? labelAt - labelWidth : start;
      const to = before ? end : labelAt + labelWidth;
      let row = rows.findIndex((r) => r.end + PICTURE.itemGap <= from);
      if (row === -1) {
        row = rows.length;
        rows.push({ end: to, lines: lines.length });
      } else {
        const r = rows[row] as { end: number; lines: number };
        rows[row] = { end: to, lines: Math.max(r.lines, lines.length) };
      }
      placed.push({ item: { event: e, start, end, lines, labelAt, before }, row });
    }
    const rowY: number[] = [];
    let h = 8;
    for (const r of rows) {
      rowY.push(y + h);
      h += r.lines * PICTURE.line + 10;
    }
    h = Math.max(h, 2 * PICTURE.line + 18);
    for (const p of placed) items.push({ ...p.item, y: rowY[p.row] as number });
    lanes.push({ id: lane.id, label: lane.label, y, height: h });
    y += h;
  }
  const ticks = ticksOf(o.from, o.to).map((t) => ({ ...t, at: at(t.ms) }));
  return { lanes, items, ticks, plotStart, plotEnd, axisY: y, height: y + PICTURE.axis + PICTURE.pad };
}
