/**
 * A box that the timeline's side cuts keeps a readable title (review 10, S3-2): its text moves into
 * the part of the box in view, as a sticky header would, and ends in an ellipsis where it no longer
 * fits, instead of losing its first letters under the edge ("ussia invades Ukraine", «سيا تغزو
 * أوكرانيا»). The box keeps its size and place (the engine measured and stacked it): the title's own
 * element keeps its width and takes the cut part as padding on that side, and keeps its number of lines.
 * Physical sides, measured: the same in both directions.
 */

/** Less room than this in view and the title is not shown at all: a letter and an ellipsis say nothing. */
const MIN_ROOM = 40;
/** Air between the side and the moved text. */
const AIR = 4;

const STYLES = [
  'box-sizing',
  'width',
  'max-inline-size',
  'padding-left',
  'padding-right',
  '-webkit-line-clamp',
  'visibility',
];

function reset(label: HTMLElement): void {
  for (const s of STYLES) label.style.removeProperty(s);
  delete label.dataset.edge;
}

/**
 * Fits the title of every box the centre panel's sides cut (and frees those no longer cut). Runs after
 * every redraw, a drag's too: all writes undoing the last fit, then all reads, then all writes, so the
 * browser lays the page out once, not once a box.
 */
export function fitEdgeLabels(el: HTMLElement): void {
  const labels = [...el.querySelectorAll<HTMLElement>('.vis-item.vis-box .item-label')];
  for (const label of labels) if (label.dataset.edge !== undefined) reset(label);
  const centre = el.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
  if (centre === undefined || centre.width < 1) return;
  const cuts = labels.flatMap((label) => {
    const r = label.getBoundingClientRect();
    if (r.width < 1) return [];
    const cutLeft = Math.max(0, centre.left + AIR - r.left);
    const cutRight = Math.max(0, r.right - (centre.right - AIR));
    if (cutLeft < 0.5 && cutRight < 0.5) return [];
    const lineHeight = parseFloat(getComputedStyle(label).lineHeight);
    const lines = lineHeight > 0 ? Math.max(1, Math.round(r.height / lineHeight)) : 1;
    return [{ label, width: r.width, cutLeft, cutRight, lines }];
  });
  // A period's band names its event where the part of it in view has room for the words; else its
  // name is kept for screen readers and its tooltip (review 10, S3-13).
  const bands = [...el.querySelectorAll<HTMLElement>('.vis-item.period-band')].map((band) => {
    const r = band.getBoundingClientRect();
    return { band, inView: Math.min(r.right, centre.right) - Math.max(r.left, centre.left) };
  });
  for (const { label, width, cutLeft, cutRight, lines } of cuts) {
    label.dataset.edge = cutLeft >= 0.5 ? (cutRight >= 0.5 ? 'both' : 'left') : 'right';
    label.style.setProperty('box-sizing', 'border-box');
    label.style.setProperty('width', `${width}px`);
    label.style.setProperty('max-inline-size', 'none');
    label.style.setProperty('padding-left', `${cutLeft}px`);
    label.style.setProperty('padding-right', `${cutRight}px`);
    label.style.setProperty('-webkit-line-clamp', String(lines));
    if (width - cutLeft - cutRight < MIN_ROOM) label.style.setProperty('visibility', 'hidden');
  }
  for (const { band, inView } of bands) band.classList.toggle('band-narrow', inView < BAND_ROOM);
  // A name shown that a box lies over, or that its lane's foot cuts, would read as another word ("The"
  // beside "The Cuban missile crisis" in a strip, review 13 S3-N6): it goes as a narrow band's does.
  // Measured once, and only when a band still shows its name (this runs at every redraw).
  let measured: DOMRect[] | null = null;
  const boxes = (): DOMRect[] =>
    (measured ??= [...el.querySelectorAll('.vis-item.vis-box')].map((b) => b.getBoundingClientRect()));
  const hidden = bands.flatMap(({ band }) => {
    const name = band.querySelector('.item-label')?.getBoundingClientRect();
    if (band.classList.contains('band-narrow') || name === undefined || name.width < 1) return [];
    const b = band.getBoundingClientRect();
    const over = (r: DOMRect): boolean =>
      r.left < name.right && r.right > name.left && r.top < name.bottom && r.bottom > name.top;
    return name.bottom > b.bottom + 0.5 || name.top < b.top - 0.5 || boxes().some(over) ? [band] : [];
  });
  for (const band of hidden) band.classList.add('band-narrow');
  // A band whose name is not shown gives it as its own tooltip, on a pointer anywhere over it (the
  // hidden name's tooltip could not be pointed at: the 2019–2021 band at 2560 px, review 13 S3-15).
  for (const { band } of bands) {
    const tip = band.classList.contains('band-narrow')
      ? (band.querySelector<HTMLElement>('.item-label')?.title ?? '')
      : '';
    if (tip === '') band.removeAttribute('title');
    else if (band.title !== tip) band.title = tip;
  }
}

/** The room in view a band's name needs to be shown in it. */
const BAND_ROOM = 144;
