/**
 * The presenter's path: which events a presentation walks through, and where a clicker step leads.
 * Pure, so the stepping is tested without a browser.
 */
import { interval, type TimelineEvent } from '../../domain';
import type { TimeWindow } from '../../state';

/** A place in the walk: an event and one of its slides (a negative step counts from its last slide). */
export interface Position {
  readonly eventId: string;
  readonly step: number;
}

/**
 * The events a presentation walks through, in time order: those of the main story (overlapping the
 * core window) among the visible ones, or every visible event when none is. The event on screen is
 * kept in its place even when it lies outside, so a deep link to it steps on from where it is.
 */
export function presentationWalk(
  visible: readonly TimelineEvent[],
  core: TimeWindow | null,
  currentId: string | null,
): readonly TimelineEvent[] {
  const inCore = (e: TimelineEvent): boolean => {
    const span = interval(e.start, e.end);
    return core !== null && span !== null && span.end > core.from && span.start < core.to;
  };
  const story = visible.filter(inCore);
  if (story.length === 0) return visible;
  return story.length === visible.length ? visible : visible.filter((e) => e.id === currentId || inCore(e));
}

/** A step index within `count` slides: negative counts from the end, and both ends clamp. */
export function resolveStep(step: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(count - 1, Math.max(0, step < 0 ? count + step : step));
}

/**
 * Where one clicker step leads from `at`, whose event has `count` slides: its next slide, or the next
 * event's first; going back, its previous slide, or the previous event's last. The walk's ends hold.
 */
export function stepSlide(
  walk: readonly { readonly id: string }[],
  at: Position | null,
  count: number,
  by: 1 | -1,
): Position | null {
  if (walk.length === 0) return null;
  const i = at === null ? -1 : walk.findIndex((e) => e.id === at.eventId);
  if (at === null || i === -1) {
    const first = by > 0 ? walk[0] : walk[walk.length - 1];
    return first === undefined ? null : { eventId: first.id, step: by > 0 ? 0 : -1 };
  }
  const step = resolveStep(at.step, count);
  if (by > 0 && step < count - 1) return { eventId: at.eventId, step: step + 1 };
  if (by < 0 && step > 0) return { eventId: at.eventId, step: step - 1 };
  const next = walk[i + by];
  if (next === undefined) return { eventId: at.eventId, step };
  return { eventId: next.id, step: by > 0 ? 0 : -1 };
}

/** The first slide of the event `by` places away in the walk (the ends hold). */
export function stepEvent(
  walk: readonly { readonly id: string }[],
  currentId: string | null,
  by: number,
): Position | null {
  if (walk.length === 0) return null;
  const i = currentId === null ? -1 : walk.findIndex((e) => e.id === currentId);
  const j = i === -1 ? (by >= 0 ? 0 : walk.length - 1) : Math.min(walk.length - 1, Math.max(0, i + by));
  const e = walk[j];
  return e === undefined ? null : { eventId: e.id, step: 0 };
}
