/**
 * Dates and numbers in the interface languages, through Intl with explicit locale tags: plain "ar"
 * would leave the digits and month names to the browser's defaults. Everything is formatted in UTC,
 * the time zone the dataset's calendar days are written in. Pure, so the interface (through
 * `src/i18n`) and the command line's decks write dates alike.
 */
import { parsePartialDate, periodStart } from './dates';
import { localizeDigits } from './text-runs';
import type { DateDisplay, Lang, MonthNaming } from './types';

export const DEFAULT_DISPLAY: DateDisplay = { months: 'levantine', digits: 'arab' };

/** The BCP 47 tag for a language and display choice, e.g. `ar-SY-u-nu-arab-ca-gregory`. */
export function localeTag(
  lang: Lang,
  display: DateDisplay,
  naming: 'levantine' | 'egyptian' = 'levantine',
): string {
  if (lang === 'en') return 'en-GB-u-nu-latn-ca-gregory';
  const region = (display.months === 'egyptian' ? 'egyptian' : naming) === 'egyptian' ? 'EG' : 'SY';
  return `ar-${region}-u-nu-${display.digits}-ca-gregory`;
}

type Parts = 'day' | 'month' | 'year';
const OPTIONS: Record<Parts, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(tag, options);
    cache.set(key, f);
  }
  return f;
}

/** Formats an instant with the given fields, honouring the month naming (both: "آذار/مارس"). */
export function formatInstant(
  ms: number,
  lang: Lang,
  display: DateDisplay,
  options: Intl.DateTimeFormatOptions,
): string {
  // Arabic has no abbreviated month names: a "short" month is the long one, so that the strip, the
  // picture and the axis name months as the dates do (both names too, when that is the setting).
  const month = lang === 'ar' && options.month === 'short' ? 'long' : options.month;
  const opts = { ...options, ...(month === undefined ? {} : { month }), timeZone: 'UTC' };
  if (lang === 'ar' && display.months === 'both' && opts.month === 'long') {
    const egyptian = formatter(localeTag(lang, display, 'egyptian'), {
      month: 'long',
      timeZone: 'UTC',
    }).format(ms);
    return formatter(localeTag(lang, display, 'levantine'), opts)
      .formatToParts(ms)
      .map((p) => (p.type === 'month' ? `${p.value}/${egyptian}` : p.value))
      .join('');
  }
  return formatter(localeTag(lang, display), opts).format(ms);
}

/** A dataset date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) at its own precision. */
export function formatPartialDate(date: string, lang: Lang, display: DateDisplay = DEFAULT_DISPLAY): string {
  const parts = parsePartialDate(date);
  if (parts === null) return date;
  const precision: Parts = parts.day !== undefined ? 'day' : parts.month !== undefined ? 'month' : 'year';
  return formatInstant(periodStart(parts), lang, display, OPTIONS[precision]);
}

/** An event's date or date range, e.g. "17 – 23 June 2024". */
export function formatEventDate(
  start: string,
  end: string | undefined,
  lang: Lang,
  display: DateDisplay = DEFAULT_DISPLAY,
): string {
  const a = formatPartialDate(start, lang, display);
  if (end === undefined) return a;
  return `${a} – ${formatPartialDate(end, lang, display)}`;
}

/** A period [from, to) at a precision, e.g. "March – May 2019"; one date when it is a single one. */
export function formatPeriod(
  from: number,
  to: number,
  precision: 'day' | 'month' | 'year',
  lang: Lang,
  display: DateDisplay = DEFAULT_DISPLAY,
): string {
  const last = to - 86_400_000;
  const a = formatInstant(from, lang, display, OPTIONS[precision]);
  const b = formatInstant(last, lang, display, OPTIONS[precision]);
  return a === b ? a : `${a} – ${b}`;
}

/** A whole number with the language's digits. */
const numberFormats = new Map<string, Intl.NumberFormat>();
export function formatNumber(n: number, lang: Lang, display: DateDisplay = DEFAULT_DISPLAY): string {
  const tag = localeTag(lang, display);
  let f = numberFormats.get(tag);
  if (f === undefined) {
    f = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
    numberFormats.set(tag, f);
  }
  return f.format(n);
}

export type AxisScale =
  'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';

/**
 * A label for the time axis. Minor labels name the step (day number, month, year); major labels give
 * the enclosing period (month and year, year, decade start).
 */
export function axisLabel(
  ms: number,
  scale: AxisScale,
  major: boolean,
  lang: Lang,
  display: DateDisplay = DEFAULT_DISPLAY,
): string {
  const f = (o: Intl.DateTimeFormatOptions): string => formatInstant(ms, lang, display, o);
  switch (scale) {
    case 'year':
      return major ? '' : f({ year: 'numeric' });
    case 'month':
      return major ? f({ year: 'numeric' }) : f({ month: 'long' });
    case 'week':
    case 'day':
    case 'weekday':
      return major ? f({ month: 'long', year: 'numeric' }) : f({ day: 'numeric' });
    default:
      return major
        ? f({ day: 'numeric', month: 'long', year: 'numeric' })
        : f({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  }
}

/**
 * What goes between parts the interface joins ("date · how it is known"). A middle dot beside
 * Arabic-Indic digits reads as a zero (٢٦٠), so Arabic gets a dash.
 */
export function partSeparator(lang: Lang): string {
  return lang === 'ar' ? ' — ' : ' · ';
}

/**
 * The comma between items that do not make a sentence's list (a run of names, counts or chips): the
 * Arabic comma in Arabic. A list read as a sentence ("A, B and C") is `formatList`'s.
 */
export function listComma(lang: Lang): string {
  return lang === 'ar' ? '، ' : ', ';
}

/** Parts joined with the language's separator. */
export function joinParts(parts: readonly string[], lang: Lang): string {
  return parts.join(partSeparator(lang));
}

/** Each month's Levantine and Egyptian names, from the same Intl data the dates are written with. */
let monthPairs: { readonly pair: RegExp; readonly levantine: string; readonly egyptian: string }[] | null =
  null;
function monthNamePairs(): NonNullable<typeof monthPairs> {
  if (monthPairs !== null) return monthPairs;
  const name = (naming: 'levantine' | 'egyptian', m: number): string =>
    formatter(localeTag('ar', { months: naming, digits: 'latn' }), { month: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2020, m, 1),
    );
  monthPairs = Array.from({ length: 12 }, (_, m) => {
    const levantine = name('levantine', m);
    const egyptian = name('egyptian', m);
    // Arabic writes April with either alif (أبريل, إبريل); a pair may put either name first.
    const e = egyptian.replace(/^[أإ]/u, '[أإ]');
    return {
      pair: new RegExp(`${levantine}\\s*/\\s*(${e})|(${e})\\s*/\\s*${levantine}`, 'gu'),
      levantine,
      egyptian,
    };
  });
  return monthPairs;
}

/**
 * A dataset text's paired month names ("آذار/مارس", "شباط/ فبراير") in the chosen naming: the Egyptian
 * name alone ("مارس"), the Levantine one alone ("آذار"), or the pair as written when both are chosen,
 * so that a summary under a date names its months as the date does. A lone month name is left as it
 * is: the text does not say which naming its writer meant it to stand for.
 */
export function localizeMonths(text: string, months: MonthNaming): string {
  if (months === 'both' || !text.includes('/')) return text;
  let out = text;
  for (const { pair, levantine } of monthNamePairs()) {
    out = out.replace(pair, (_all, e1: string | undefined, e2: string | undefined) =>
      months === 'levantine' ? levantine : (e1 ?? e2 ?? ''),
    );
  }
  return out;
}

/**
 * Interface text that comes from the data (titles, summaries, outlet names, notes) with its numbers in
 * the chosen digits and its paired month names in the chosen naming in the Arabic interface. Never for
 * quotes: they are exact article slices.
 */
export function dataText(text: string, lang: Lang, display: DateDisplay = DEFAULT_DISPLAY): string {
  return lang === 'ar' ? localizeMonths(localizeDigits(text, display.digits), display.months) : text;
}

const listFormats = new Map<string, Intl.ListFormat>();
function listFormat(lang: Lang, display: DateDisplay): Intl.ListFormat {
  const tag = localeTag(lang, display);
  let f = listFormats.get(tag);
  if (f === undefined) {
    f = new Intl.ListFormat(tag, { type: 'conjunction', style: 'long' });
    listFormats.set(tag, f);
  }
  return f;
}

/**
 * Items joined as the language joins a list ("A, B and C", «أ وب وج»), with an explicit locale tag: the
 * one joiner of every list of names the interface and the deck show.
 */
export function formatList(
  items: readonly string[],
  lang: Lang,
  display: DateDisplay = DEFAULT_DISPLAY,
): string {
  return listFormat(lang, display).format(items);
}

/**
 * The words `formatList` puts between `count` items, for a list whose items are not plain text (each
 * its own element): `between[i]` goes before item `i + 1`.
 */
export function listSeparators(count: number, lang: Lang, display: DateDisplay = DEFAULT_DISPLAY): string[] {
  if (count < 2) return [];
  const parts = listFormat(lang, display).formatToParts(Array.from({ length: count }, (_, i) => String(i)));
  const between: string[] = [];
  let seen = 0;
  for (const part of parts) {
    if (part.type === 'element') seen += 1;
    else if (seen > 0 && seen < count) between[seen - 1] = (between[seen - 1] ?? '') + part.value;
  }
  return between;
}
