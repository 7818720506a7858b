import { useCallback, useLayoutEffect, useRef } from 'react';
import { holdWhileSettling } from '../view';

/**
 * The reader's place in a scrolling view, kept across a change of language: the section, claim or
 * quote at the top of the view and how far its top lies from the view's reading line. Browsers that
 * anchor scrolling on their own pick some node of their choosing (and Safari none), so after a
 * change that rewrites every label the reader would land tens of pixels off, or at the top.
 */
export interface ReadingPlace {
  /** A selector naming the element by what it shows (its id, source, claim or quote offsets). */
  readonly key: string;
  /** Which of the elements the key matches, in document order. */
  readonly nth: number;
  /** Its top minus the reading line, in CSS px (negative: the reader is inside it). */
  readonly offset: number;
}

/** The places a reader may be at, from the largest to the smallest: sections, sources, claims, quotes. */
const PLACES = 'h2[id], h3[id], .detail, .diverge, .source-panel, [data-claim], figure.quote';

/**
 * The place a reading line is at, among boxes in document order (an element before those inside it):
 * the first box whose top the reader sees near the line (within `near` px below it), else the
 * innermost box the line crosses (the reader is inside it), else the first box below; -1 when none.
 */
export function placeAt(
  boxes: readonly { top: number; bottom: number }[],
  line: number,
  near: number,
): number {
  let inside = -1;
  let below = -1;
  for (const [i, b] of boxes.entries()) {
    if (b.top >= line && b.top < line + near) return i;
    // Document order puts the innermost crossing box last among those the line crosses.
    if (b.top < line && b.bottom > line) inside = i;
    else if (below === -1 && b.top >= line) below = i;
  }
  return inside !== -1 ? inside : below;
}

const esc = (s: string | undefined): string => CSS.escape(s ?? '');

/** A selector for an element that holds in either language: its own marks under its place's. */
function keyOf(el: Element, root: Element, places: string): string {
  const h = el as HTMLElement;
  const own =
    h.id !== ''
      ? `#${esc(h.id)}`
      : h.dataset.eventId !== undefined
        ? `[data-event-id="${esc(h.dataset.eventId)}"]`
        : h.matches('figure.quote')
          ? `figure.quote[data-start="${esc(h.dataset.start)}"][data-end="${esc(h.dataset.end)}"]`
          : h.dataset.claim !== undefined
            ? `${h.tagName.toLowerCase()}[data-claim="${esc(h.dataset.claim)}"]`
            : h.dataset.source !== undefined
              ? `${h.tagName.toLowerCase()}.source-panel[data-source="${esc(h.dataset.source)}"]`
              : `${h.tagName.toLowerCase()}.${[...h.classList].map((c) => CSS.escape(c)).join('.')}`;
  const outer = el.parentElement?.closest(places);
  return outer !== null && outer !== undefined && root.contains(outer)
    ? `${keyOf(outer, root, places)} ${own}`
    : own;
}

/** Where `view` (a scrolling element) is read from: its top, under a sticky bar if it has one. */
function readingLine(view: Element, bar: Element | null): number {
  const top = view.getBoundingClientRect().top;
  return bar === null ? top : Math.max(top, bar.getBoundingClientRect().bottom);
}

/** Whether the element, or a box it lies in inside `view`, sticks to a side of the view as it scrolls. */
function sticks(el: Element, view: Element): boolean {
  for (let e: Element | null = el; e !== null && e !== view; e = e.parentElement)
    if (getComputedStyle(e).position === 'sticky') return true;
  return false;
}

/** The reader's place in `view` among `places`, or null when nothing in it is a place. */
export function readPlace(view: Element, bar: Element | null, places = PLACES): ReadingPlace | null {
  const line = readingLine(view, bar);
  // A heading that sticks to the view's top (a source's title) is at the line wherever the reader is.
  const all = [...view.querySelectorAll(places)].filter(
    (e) => e.getClientRects().length > 0 && !sticks(e, view),
  );
  // A third of the view below the line: what the reader sees begin at the top of the screen (the
  // page's own view, the root, is as high as the window).
  const bottom = view === document.documentElement ? innerHeight : view.getBoundingClientRect().bottom;
  const near = (bottom - line) / 3;
  const i = placeAt(
    all.map((e) => e.getBoundingClientRect()),
    line,
    near,
  );
  const el = all[i];
  if (el === undefined) return null;
  const key = keyOf(el, view, places);
  return {
    key,
    nth: [...view.querySelectorAll(key)].indexOf(el),
    offset: el.getBoundingClientRect().top - line,
  };
}

/** Scrolls `view` so that the place's element is where it was; false when it is no longer there. */
export function restorePlace(view: Element, bar: Element | null, place: ReadingPlace): boolean {
  const el = view.querySelectorAll(place.key)[place.nth];
  if (el === undefined) return false;
  const off = el.getBoundingClientRect().top - readingLine(view, bar) - place.offset;
  view.scrollTop += off;
  return true;
}

/**
 * Keeps the reader's place in the view `find` returns across a change of `lang`: call `remember`
 * just before asking for the other language; the place is restored once the page shows it.
 */
export function useKeptPlace(
  lang: string,
  find: () => { view: Element; bar: Element | null } | null,
): () => void {
  const place = useRef<ReadingPlace | null>(null);
  const finder = useRef(find);
  finder.current = find;
  const remember = useCallback(() => {
    const where = finder.current();
    place.current = where === null ? null : readPlace(where.view, where.bar);
  }, []);
  useLayoutEffect(() => {
    const p = place.current;
    const where = finder.current();
    place.current = null;
    if (p !== null && where !== null) restorePlace(where.view, where.bar, p);
  }, [lang]);
  return remember;
}

/** The page's places, with no event open: its headings, and the events' cards, results and list rows. */
const PAGE_PLACES = 'h2[id], [data-event-id]';

/** How long after a change of language the page's place is held while what is above it is redrawn. */
const SETTLE_MS = 1500;

/**
 * Keeps the reader's place on the page (a phone's or a tablet's, no event open: `active`) across a
 * change of language from the header's switch, which stays in reach down the page: the card, result,
 * row or heading at the top of the screen under the header. Call the result just before asking for the
 * other language. The place is restored once the page shows it, and again while the timeline above it
 * is redrawn in that language (for a moment, until the reader scrolls or touches the page): its lanes'
 * heights change with their words.
 */
export function useKeptPagePlace(lang: string, active: boolean): () => void {
  const place = useRef<ReadingPlace | null>(null);
  const on = useRef(active);
  on.current = active;
  const bar = (): Element | null => document.querySelector('.app-header');
  const remember = useCallback(() => {
    place.current = on.current ? readPlace(document.documentElement, bar(), PAGE_PLACES) : null;
  }, []);
  useLayoutEffect(() => {
    const p = place.current;
    place.current = null;
    if (p === null) return;
    const root = document.documentElement;
    const hold = (): boolean => restorePlace(root, bar(), p);
    if (hold()) holdWhileSettling(() => void hold(), [document.body], SETTLE_MS);
  }, [lang]);
  return remember;
}
