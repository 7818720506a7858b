/**
 * Correcting a misdated outlet (#24 D10): the author sets an event's date that no expression in its
 * quotes reads as (Dot Al Khalij's «أمس الأربعاء» for a quake that struck on Tuesday). The one rule for
 * derived dates (`domain/date-derived.ts`) then refuses the basis "weekday" or "relative", and the
 * honest basis is "inferred from context". This offers it, with a note that says what the words of its
 * quotes read as. The note blames no one: the outlet may have named another day, or the words may
 * have been read wrongly («قبل لحظات», a weekday read as future); either way the record keeps both.
 */
import {
  derivedDateProblem,
  derivedReadings,
  describeValue,
  type Bilingual,
  type ResolvedDateExpression,
  type TimelineEvent,
} from '../domain';
import type { EventFields } from './commands';
import { outletInNote } from './event-from-date';

/** What an article needs here: its id and the outlet's name (the id until it is named). */
export interface NamedArticle {
  readonly id: string;
  readonly outlet?: Bilingual;
  readonly published: string | null;
}

/** One date expression in the event's quotes and the days its words allow. */
export interface OutletWording {
  readonly source: string;
  readonly text: string;
  readonly readings: readonly string[];
}

/** The date expressions inside the event's quotes that give a date, in the order the accounts hold them. */
export function wordingsOf(
  ev: Pick<TimelineEvent, 'accounts'>,
  expressionsOf: (source: string) => readonly ResolvedDateExpression[],
): OutletWording[] {
  const out: OutletWording[] = [];
  for (const acc of ev.accounts)
    for (const q of acc.quotes)
      for (const e of expressionsOf(acc.source)) {
        if (e.start < q.start || e.end > q.end) continue;
        const readings = derivedReadings(e);
        if (readings.length > 0) out.push({ source: acc.source, text: e.text, readings });
      }
  return out;
}

const name = (a: NamedArticle | undefined, id: string, lang: 'ar' | 'en'): string =>
  outletInNote(a ?? { id }, lang);

/**
 * The fields that make a misdated event honest ("inferred from context", a note naming what each
 * outlet's words gave), or null when its basis already holds: not derived, or a reading of its words.
 */
export function contextCorrection(
  ev: TimelineEvent,
  articles: readonly NamedArticle[],
  expressionsOf: (source: string) => readonly ResolvedDateExpression[],
): EventFields | null {
  if (ev.start === '' || derivedDateProblem(ev, expressionsOf) === null) return null;
  const target = ev.end === undefined ? ev.start : `${ev.start}/${ev.end}`;
  const said = wordingsOf(ev, expressionsOf);
  const article = (id: string): NamedArticle | undefined => articles.find((a) => a.id === id);
  const gave = (lang: 'ar' | 'en'): string[] =>
    said.map((w) => {
      const a = article(w.source);
      const days = w.readings.map((r) => describeValue(r, lang));
      return lang === 'ar'
        ? `«${w.text}» في مقال ${name(a, w.source, 'ar')}${a?.published ? ` (المنشور في ${a.published})` : ''} تدل على ${days.join(' أو ')}`
        : `“${w.text}” in the article of ${name(a, w.source, 'en')}${a?.published ? ` (published ${a.published})` : ''} reads as ${days.join(' or ')}`;
    });
  const ar = gave('ar');
  const en = gave('en');
  return {
    basis: 'context',
    basisNote: {
      ar:
        `التاريخ مستنتج من السياق: ${describeValue(target, 'ar')}، لا من كلمات الاقتباسات.` +
        (ar.length === 0 ? '' : ` أما عبارات التاريخ في اقتباساته فتُقرأ يومًا آخر: ${ar.join('؛ ')}.`),
      en:
        `Inferred from context: ${describeValue(target, 'en')}, not from the words of its quotes.` +
        (en.length === 0 ? '' : ` The date words in its quotes read as another day: ${en.join('; ')}.`),
    },
  };
}
