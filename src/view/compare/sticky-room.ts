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

/**
 * How far a page key moves the reading: what is in sight below the sticky heads, less a line's worth
 * kept from the page before (a tenth of it, at most 40 px), so that nothing is skipped. The browser's
 * own step does not always leave the heads' room (Chromium ignores `scroll-padding` when focus is on
 * the event's title: a 426 px pane under 109 px titles stepped 362 px, UX review 13, S2-1).
 */
export function pageStep(paneHeight: number, room: number): number {
  const sight = paneHeight - room;
  return Math.max(1, Math.round(sight - Math.min(40, sight / 10)));
}

/**
 * +1 for a page down (PageDown, Space), -1 for a page up (PageUp, Shift+Space), 0 for any other key
 * or where the key belongs to the control it is pressed on (a field, a list box, a button's Space).
 */
export function pageKey(
  e: Pick<
    KeyboardEvent,
    'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey' | 'defaultPrevented' | 'target'
  >,
): -1 | 0 | 1 {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return 0;
  const t = e.target as Element | null;
  const tag = t?.tagName ?? '';
  if (
    tag === 'INPUT' ||
    tag === 'TEXTAREA' ||
    tag === 'SELECT' ||
    (t as HTMLElement | null)?.isContentEditable === true
  )
    return 0;
  if (e.key === 'PageDown') return 1;
  if (e.key === 'PageUp') return -1;
  if (
    e.key !== ' ' ||
    tag === 'BUTTON' ||
    tag === 'A' ||
    tag === 'SUMMARY' ||
    t?.getAttribute('role') === 'button'
  )
    return 0;
  return e.shiftKey ? -1 : 1;
}

/**
 * Whether a page key pressed on `target` pages the reading: pressed in the reading pane, or anywhere
 * outside another box that scrolls vertically (the event's title, the timeline, the page itself), as
 * the browser would page the reading from there; a list that scrolls keeps its own page keys.
 */
function pagesReading(target: EventTarget | null, pane: HTMLElement): boolean {
  if (!(target instanceof HTMLElement)) return true;
  for (let at: HTMLElement | null = target; at !== null && at !== pane; at = at.parentElement) {
    const y = getComputedStyle(at).overflowY;
    if ((y === 'auto' || y === 'scroll') && at.scrollHeight > at.clientHeight) return false;
  }
  return true;
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
    const page = (e: KeyboardEvent): void => {
      const dir = pageKey(e);
      if (dir === 0 || !pagesReading(e.target, pane)) return;
      e.preventDefault();
      const room = Number.parseFloat(pane.style.scrollPaddingBlockStart) || 0;
      pane.scrollBy({ top: dir * pageStep(pane.clientHeight, room) });
    };
    document.addEventListener('keydown', page);
    return () => {
      observer.disconnect();
      document.removeEventListener('keydown', page);
      pane.style.removeProperty('scroll-padding-block-start');
      pane.style.removeProperty('--sticky-room');
    };
  }, [root, key]);
}
