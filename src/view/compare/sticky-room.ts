import { useEffect, type RefObject } from 'react';

/** What sticks to the top of the reading pane as it scrolls: the claims table's headers, each source's title. */
const STICKY = '.claims-table > thead, .source-title';

/** The nearest ancestor that scrolls vertically: the pane the heads stick to. */
export function scrollingParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p !== null; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return p;
  }
  return null;
}

/** How far down the pane a sticky head reaches where it sticks, or null where it does not stick. */
function reach(el: HTMLElement): number | null {
  // A table's head sticks by its cells.
  const stuck = el.tagName === 'THEAD' ? el.querySelector('th') : el;
  if (stuck === null) return null;
  const style = getComputedStyle(stuck);
  if (style.position !== 'sticky') return null;
  const top = Number.parseFloat(style.top);
  return Number.isFinite(top) ? top + el.getBoundingClientRect().height : null;
}

/**
 * The room the scrolling pane keeps at its top for the heads that stick there, the one owner of its
 * `scroll-padding-block-start`: the tallest of them, so that focus and a jump never land under one,
 * and PageDown or Space page by what is really in sight, never skipping the lines a source's title
 * covers (UX review 12, S2-1: at 1280×720 the titles are 86–109 px and a page skipped a line).
 * Measured again whenever one of them changes size, or `key` changes (another event, the claims shown).
 */
export function useStickyRoom(root: RefObject<HTMLElement | null>, key: string): void {
  useEffect(() => {
    const el = root.current;
    if (el === null || typeof ResizeObserver === 'undefined') return;
    const pane = scrollingParent(el);
    if (pane === null) return;
    const heads = [...el.querySelectorAll<HTMLElement>(STICKY)];
    const measure = (): void => {
      const room = Math.max(0, ...heads.map((h) => reach(h) ?? 0));
      if (room > 0) {
        const px = `${String(Math.ceil(room) + 8)}px`;
        pane.style.scrollPaddingBlockStart = px;
        // A source's card brought to the top goes to the top: its own title is the head that sticks
        // (compare.css takes the room back off the cards' scroll margin).
        pane.style.setProperty('--sticky-room', px);
      } else {
        pane.style.removeProperty('scroll-padding-block-start');
        pane.style.removeProperty('--sticky-room');
      }
    };
    const observer = new ResizeObserver(measure);
    for (const h of heads) observer.observe(h);
    return () => {
      observer.disconnect();
      pane.style.removeProperty('scroll-padding-block-start');
      pane.style.removeProperty('--sticky-room');
    };
  }, [root, key]);
}
