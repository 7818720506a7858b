/**
 * "Show all events" on a narrow timeline: decades of events on 300 px squeeze every box into one
 * column and leave the axis naming half-centuries. The window instead shows as many of the events as
 * it can at a readable scale, and says what it leaves out (`outside`). Pure: the phone's toolbar
 * asks for it with the width of its axis.
 */
import { interval } from './dates';
import { coreWindow, SHORTEST_SPAN, type Story, type StoryWindow } from './story';
import type { EventHead } from './event-head';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

export interface Readable {
  /** The fewest CSS px a year may have on the axis (years and months stay named). */
  readonly pxPerYear: number;
  /** The room left at each edge, in px, so that a box centred on the first or last date is whole. */
  readonly edgePx: number;
}

/** Half a phone's box (7.5rem and its padding) at each edge; a year wide enough for the axis to name each. */
export const PHONE_READABLE: Readable = { pxPerYear: 64, edgePx: 72 };

/**
 * The share of a phone's axis (some 290 px) that half a box takes: the room a window the app shows on
 * a phone (its first view, an event selected) leaves beside the first and last events in it, so that
 * their boxes are whole (UX review 4, S3-11).
 */
export const PHONE_EDGE_SHARE = 0.25;

/** The margin, as a share of the events' span (`windowAround`), that leaves `edge` of the window free at each side. */
export const marginForEdge = (edge: number): number => edge / (1 - 2 * edge);

/**
 * A file's first window, the one "Back to the main story" returns to: the story's core
 * (`coreWindow`), with half a box free beside its first and last events on a phone.
 */
export function homeWindow(story: Story, phone: boolean): StoryWindow | null {
  return coreWindow(story, phone ? marginForEdge(PHONE_EDGE_SHARE) : undefined);
}

/**
 * The window that shows the events on an axis `axisPx` wide at the scale `r` allows: all of them when
 * they fit, else the stretch holding the most of them (the latest of equals, where a story's news
 * is), with `r.edgePx` of room at each edge; null without dated events.
 */
export function readableWindow(
  events: readonly EventHead[],
  axisPx: number,
  r: Readable = PHONE_READABLE,
): StoryWindow | null {
  const spans = events
    .map((e) => interval(e.start, e.end))
    .filter((s) => s !== null)
    .sort((a, b) => a.start - b.start);
  const first = spans[0];
  if (first === undefined) return null;
  const edge = Math.min(r.edgePx, axisPx / 3.5);
  const inner = axisPx - 2 * edge;
  const longest = (inner / r.pxPerYear) * YEAR;
  // The longest stretch of starts that fits, beginning at each event in turn (two pointers).
  const starts = spans.map((s) => s.start);
  let best = 0;
  let count = 0;
  let j = 0;
  for (const [i, start] of starts.entries()) {
    j = Math.max(j, i);
    while ((starts[j + 1] ?? Infinity) - start <= longest) j++;
    if (j - i + 1 >= count) {
      count = j - i + 1;
      best = i;
    }
  }
  const from = starts[best] ?? first.start;
  let to = from;
  // An event running past the stretch's end (a period of years) is shown as far as the window goes.
  for (const s of spans.slice(best, best + count)) to = Math.max(to, Math.min(s.end, from + longest));
  // A stretch shorter than the shortest span a window shows is shown at that span, centred.
  const mid = (from + to) / 2;
  const half = Math.max(to - from, SHORTEST_SPAN) / 2;
  const pad = ((2 * half) / inner) * edge;
  return { from: mid - half - pad, to: mid + half + pad };
}

/** How many events lie wholly before and wholly after a window. */
export function outside(events: readonly EventHead[], w: StoryWindow): { before: number; after: number } {
  let before = 0;
  let after = 0;
  for (const e of events) {
    const s = interval(e.start, e.end);
    if (s === null) continue;
    if (s.end <= w.from) before++;
    else if (s.start >= w.to) after++;
  }
  return { before, after };
}

/** The nearest events either side of a window that holds none (each `null` where there is none). */
export interface EmptyStretch {
  readonly before: EventHead | null;
  readonly after: EventHead | null;
}

/**
 * Whether the window is an empty stretch of time (after a pan or a zoom), and if so the events
 * nearest to it: the one that ends last before it and the one that starts first after it. `null` when
 * an event's period reaches into the window, or when there are no dated events at all.
 */
export function emptyStretch(events: readonly EventHead[], w: StoryWindow): EmptyStretch | null {
  let before: { e: EventHead; at: number } | null = null;
  let after: { e: EventHead; at: number } | null = null;
  for (const e of events) {
    const s = interval(e.start, e.end);
    if (s === null) continue;
    if (s.end <= w.from) {
      if (before === null || s.end > before.at) before = { e, at: s.end };
    } else if (s.start >= w.to) {
      if (after === null || s.start < after.at) after = { e, at: s.start };
    } else return null;
  }
  if (before === null && after === null) return null;
  return { before: before?.e ?? null, after: after?.e ?? null };
}
