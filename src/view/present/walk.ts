/**
 * The presenter's path: which events the story's briefing holds when none is chosen, and where a
 * clicker step leads in the deck's flat list of slides. Pure, so the stepping is tested without a
 * browser.
 */
import { isMainEvent, type TimelineEvent } from '../../domain';
import type { TimeWindow } from '../../state';

/**
 * The main events of the story, in time order: the visible ones that begin within the core window
 * (background before it, and history, only when a briefing names them), or every visible event when
 * none does. The event on screen (`keepId`) keeps its place even outside, so a deep link to it steps
 * on from where it is.
 */
export function storyEvents(
  visible: readonly TimelineEvent[],
  core: TimeWindow | null,
  keepId: string | null = null,
): readonly TimelineEvent[] {
  const main = (e: TimelineEvent): boolean => isMainEvent(e, core);
  const story = visible.filter(main);
  if (story.length === 0) return visible;
  return story.length === visible.length ? visible : visible.filter((e) => e.id === keepId || main(e));
}

/** A step index within `count` slides: negative counts from the end, and both ends clamp. */
export function resolveStep(step: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(count - 1, Math.max(0, step < 0 ? count + step : step));
}

/** Where one step leads from slide `at` of `count`: the next or previous slide; the ends hold. */
export function stepIn(count: number, at: number, by: number): number {
  return resolveStep(Math.max(0, at + by), count);
}

/**
 * The first slide of the event `by` entries away from slide `at`, given each entry's first slide
 * (`starts`, ascending). Back from inside an event goes to its own first slide first; from the title
 * slide forward reaches the first event. The ends hold.
 */
export function stepEntry(starts: readonly number[], at: number, by: 1 | -1): number {
  if (starts.length === 0) return 0;
  if (by > 0) return starts.find((s) => s > at) ?? at;
  const back = [...starts].reverse().find((s) => s < at);
  return back ?? 0;
}

/**
 * The slide a typed number names (counted from 1, as the counter shows), or null when it names none.
 */
export function slideForNumber(typed: string, count: number): number | null {
  if (!/^\d{1,5}$/u.test(typed)) return null;
  const n = Number(typed);
  return n >= 1 && n <= count ? n - 1 : null;
}
