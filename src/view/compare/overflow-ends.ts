import { useEffect, useState, type RefObject } from 'react';

/** Whether a row that scrolls sideways has more beyond its start and beyond its end (in its direction). */
export interface OverflowEnds {
  readonly start: boolean;
  readonly end: boolean;
}

/**
 * Follows a sideways-scrolling row's ends as it scrolls and resizes, so that a cue can say more lies
 * that way. `scrollLeft` runs from 0 towards negative in a right-to-left row, so its size is what counts.
 */
export function useOverflowEnds(row: RefObject<HTMLElement | null>, count: number): OverflowEnds {
  const [ends, setEnds] = useState<OverflowEnds>({ start: false, end: false });
  useEffect(() => {
    const el = row.current;
    if (el === null) return;
    const measure = (): void => {
      const hidden = el.scrollWidth - el.clientWidth;
      const done = Math.abs(el.scrollLeft);
      const next = { start: hidden > 1 && done > 1, end: hidden > 1 && done < hidden - 1 };
      setEnds((was) => (was.start === next.start && was.end === next.end ? was : next));
    };
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    const sized = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    sized?.observe(el);
    return () => {
      el.removeEventListener('scroll', measure);
      sized?.disconnect();
    };
  }, [row, count]);
  return ends;
}
