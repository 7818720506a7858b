/**
 * vis-timeline gives each minor axis label the width of its cell and clips what does not fit. Month
 * names are long ("September", "كانون الثاني", with both Arabic names "كانون الثاني/يناير"), so on wide
 * screens, where the engine steps by one month, they were clipped. A month label therefore takes the
 * first of its forms that fits its cell: the long name, then a shorter one (English "Sep"; in Arabic
 * one name instead of both, then the shorter Egyptian-style name), then the month's number (the year
 * stands above it on the axis).
 */
import type { Lang } from '../../domain';
import { formatInstant, type AxisScale, type DateDisplay } from '../../i18n';

/** vis-timeline's padding on each side of a label. */
const PADDING = 6;
const DAY = 86_400_000;
/** The shortest cell of a scale's unit, so that February's label fits too. */
const UNIT: Partial<Record<AxisScale, number>> = { month: 28 * DAY, year: 365 * DAY };

/** The first form that fits `room` pixels, else the last (the shortest). */
export function fitLabel(forms: readonly string[], room: number, measure: (text: string) => number): string {
  for (const f of forms) if (measure(f) + 2 * PADDING <= room) return f;
  return forms[forms.length - 1] ?? '';
}

/** A month's minor label forms, longest first, in the language and display chosen. */
export function monthForms(ms: number, lang: Lang, display: DateDisplay): string[] {
  const f = (d: DateDisplay, o: Intl.DateTimeFormatOptions): string => formatInstant(ms, lang, d, o);
  const forms = [f(display, { month: 'long' })];
  if (lang === 'en') forms.push(f(display, { month: 'short' }));
  else {
    if (display.months === 'both') forms.push(f({ ...display, months: 'levantine' }, { month: 'long' }));
    // Arabic has no abbreviated months; the Egyptian-style names (يناير, أكتوبر) are the short ones,
    // and every Arabic reader knows them, so an axis still names its months before it numbers them.
    if (display.months !== 'egyptian') forms.push(f({ ...display, months: 'egyptian' }, { month: 'long' }));
  }
  forms.push(f(display, { month: 'numeric' }));
  return forms;
}

const YEAR = Array.from({ length: 12 }, (_, m) => Date.UTC(2021, m, 15));

/**
 * A month's label in the one form every month of the axis takes: the longest form in which all twelve
 * fit `room` (so an axis never mixes "April" with "Oct"), else the shortest.
 */
export function fitMonthLabel(
  ms: number,
  lang: Lang,
  display: DateDisplay,
  room: number,
  measure: (text: string) => number,
): string {
  const all = YEAR.map((m) => monthForms(m, lang, display));
  const levels = all[0]?.length ?? 1;
  let level = levels - 1;
  for (let k = 0; k < levels; k++)
    if (all.every((forms) => measure(forms[k] ?? '') + 2 * PADDING <= room)) {
      level = k;
      break;
    }
  const forms = monthForms(ms, lang, display);
  return forms[level] ?? forms[forms.length - 1] ?? '';
}

/** The width in pixels of one cell of `step` units of `scale`, at `pxPerMs`; undefined for other scales. */
export function cellWidth(scale: AxisScale, step: number, pxPerMs: number): number | undefined {
  const unit = UNIT[scale];
  return unit === undefined ? undefined : unit * step * pxPerMs;
}

/** A measure in the axis's type (0.8rem of the timeline's font), or null without a canvas. */
export function axisMeasure(el: HTMLElement): ((text: string) => number) | null {
  const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext?.('2d');
  if (ctx == null) return null;
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  ctx.font = `${0.8 * root}px ${getComputedStyle(el).fontFamily}`;
  return (text) => ctx.measureText(text).width;
}
