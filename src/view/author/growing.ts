import { useEffect, useState } from 'react';

/** Items rendered in one task: a few hundred highlighted runs or list items lay out in well under 200 ms. */
export const GROW_STEP = 400;

/**
 * How many of `total` items to render now: up to `step` at once, then `step` more in each later task,
 * so that thousands of highlights or dates never hold the page in one long task. Starts again when
 * `key` (the list they come from) changes.
 */
export function useGrowing(total: number, key: unknown, step = GROW_STEP): number {
  const [shown, setShown] = useState({ key, n: step });
  const n = Math.min(total, shown.key === key ? shown.n : step);
  useEffect(() => {
    if (n >= total) return;
    const next = setTimeout(() => setShown({ key, n: n + step }), 0);
    return () => clearTimeout(next);
  }, [key, n, total, step]);
  return n;
}

/** `make` over `items` a slice of `step` at a time, each slice made once: the steps of `useGrowing`. */
export function bySlice<T, R>(items: readonly T[], make: (x: T) => R, step = GROW_STEP): (at: number) => R[] {
  const made = new Map<number, R[]>();
  return (at) => {
    let slice = made.get(at);
    if (slice === undefined) made.set(at, (slice = items.slice(at, at + step).map(make)));
    return slice;
  };
}
