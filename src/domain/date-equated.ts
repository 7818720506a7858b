/**
 * A weekday said to be a feast or a Hijri day: «اول ايام رمضان هو يوم الخميس», «ويكون الأربعاء هو
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
