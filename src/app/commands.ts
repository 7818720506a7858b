import { interval, inWindow, type EventHead } from '../domain';
import type { TimeWindow, ViewState } from '../state';
import {
  centerOn,
  edgeShareFor,
  frameEvent,
  panWindow,
  stepThrough,
  zoomAround,
  type TimelineCommand,
} from '../view';

/** What a command needs to know about the dataset on screen. */
export interface CommandContext {
  /** The events drawn and listed (after the filters), in time order. */
  readonly visible: readonly EventHead[];
  readonly events: ReadonlyMap<string, EventHead>;
  /** The window when the view has none of its own. */
  readonly home: TimeWindow;
  /** The window that shows every event, if any. */
  readonly all: TimeWindow | null;
  /** How far panning and zooming out may go (the engine holds any window asked of it beyond). */
  readonly bounds: TimeWindow;
  /** The events an active search finds (null with none): the steps, first and last go through these only. */
  readonly matches?: ReadonlySet<string> | null;
  /** On a phone a selected event keeps a phone's half box free beside it (`frameEvent`); a desk's else. */
  readonly phone?: boolean;
}

/** Everything the desk, the phone and the keys can ask of the view; presentation adds its own. */
export type ViewCommand =
  | TimelineCommand
  | { readonly kind: 'select'; readonly id: string | null }
  | { readonly kind: 'window'; readonly window: TimeWindow };

/**
 * The view after a command: pure, so every layout shares one set of actions and each is tested
 * without a browser. Returns the changed fields only (an empty patch changes nothing).
 */
export function runCommand(s: ViewState, c: ViewCommand, ctx: CommandContext): Partial<ViewState> {
  const w = s.window ?? ctx.home;
  switch (c.kind) {
    case 'select':
      return select(s, c.id, ctx);
    case 'step': {
      // With nothing selected, a step starts from the events in view, not from the story's far end.
      const among = steps(ctx);
      if (among.length === 0 && ctx.matches != null) return {};
      const from = s.eventId === null ? null : ctx.events.get(s.eventId);
      if (from != null && ctx.visible.includes(from) && !among.includes(from))
        return select(s, nextAfter(ctx.visible, among, from, c.by), ctx);
      return select(s, stepThrough(s.eventId === null ? inView(among, w) : among, s.eventId, c.by), ctx);
    }
    case 'first':
    case 'last': {
      const among = steps(ctx);
      if (among.length === 0 && ctx.matches != null) return {};
      return select(s, (c.kind === 'first' ? among[0] : among[among.length - 1])?.id ?? null, ctx);
    }
    case 'clear':
      return select(s, null, ctx);
    case 'pan':
      return { window: within(panWindow(w, c.by), w, ctx.bounds) };
    case 'zoom':
      return { window: within(zoomAround(w, c.factor, anchorOf(s, w, ctx)), w, ctx.bounds) };
    case 'fit':
      return ctx.all === null ? {} : { window: ctx.all };
    case 'window':
      return { window: c.window };
  }
}

/** The events the steps go through, in time order: a search's matches while there is one, else all. */
export function steps(ctx: CommandContext): readonly EventHead[] {
  const m = ctx.matches;
  return m == null ? ctx.visible : ctx.visible.filter((e) => m.has(e.id));
}

/**
 * Where a step from the selected event has nowhere to go: `last` for a step forward from the last of
 * the events the steps go through, `first` for one back from the first, null when the step moves (or
 * is no step). The screen says so, since the step itself changes nothing.
 */
export function stepEdge(s: ViewState, c: ViewCommand, ctx: CommandContext): 'first' | 'last' | null {
  if (c.kind !== 'step' || s.eventId === null || c.by === 0) return null;
  const among = steps(ctx);
  const at = among.findIndex((e) => e.id === s.eventId);
  if (at === -1) return null;
  if (c.by > 0) return at === among.length - 1 ? 'last' : null;
  return at === 0 ? 'first' : null;
}

/**
 * From an event outside the steps (one the search does not find), the nearest step in time in the
 * direction asked, or the event itself when there is none that way.
 */
function nextAfter(
  visible: readonly EventHead[],
  among: readonly EventHead[],
  from: EventHead,
  by: number,
): string {
  const at = visible.indexOf(from);
  const inSteps = new Set(among);
  const way = by >= 0 ? visible.slice(at + 1) : visible.slice(0, Math.max(0, at)).reverse();
  return way.find((e) => inSteps.has(e))?.id ?? from.id;
}

/**
 * The events in view: those that begin in the window, else those that overlap it (a long span whose
 * band only reaches into the window is not the first event a step should open), else all of them.
 */
function inView(visible: readonly EventHead[], w: TimeWindow): readonly EventHead[] {
  const begin = visible.filter((e) => {
    const span = interval(e.start, e.end);
    return span !== null && span.start >= w.from && span.start < w.to;
  });
  if (begin.length > 0) return begin;
  const shown = visible.filter((e) => inWindow(e, w));
  return shown.length > 0 ? shown : visible;
}

/**
 * A panned or zoomed window kept inside the bounds (or inside the window it came from, where that is
 * wider), keeping its width where it fits: a key never leaves the data for years of empty axis.
 */
export function within(next: TimeWindow, from: TimeWindow, bounds: TimeWindow): TimeWindow {
  const lo = Math.min(bounds.from, from.from);
  const hi = Math.max(bounds.to, from.to);
  const span = next.to - next.from;
  if (span >= hi - lo) return { from: lo, to: hi };
  if (next.from < lo) return { from: lo, to: lo + span };
  if (next.to > hi) return { from: hi - span, to: hi };
  return next;
}

/**
 * The most a window may reach past the first and last events once one is selected, as a share of its
 * width (at least the edge share): room for a box beside an event at the edge, at either width.
 */
const PAST_SHARE = 0.25;

/**
 * Selecting an event brings it into view, without reaching far past the data (S3-12); another event
 * forgets the chosen source and claim.
 */
function select(s: ViewState, id: string | null, ctx: CommandContext): Partial<ViewState> {
  const ev = id === null ? undefined : ctx.events.get(id);
  const next = ev?.id ?? null;
  const span = ev === undefined ? null : interval(ev.start, ev.end);
  return {
    eventId: next,
    ...(s.eventId !== next ? { sourceId: null, claimId: null } : {}),
    ...(span !== null
      ? {
          window: nearData(frameEvent(s.window ?? ctx.home, span, ctx.phone === true), ctx),
        }
      : {}),
  };
}

/**
 * A window moved back towards the events where it reaches more than its edge share past them: room
 * for half a box beside an event at the edge, never the half-window of empty time that centring the
 * last event would leave (S3-12).
 */
function nearData(w: TimeWindow, ctx: CommandContext): TimeWindow {
  let first = Infinity;
  let last = -Infinity;
  for (const e of ctx.visible) {
    const span = interval(e.start, e.end);
    if (span === null) continue;
    first = Math.min(first, span.start);
    last = Math.max(last, span.end);
  }
  if (!Number.isFinite(first)) return w;
  const room = (w.to - w.from) * Math.max(PAST_SHARE, edgeShareFor(ctx.phone === true));
  // Never tighter than the pan bounds: a corpus's bounds hold events not fetched yet.
  const limits = { from: Math.min(ctx.bounds.from, first - room), to: Math.max(ctx.bounds.to, last + room) };
  // A window wider than the events and their room is centred on them, not narrowed: a selection never zooms.
  if (w.to - w.from >= limits.to - limits.from) return centerOn(w, first, last);
  return within(w, limits, limits);
}

/** Zoom keeps the selected event where it is when it is in view; otherwise the window's middle stays. */
function anchorOf(s: ViewState, w: TimeWindow, ctx: CommandContext): number {
  const ev = s.eventId === null ? undefined : ctx.events.get(s.eventId);
  const span = ev === undefined ? null : interval(ev.start, ev.end);
  if (span !== null) {
    const mid = (span.start + span.end) / 2;
    if (mid >= w.from && mid <= w.to) return mid;
  }
  return (w.from + w.to) / 2;
}
