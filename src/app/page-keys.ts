import { useEffect } from 'react';
import type { KeyPress } from '../view';
import { keyBelongsElsewhere } from './desk-keys';

/** Which way a paging key moves the reading pane: PageDown, Space, PageUp, Shift+Space; else null. */
export function pageStep(e: KeyPress): 1 | -1 | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === 'PageDown') return 1;
  if (e.key === 'PageUp') return -1;
  if (e.key === ' ') return e.shiftKey ? -1 : 1;
  return null;
}

/**
 * How far a page moves the words: what is in sight under the heads that stick at the pane's top (the
 * pane's `scroll-padding`, which `view/compare/sticky-room.ts` keeps at their height), less a tenth of
 * it, at most 40 px, kept from the page before, so that no line under a source's title is skipped
 * (UX review 13, S2-1: a 426 px pane under titles reaching 118 px paged 362 px, a strip of 12 of the
 * June 2024 call's 21 quotes never in sight at 1280×720; now 277 px).
 */
export function pageLength(paneHeight: number, room: number): number {
  const sight = paneHeight - room;
  return Math.max(40, Math.round(sight - Math.min(40, sight / 10)));
}

/**
 * Where focus sits with nothing of its own to page: the page, the event card's heading it is moved to,
 * or the timeline (a click on a box leaves it there; its keys are the arrows, Home, End, + and −, and
 * its lanes scroll by the wheel): the words are what a page key is for (UX review 13, S3-12).
 */
function restsOnNothing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  return (
    target === document.body || target.id === 'detail-heading' || target.classList.contains('timeline-pane')
  );
}

/**
 * With an event open at a desk, PageDown, PageUp and Space page through its words from wherever focus
 * rests without a scroller of its own (the card's heading after a selection, the page, the timeline):
 * the page itself never scrolls there, so the browser's own paging would do nothing. A focused button
 * keeps its Space.
 */
export function usePageKeys(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || keyBelongsElsewhere(e.target) || !restsOnNothing(e.target)) return;
      const step = pageStep(e);
      const pane = document.querySelector<HTMLElement>('.story-main');
      if (step === null || pane === null) return;
      e.preventDefault();
      const room = Number.parseFloat(getComputedStyle(pane).scrollPaddingBlockStart) || 0;
      pane.scrollBy({ top: step * pageLength(pane.clientHeight, room), behavior: 'instant' });
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [active]);
}
