import { mainCluster, windowAround, type StoryWindow, type EventHead } from '../../domain';

/** Half the widest event box on the desk's timeline (12rem, its padding and border, and a little air), in CSS pixels. */
export const HALF_BOX = 115;

/**
 * "Show all events" on the desk: the window from the first event of the main stretch of time to its
 * last (`mainCluster`: one event decades apart is left out, and counted at its edge) with just the room
 * their boxes need (half a box, centred on its date, at each end) for a timeline `width` pixels wide,
 * rather than a fifth of the span on each side. Null when no event has a date.
 */
export function deskFit(events: readonly EventHead[], width: number, halfBox = HALF_BOX): StoryWindow | null {
  const tight = windowAround(mainCluster(events), 0);
  if (tight === null) return null;
  // The boxes take room off the ends; on a narrow timeline at most half of it.
  const usable = Math.max(width - 2 * halfBox, width / 2);
  const pad = ((tight.to - tight.from) * halfBox) / usable;
  return { from: tight.from - pad, to: tight.to + pad };
}
