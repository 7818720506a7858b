/** The least sideways travel, in CSS px, that counts as a swipe between sources. */
export const SWIPE_MIN = 48;

/**
 * What a finger's travel from touchstart to touchend asks of a reader that shows one source at a time:
 * +1 the next source, -1 the previous, 0 nothing (too short, or more up-and-down than sideways, which
 * is the page's own scroll). The next source lies in the reading direction: a swipe towards the start
 * of the line (leftwards in English, rightwards in Arabic) brings it in.
 */
export function swipeStep(dx: number, dy: number, rtl: boolean): -1 | 0 | 1 {
  if (Math.abs(dx) < SWIPE_MIN || Math.abs(dx) < 1.5 * Math.abs(dy)) return 0;
  return (rtl ? dx > 0 : dx < 0) ? 1 : -1;
}
