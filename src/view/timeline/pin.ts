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

/**
 * A strip shows whole boxes or none: a box the strip's visible part (between `top` and `bottom` on
 * screen) cuts is hidden, until a scroll or a redraw shows it whole; at the centre panel's sides, a
 * box stays while more than half of it is in view.
 * The strip keeps the selected box in view after each redraw; scrolled half away by hand, it goes
 * too, as any box, unless it is taller than the strip. Ranges run past the
 * sides by nature, so only a cut above or below hides them. With `sides` off (the full timeline, whose
 * axis is pinned but which is no strip) a box the sides cut stays: hiding it would hide an event from
 * a reader who cannot know it is there.
 */
export function hideCutBoxes(el: HTMLElement, top: number, bottom: number, on: boolean, sides = true): void {
  const centre = el.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
  for (const item of el.querySelectorAll<HTMLElement>(
    '.vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point',
  )) {
    const r = item.getBoundingClientRect();
    // A selected box taller than the strip could never be whole: it stays.
    if (!on || centre === undefined || (item.classList.contains('vis-selected') && r.height > bottom - top)) {
      item.classList.remove('strip-cut');
      continue;
    }
    // A box the strip's side cuts stays while most of it shows (the neighbour at the strip's edge is
    // still one to click); less than half of it in view, it goes.
    const inView = Math.min(r.right, centre.right) - Math.max(r.left, centre.left);
    const sideways = sides && item.classList.contains('vis-box') && inView < r.width / 2;
    item.classList.toggle('strip-cut', r.top < top - 1 || r.bottom > bottom + 1 || sideways);
  }
}

/**
 * A lane's name the strip's visible part (between `top` and `bottom` on screen) cuts is hidden, as a
 * cut box is: a lane of which only a sliver is in view, shorter than its name (a two-line Arabic name
 * over the last pixels of its lane), shows no name rather than half of one.
 */
export function hideCutNames(el: HTMLElement, top: number, bottom: number, on: boolean): void {
  for (const inner of el.querySelectorAll<HTMLElement>('.vis-labelset .vis-label > .vis-inner')) {
    const r = inner.getBoundingClientRect();
    inner.classList.toggle('strip-cut', on && (r.top < top - 1 || r.bottom > bottom + 1));
  }
}

/**
 * How far a strip scrolled to `box` should scroll on so that the box's lane begins right under the
 * axis (`top` on screen): only when the lane above would show a sliver too short for its name. The box
 * stays whole (it lies within its lane, so it moves up no further than the axis). Zero otherwise.
 */
export function laneStartShift(el: HTMLElement, box: HTMLElement, top: number): number {
  const group = box.closest('.vis-group');
  const groups = group?.parentElement;
  if (group == null || groups == null) return 0;
  const at = [...groups.children].filter((g) => g.classList.contains('vis-group')).indexOf(group);
  const labels = el.querySelectorAll<HTMLElement>('.vis-labelset .vis-label');
  const lane = labels[at];
  const above = labels[at - 1];
  if (lane === undefined || above === undefined) return 0;
  const sliver = lane.getBoundingClientRect().top - top;
  const name = above.firstElementChild instanceof HTMLElement ? above.firstElementChild.offsetHeight : 0;
  return sliver > 0.5 && sliver < name ? sliver : 0;
}
