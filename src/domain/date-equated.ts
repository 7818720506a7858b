/**
 * Weekdays read from a day the text states rather than from publication. A weekday said to be a feast or a Hijri day: «اول ايام رمضان هو يوم الخميس», «ويكون الأربعاء هو
 * أول أيام الشهر الفضيل». Such a sentence announces the calendar (which day a month begins by
 * sighting), so the weekday is the one nearest the day the calendar gives (three days either side),
 * not the last or the next one counted from publication, whatever the tense of the announcing verb.
 * `analyseDates` applies it to two neighbouring expressions after each is read on its own.
 */
import { AR_DAYS, EN_DAYS, describeValue } from './date-calendar';
import type { FoundDate } from './date-finder';
import { foldForDates } from './date-lexicon';
import type { DateReading } from './date-resolver';
import { q, qa } from './date-rule-env';
import { addDays, weekdayOf } from './dates';

/** «هو», «هي», «سيكون», «يكون», «يصادف» between the two: the one is the other. */
const EQUATED = /^\s*[،,]?\s*(?:هو|هي|سيكون|ستكون|يكون|تكون|سيصادف|يصادف|تصادف|الموافق)\s*$/u;

const isDay = (v: string | null): v is string => v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v);

interface Read {
  readonly found: FoundDate;
  readonly reading: DateReading;
}

/**
 * The bare weekday's reading when `a` and `b` (in text order, `gap` the words between them) are a
 * weekday and a feast or Hijri day said to be the same day; null when they are not.
 */
export function weekdayOfFeast(a: Read, b: Read, gap: string): DateReading | null {
  if (!EQUATED.test(foldForDates(gap).text)) return null;
  const [wd, feast] = a.found.kind === 'weekday' ? [a, b] : [b, a];
  const weekday = wd.found.parts.weekday;
  if (wd.found.kind !== 'weekday' || weekday === undefined || wd.found.parts.day !== undefined) return null;
  if ((feast.found.kind !== 'hijri' && feast.found.kind !== 'holiday') || !isDay(feast.reading.value))
    return null;
  const day = feast.reading.value;
  let shift = (weekday - weekdayOf(day) + 7) % 7;
  if (shift > 3) shift -= 7;
  const value = addDays(day, shift);
  return {
    value,
    rule: 'weekday-of-feast',
    reference: day,
    assumptions: ['nearest-weekday'],
    alternatives: [],
    note: {
      en: `${q(wd.found.text)}: the weekday said to be ${q(feast.found.text)} (${describeValue(day, 'en')}), the ${EN_DAYS[weekday] ?? ''} nearest to it: ${describeValue(value, 'en')}.`,
      ar: `${qa(wd.found.text)}: اليوم الذي قيل إنه ${qa(feast.found.text)} (${describeValue(day, 'ar')})، أي أقرب ${AR_DAYS[weekday] ?? ''} إليه: ${describeValue(value, 'ar')}.`,
    },
  };
}

/** Whether `found` states its day itself (a day of a month, a Hijri day, a feast), not counted from publication. */
const statesDay = (found: FoundDate): boolean =>
  ((found.kind === 'date' || found.kind === 'numeric' || found.kind === 'hijri') &&
    found.parts.day !== undefined &&
    found.parts.month !== undefined) ||
  (found.kind === 'holiday' && found.parts.holiday !== undefined);

/** The days of a value (a day or a span of days), or null. */
function daysOf(v: string | null): [string, string] | null {
  if (v === null) return null;
  const [a, b] = v.split('/');
  const to = b ?? a;
  return a !== undefined && to !== undefined && isDay(a) && isDay(to) ? [a, to] : null;
}

/**
 * «لتصبح يوم 19 سبتمبر 2024 لتنضم إلى يوم الجمعة والسبت», «عطلة عيد الأضحى … من الجمعة حتى الثلاثاء»,
 * «نقل العطلة إلى يوم 29 نيسان حيث صادف الأحد»: a bare weekday (or a span of weekdays) after a day the
 * text states in the same comma clause is told of that day's days, not of publication's: the weekday
 * inside the stated span, else the one nearest the stated day (three days either side). `a` is the
 * stated day, `b` the weekday after it; null when they are not such a pair.
 */
export function weekdayNearStated(a: Read, b: Read): DateReading | null {
  const p = b.found.parts;
  const weekday = p.weekday;
  if (b.found.kind !== 'weekday' || weekday === undefined) return null;
  if (p.day !== undefined || p.qualifier !== undefined || p.nth !== undefined || p.weekShift !== undefined)
    return null;
  if (p.to !== undefined && (p.to.weekday === undefined || p.to.day !== undefined)) return null;
  const span = daysOf(a.reading.value);
  if (!statesDay(a.found) || span === null) return null;
  const [from, to] = span;
  // Inside the stated span, the day of that weekday; else the one nearest the span (after it on a tie).
  let first: string | null = null;
  for (let d = from, k = 0; d <= to && k < 7; d = addDays(d, 1), k++)
    if (weekdayOf(d) === weekday) {
      first = d;
      break;
    }
  if (first === null) {
    const ahead = (weekday - weekdayOf(to) + 7) % 7;
    const back = (weekdayOf(from) - weekday + 7) % 7;
    first = ahead <= back ? addDays(to, ahead) : addDays(from, -back);
  }
  const last = p.to?.weekday === undefined ? first : addDays(first, (p.to.weekday - weekday + 7) % 7);
  const value = last === first ? first : `${first}/${last}`;
  const stated = a.reading.value ?? '';
  return {
    value,
    rule: 'weekday-near-stated-day',
    reference: stated,
    assumptions: ['nearest-weekday'],
    alternatives: [],
    note: {
      en: `${q(b.found.text)}: told of the day stated before it, ${q(a.found.text)} (${describeValue(stated, 'en')}), so the ${EN_DAYS[weekday] ?? ''} nearest it: ${describeValue(value, 'en')}.`,
      ar: `${qa(b.found.text)}: يُروى عن اليوم المذكور قبله ${qa(a.found.text)} (${describeValue(stated, 'ar')})، فهو أقرب ${AR_DAYS[weekday] ?? ''} إليه: ${describeValue(value, 'ar')}.`,
    },
  };
}
