/**
 * The presenter's path: which events the story's briefing holds when none is chosen. Pure, so it is
 * tested without a browser.
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

// Stepping over the deck's flat list is the presentation's state (`state/presenting.ts`).
export { resolveStep, slideForNumber, stepEntry, stepIn } from '../../state';
