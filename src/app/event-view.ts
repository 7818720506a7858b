import { useCallback, useEffect, useRef, useState } from 'react';
import { matchesNow, PHONE, TABLET, useMedia } from '../view';
import { address } from './address';
import { closeBehind, focusReturned, placeReturned, timelineBox, timelineBoxSelector } from './return-focus';

/** Whether the window has the phone layout now (outside React: a dataset's first window). */
export const isPhone = (): boolean => matchesNow(PHONE);

/** Whether the window has the phone layout (narrower than the desk's 900 px), following resizes. */
export function usePhone(): boolean {
  return useMedia(PHONE);
}

/** Whether the window is a tablet's held upright, following resizes. */
export function useTablet(): boolean {
  return useMedia(TABLET);
}

/** Where an event view was opened from: the element tapped, what finds it again, the page's scroll. */
interface Opener {
  readonly element: HTMLElement | null;
  readonly selector: string | null;
  readonly scrollY: number;
}

const CONTAINERS = ['.start-here', '.search-results', '.event-list', '.timeline-region'];

/** Taken when it is tapped or focused: a card or a result is gone from the page once the view opens. */
function openerOf(target: EventTarget | null): Opener | null {
  if (!(target instanceof HTMLElement) || target === document.body) return null;
  // A box on the timeline, not the whole timeline around it.
  const box = timelineBox(target);
  if (box !== null)
    return { element: box, selector: timelineBoxSelector(box.dataset.id ?? ''), scrollY: window.scrollY };
  const element = target.closest<HTMLElement>('button, a, [tabindex]') ?? target;
  const id = element.closest<HTMLElement>('[data-event-id]')?.dataset.eventId;
  const within = CONTAINERS.find((c) => element.closest(c) !== null);
  return {
    element,
    selector:
      within === undefined || id === undefined ? null : `${within} [data-event-id="${CSS.escape(id)}"]`,
    scrollY: window.scrollY,
  };
}

/**
 * A phone's event view: while it is open the page behind it is `inert` (out of the focus order and the
 * accessibility tree) and focus starts at the event's headline. Back, the view's own or the browser's,
 * is one history move to the entry the view was opened from (however many events, sources or claims
 * were chosen inside it), and puts the page back as it was: its scroll, and focus on what was tapped
 * (the "Start here" card, the search result, the list row, the timeline), found again when it was
 * redrawn. A view opened from a link goes back to the page with focus on the event's row in the list,
 * marked "just read".
 */
export function useEventView(
  eventId: string | null,
  present: boolean,
  select: (id: string | null) => void,
): {
  readonly covered: boolean;
  readonly back: () => void;
  /** The event the reader last came back from, marked "just read" in the list; null before any. */
  readonly read: string | null;
} {
  const phone = usePhone();
  const covered = phone && eventId !== null && !present;
  // The history entry the view was opened from (`address().at()`); null when it opened from a link or by
  // Back/Forward, with no entry of ours to go back to. The address counts the entries, not the view.
  const openedAt = useRef<number | null>(null);
  const opener = useRef<Opener | null>(null);
  const open = useRef(false);
  const recent = useRef<Opener | null>(null);
  useEffect(() => {
    const note = (e: Event): void => {
      if (!open.current) recent.current = openerOf(e.target);
    };
    // A timeline box opens its event as the finger lands, before any click: the press is noted too.
    const kinds = ['pointerdown', 'click', 'focusin'] as const;
    for (const kind of kinds) document.addEventListener(kind, note, true);
    return () => {
      for (const kind of kinds) document.removeEventListener(kind, note, true);
    };
  }, []);
  const wasCovered = useRef(false);
  useEffect(() => {
    const opened = covered && !wasCovered.current;
    wasCovered.current = covered;
    if (!opened) return;
    const pushed = address().arrival() === 'push';
    openedAt.current = pushed ? address().at() - 1 : null;
    opener.current = pushed ? recent.current : null;
    // After the opener is noted: closing the Menu is a click of its own.
    closeBehind(document);
  }, [covered]);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const before = shown.current;
    shown.current = covered ? eventId : null;
    if (!covered) return;
    const heading = document.getElementById('detail-heading');
    // Another event in a view already open ("Later ›", "‹ Earlier"): it opens at its top, as the first did.
    if (before !== null && before !== eventId && heading !== null) scrollToTop(heading);
    heading?.focus({ preventScroll: true });
  }, [covered, eventId]);
  const left = useRef<string | null>(null);
  useEffect(() => {
    if (covered) left.current = eventId;
  }, [covered, eventId]);
  const [read, setRead] = useState<string | null>(null);
  const back = useCallback(() => {
    const steps = openedAt.current === null ? 0 : address().at() - openedAt.current;
    if (steps > 0) address().go(-steps);
    else select(null);
  }, [select]);
  useEffect(() => {
    const wasOpen = open.current;
    open.current = covered;
    if (covered || !wasOpen) return;
    const from = opener.current;
    opener.current = null;
    openedAt.current = null;
    const id = left.current;
    left.current = null;
    setRead(id);
    if (from !== null) {
      window.scrollTo({ top: from.scrollY, behavior: 'instant' });
      const again =
        from.element?.isConnected === true
          ? from.element
          : from.selector === null
            ? null
            : document.querySelector<HTMLElement>(from.selector);
      if (again !== null) {
        // Its focus ring shows though focus came from a tap (see `panels.css`), until it moves on.
        focusReturned(again);
        placeReturned(again);
        // The place was saved in the other language's layout after a switch: once this one is laid
        // out, bring the row back to the middle if it (or the list that scrolls it) left it at an edge.
        requestAnimationFrame(() => {
          // The timeline may have drawn the box again (now marked "just read"): find it once more.
          const now =
            again.isConnected || from.selector === null
              ? again
              : document.querySelector<HTMLElement>(from.selector);
          if (now === null || !now.isConnected) return;
          if (now !== again && document.activeElement !== now) focusReturned(now);
          placeReturned(now);
        });
        return;
      }
    }
    if (id === null) return;
    const row = document.querySelector<HTMLElement>(`.list-item[data-event-id="${CSS.escape(id)}"]`);
    row?.scrollIntoView({ block: 'center' });
    row?.focus({ preventScroll: true });
  }, [covered]);
  return { covered, back, read };
}

/** Scrolls the region that holds an element (or the page) back to its top. */
function scrollToTop(el: HTMLElement): void {
  for (let p = el.parentElement; p !== null; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && p.scrollHeight > p.clientHeight) {
      p.scrollTo({ top: 0, behavior: 'instant' });
      return;
    }
  }
  window.scrollTo({ top: 0, behavior: 'instant' });
}
