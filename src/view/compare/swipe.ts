import { useRef } from 'react';

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

/** The touch handlers that read a swipe over an element as a step between sources. */
export interface SwipeHandlers {
  readonly onTouchStart: (e: React.TouchEvent<HTMLElement>) => void;
  readonly onTouchEnd: (e: React.TouchEvent<HTMLElement>) => void;
}

/**
 * A sideways swipe over the words or over the tabs that name their sources steps between the sources
 * (`swipeStep`); one finger only, and an up-and-down travel is left to the page.
 */
export function useSwipe(rtl: boolean, onStep: (by: -1 | 1, over: HTMLElement) => void): SwipeHandlers {
  const from = useRef<{ x: number; y: number } | null>(null);
  return {
    onTouchStart: (e) => {
      const f = e.touches[0];
      from.current = e.touches.length === 1 && f !== undefined ? { x: f.clientX, y: f.clientY } : null;
    },
    onTouchEnd: (e) => {
      const at = from.current;
      const f = e.changedTouches[0];
      from.current = null;
      if (at === null || f === undefined) return;
      const by = swipeStep(f.clientX - at.x, f.clientY - at.y, rtl);
      if (by !== 0) onStep(by, e.currentTarget);
    },
  };
}
