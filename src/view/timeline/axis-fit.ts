/**
 * vis-timeline gives each minor axis label the width of its cell and clips what does not fit. Month
 * names are long ("September", "كانون الثاني", with both Arabic names "كانون الثاني/يناير"), so on wide
 * screens, where the engine steps by one month, they were clipped. A month label therefore takes the
 * first of its forms that fits (English "September", then "Sep"; Arabic has no shorter form, and its
 * months are named as everywhere else in the app, by the user's "Date display" setting), and where even
 * that does not fit, fewer ticks are labelled (every other month, quarters, half-years, years) so each
 * name has the room of the unlabelled cells after it: never a month's bare number (S3-4).
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

/** A month's minor label forms, longest first, in the language and display chosen; names only. */
export function monthForms(ms: number, lang: Lang, display: DateDisplay): string[] {
  const f = (o: Intl.DateTimeFormatOptions): string => formatInstant(ms, lang, display, o);
  return lang === 'en' ? [f({ month: 'long' }), f({ month: 'short' })] : [f({ month: 'long' })];
}

const YEAR = Array.from({ length: 12 }, (_, m) => Date.UTC(2021, m, 15));
/** Which months carry a name when not all do: every 2nd, 3rd, 6th, 12th (January). */
const EVERY = [1, 2, 3, 6, 12] as const;

/** How an axis labels its months: in which form, and every how many months. */
export interface MonthPlan {
  readonly form: number;
  readonly every: number;
}

/**
 * The plan for an axis whose ticks are `step` months apart and `room` pixels wide: the fewest months
 * left unnamed, then the longest form in which all twelve months fit the room they get (their own cell
 * and the unnamed ones after it), so an axis never mixes "April" with "Oct".
 */
export function monthPlan(
  lang: Lang,
  display: DateDisplay,
  room: number,
  measure: (text: string) => number,
  step = 1,
): MonthPlan {
  let plans = planCache.get(measure);
  if (plans === undefined) {
    plans = new Map();
    planCache.set(measure, plans);
  }
  const key = `${lang}|${display.months}|${display.digits}|${Math.round(room)}|${step}`;
  const known = plans.get(key);
  if (known !== undefined) return known;
  const plan = planMonths(lang, display, room, measure, step);
  plans.set(key, plan);
  return plan;
}

/** Plans already made, per measure (one per axis type): the engine asks again for every label. */
const planCache = new WeakMap<(text: string) => number, Map<string, MonthPlan>>();

function planMonths(
  lang: Lang,
  display: DateDisplay,
  room: number,
  measure: (text: string) => number,
  step: number,
): MonthPlan {
  const all = YEAR.map((m) => monthForms(m, lang, display));
  const levels = all[0]?.length ?? 1;
  for (const every of EVERY) {
    if (every % step !== 0 && every < 12) continue;
    const space = (room * Math.max(every, step)) / step;
    for (let form = 0; form < levels; form++)
      if (all.every((forms) => measure(forms[form] ?? '') + 2 * PADDING <= space)) return { form, every };
  }
  return { form: levels - 1, every: 12 };
}

/** A month's label by the plan for its axis (see `monthPlan`); '' for a month left unnamed. */
export function fitMonthLabel(
  ms: number,
  lang: Lang,
  display: DateDisplay,
  room: number,
  measure: (text: string) => number,
  step = 1,
): string {
  const plan = monthPlan(lang, display, room, measure, step);
  if (new Date(ms).getUTCMonth() % plan.every !== 0) return '';
  const forms = monthForms(ms, lang, display);
  return forms[plan.form] ?? forms[forms.length - 1] ?? '';
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
