/**
 * Where a phone's event view puts the page back when it closes: focus on what was tapped (a timeline
 * box too, though the engine draws it as no control), with its ring shown though focus came from a tap,
 * and the place scrolled so that it stands whole, away from the screen's edges.
 */

/** The share of the screen's height kept clear at its top and bottom edges for a returned row or box. */
const EDGE = 0.15;

/**
 * Whether a box from `top` to `bottom` stands well in a screen `height` tall: whole, and clear of the
 * top and bottom `EDGE` (a row whose "Last read" badge sits on the bottom edge does not).
 */
export function standsWell(top: number, bottom: number, height: number): boolean {
  return top >= height * EDGE && bottom <= height * (1 - EDGE);
}

/** A timeline box (drawn by the engine with its event's id) the tap landed in, if any. */
export function timelineBox(target: Element): HTMLElement | null {
  return target.closest<HTMLElement>('.timeline-region .vis-item[data-id]');
}

/** The selector that finds an event's timeline box again after the engine redrew it. */
export const timelineBoxSelector = (id: string): string =>
  `.timeline-region .vis-item[data-id="${CSS.escape(id)}"]`;

/** Focuses what was tapped as the page comes back, marked so that its focus ring shows. */
export function focusReturned(el: HTMLElement): void {
  // A timeline box is no control: it takes focus for the moment (the timeline's keys reach it there).
  const lent = !el.matches('button, a, input, select, textarea, [tabindex]');
  if (lent) el.tabIndex = -1;
  el.setAttribute('data-returned', '');
  el.addEventListener(
    'blur',
    () => {
      el.removeAttribute('data-returned');
      if (lent) el.removeAttribute('tabindex');
    },
    { once: true },
  );
  el.focus({ preventScroll: true });
}

/** Scrolls the page so that `el` stands well (see `standsWell`), in the middle when it did not. */
export function placeReturned(el: HTMLElement): void {
  const box = el.getBoundingClientRect();
  if (!standsWell(box.top, box.bottom, innerHeight)) el.scrollIntoView({ block: 'center' });
}

/**
 * Closes the menus left open on the page as an event view covers it: behind the view they could not
 * be seen, and the first Back would only close them, a dead step (UX review 10p, S3-7).
 */
export function closeBehind(doc: Document): void {
  for (const menu of doc.querySelectorAll<HTMLDetailsElement>('details.menu[open]')) menu.open = false;
  for (const toggle of doc.querySelectorAll<HTMLElement>('[data-back-closes][aria-expanded="true"]'))
    toggle.click();
}
