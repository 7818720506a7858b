import { useEffect, useRef } from 'react';
import { deskCommandFor, type DeskCommand } from '../view';
import { takesText } from './reading';

/**
 * Where a key is someone else's: a text field, a control that moves with the arrows (a list box, the
 * splitter, radio buttons), or anything open on top of the page (a dialog, a drop-down menu).
 */
export function keyBelongsElsewhere(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open], details.menu[open]') !== null) return true;
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && takesText(target)) return true;
  if (target instanceof HTMLInputElement) return true;
  return target.closest('[role="separator"], [role="slider"], [role="tablist"], [role="menu"]') !== null;
}

/**
 * The desk's keys, one model wherever focus is (the Start-here cards, the list, the reading pane): the
 * timeline handles its own keys first and the list its ↑/↓, so this sees only what they leave.
 */
export function useDeskKeys(active: boolean, rtl: boolean, run: (c: DeskCommand) => boolean): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || keyBelongsElsewhere(e.target)) return;
      const c = deskCommandFor(e, rtl);
      if (c !== null && latest.current(c)) e.preventDefault();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [active, rtl]);
}

/**
 * Focus follows the selection: to the event's heading, without scrolling the page (so the timeline
 * stays where it is); while the user steps through a list of events (the list, the search results)
 * to the selected row instead, and nowhere while they type. When the event closes and focus was lost
 * with it, focus goes to the closed event's row in the list.
 */
export function focusAfterSelection(id: string | null, was: string | null): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement && takesText(active)) return;
  const inList = active?.closest('#event-list') ?? null;
  const rowOf = (x: string | null): HTMLElement | null =>
    x === null
      ? null
      : ([...document.querySelectorAll<HTMLElement>('#event-list [data-event-id]')].find(
          (r) => r.dataset.eventId === x,
        ) ?? null);
  if (inList !== null) {
    rowOf(id)?.focus({ preventScroll: true });
    return;
  }
  if (id !== null) {
    document.getElementById('detail-heading')?.focus({ preventScroll: true });
    return;
  }
  if (active === null || active === document.body) rowOf(was)?.focus({ preventScroll: true });
}

/** "/" on the desk: focus goes to the search box, its words selected so that typing replaces them. */
export function focusSearch(): boolean {
  const box = document.querySelector<HTMLInputElement>('.explore-bar input[type="search"]');
  if (box === null) return false;
  box.focus();
  box.select();
  return document.activeElement === box;
}
