/** What a reader does to move a page or a pane: a place being held lets go then. */
const READER_MOVES = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Holds a place while the page settles: calls `place` whenever one of `watched` changes size (fonts
 * arriving, the parts above it redrawn in another language), for `ms` or until the reader moves the
 * page themselves, whichever comes first. Returns what stops it sooner (e.g. on unmount). Without
 * `ResizeObserver` nothing is held.
 */
export function holdWhileSettling(place: () => void, watched: Iterable<Element>, ms: number): () => void {
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  const observer = new ResizeObserver(() => place());
  for (const el of watched) observer.observe(el);
  const stop = (): void => {
    observer.disconnect();
    clearTimeout(timer);
    for (const k of READER_MOVES) removeEventListener(k, stop, { capture: true });
  };
  const timer = setTimeout(stop, ms);
  for (const k of READER_MOVES) addEventListener(k, stop, { capture: true, passive: true });
  return stop;
}
