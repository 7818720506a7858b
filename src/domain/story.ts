/**
 * The main story of a dataset: the window its first view shows (around the events of its first kind,
 * or around everything) and the events that window holds. Pure, so the timeline, the
 * presentation and the exported decks choose the same events.
 */
import { interval } from './dates';
import { timeIndexOf } from './time-index';
import type { EventHead } from './event-head';
import type { Dataset, TimelineEvent } from './types';
import { coreKindOf } from './vocabulary';

/** What the story's windows read of a dataset: its events, and its kinds (their order names the core). */
export type Story = Pick<Dataset, 'events' | 'kinds'>;

const DAY = 86_400_000;

/** A span of time in ms since the epoch, [from, to). */
export interface StoryWindow {
  readonly from: number;
  readonly to: number;
}

/**
 * The shortest span a window shows events in: four days, so that a story of one day still opens on an
 * axis that names days (a few of them either side), never hours; a story of a few days fits its own
 * span with its margin, and is not spread thin over a month-long axis that names months.
 */
export const SHORTEST_SPAN = 4 * DAY;

/** The smallest window that shows `events`, with a margin on each side; null if there are none. */
export function windowAround(
  events: readonly EventHead[],
  margin = 0.2,
  minSpan = SHORTEST_SPAN,
): StoryWindow | null {
  let from = Infinity;
  let to = -Infinity;
  for (const e of events) {
    const span = interval(e.start, e.end);
    if (span === null) continue;
    from = Math.min(from, span.start);
    to = Math.max(to, span.end);
  }
  if (!Number.isFinite(from)) return null;
  const mid = (from + to) / 2;
  const half = Math.max(to - from, minSpan) / 2;
  const pad = half * 2 * margin;
  return { from: mid - half - pad, to: mid + half + pad };
}

/**
 * How far the user may pan and zoom out the timeline: the span of `events` with a little room on each
 * side (`padBounds`), so that a swipe or a zoom never leaves the data for years of empty axis; null if
 * there are none. `home`, the first view (its own margin around the main story), is always inside. A
 * window the app itself asks for (a fit that leaves room for every box, an address) may reach further:
 * the timeline widens its limits to hold it (view/timeline/Timeline.tsx).
 */
export function panBounds(events: readonly EventHead[], home: StoryWindow | null = null): StoryWindow | null {
  const all = windowAround(events, 0, 0);
  if (all === null) return null;
  const { from, to } = padBounds(all);
  return home === null ? { from, to } : { from: Math.min(from, home.from), to: Math.max(to, home.to) };
}

/**
 * The window shown where nothing gives a time: a file without a dated event, a corpus whose manifest
 * names none.
 */
export const NO_TIME: StoryWindow = { from: Date.UTC(2022, 0, 1), to: Date.UTC(2025, 0, 1) };

/** A window with a little room on each side: 3 % of its width, at least two weeks, at most three months. */
export function padBounds(w: StoryWindow): StoryWindow {
  const pad = Math.min(Math.max((w.to - w.from) * 0.03, 14 * DAY), 90 * DAY);
  return { from: w.from - pad, to: w.to + pad };
}

/** How near a short core another event's start must be to open in its first view: a month around it. */
const NEAR = 30 * DAY;

/**
 * The first view: the core of the story, i.e. the events of the dataset's first kind (`coreKindOf`:
 * the bundled story's defence ministers' calls) when there are any, else every event. Reference
 * points decades earlier are left for the "show all" control. A core of a few days (a newcomer's story)
 * opens with the events of other kinds that begin within a month around it.
 */
export function coreWindow(story: Story, margin?: number): StoryWindow | null {
  const kind = coreKindOf(story);
  const core = story.events.filter((e) => e.kind === kind);
  const main = core.length > 0 ? core : story.events;
  const tight = windowAround(main, 0, 0);
  if (tight === null || tight.to - tight.from >= NEAR) return windowAround(main, margin);
  // A core of a few days: the events of other kinds that begin within a month around it are its
  // story too, in view from the first (the month-long window they were shown in before).
  const mid = (tight.from + tight.to) / 2;
  const near = story.events.filter((e) => {
    const start = interval(e.start, e.end)?.start;
    return start !== undefined && Math.abs(start - mid) < NEAR / 2;
  });
  return windowAround([...main, ...near], margin);
}

/** Whether an event overlaps a window. */
export function inWindow(e: EventHead, w: StoryWindow | null): boolean {
  const span = interval(e.start, e.end);
  return w !== null && span !== null && span.end > w.from && span.start < w.to;
}

/** Kinds that are background to a story: a briefing shows them only when it names them. */
const BACKGROUND_KINDS: ReadonlySet<string> = new Set(['history']);

/**
 * Whether an event belongs to the story of a core window: it begins within the window and is not
 * background (what began long before it, and history, is shown only where a briefing names it).
 */
export function isMainEvent(e: TimelineEvent, core: StoryWindow | null): boolean {
  const span = interval(e.start, e.end);
  return (
    core !== null &&
    span !== null &&
    span.start >= core.from &&
    span.start < core.to &&
    !BACKGROUND_KINDS.has(e.kind)
  );
}

/**
 * The main events, the story a presentation or a deck gives when no briefing is chosen: those that
 * belong to the core window's story (`isMainEvent`), in time order (start, end, id); every event when
 * none does.
 */
export function mainEvents(story: Story): readonly TimelineEvent[] {
  const ordered = timeIndexOf(story.events).events;
  const core = coreWindow(story);
  const main = ordered.filter((e) => isMainEvent(e, core));
  return main.length > 0 ? main : ordered;
}
