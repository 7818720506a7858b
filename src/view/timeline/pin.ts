/**
 * What the axis pinned over a scrolling strip needs besides itself (S2-1): nothing of the lanes is
 * painted above its lower edge, and each lane's name stays in the visible part of its lane.
 */

/** Clips the lanes and their names at the pinned axis's lower edge (or lifts the clip). */
export function clipUnderAxis(el: HTMLElement, scrollTop: number, on: boolean): void {
  el.classList.toggle('axis-pinned', on);
  if (on) el.style.setProperty('--under-axis', `${scrollTop}px`);
  else el.style.removeProperty('--under-axis');
}

/**
 * Moves each lane's name down into the part of its lane that is in view below the axis, as a sticky
 * header would: the name stays within its own lane. `visibleTop` is the axis's lower edge on screen.
 */
export function stickLaneNames(el: HTMLElement, visibleTop: number, on: boolean): void {
  for (const label of el.querySelectorAll<HTMLElement>('.vis-labelset .vis-label')) {
    const inner = label.firstElementChild;
    if (!(inner instanceof HTMLElement)) continue;
    if (!on) {
      inner.style.transform = '';
      continue;
    }
    const room = label.offsetHeight - inner.offsetHeight;
    const shift = Math.max(0, Math.min(room, visibleTop - label.getBoundingClientRect().top));
    inner.style.transform = shift > 0 ? `translateY(${Math.round(shift)}px)` : '';
  }
}
