/**
 * What the date resolver offers for a new event: its date, precision, how it is known and a drafted
 * note, all editable before the event is made. Also the sentence around a span, the natural quote.
 */
import {
  derivedReadings,
  describeValue,
  draftOutlet,
  type Bilingual,
  type DateBasis,
  type Precision,
  type ResolvedDateExpression,
  sentenceAt,
  type Span,
} from '../domain';
import type { EventFields } from './commands';

/**
 * How a resolved expression's date is known: a weekday name is `weekday`; anything counted from a
 * reference (the publication date or an earlier date: "yesterday", "13 May last", "May" without a
 * year) is `relative`; a date printed whole, whatever its calendar, is `stated`.
 */
export function basisOf(e: Pick<ResolvedDateExpression, 'kind' | 'reference'>): DateBasis {
  if (e.kind === 'weekday') return 'weekday';
  return e.reference === null ? 'stated' : 'relative';
}

const precisionOf = (value: string): Precision =>
  value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';

type ArticleRef = {
  readonly id: string;
  readonly published: string | null;
  readonly outlet?: Bilingual;
};

/**
 * An article's name in a drafted note of language `lang`: its outlet (`draftOutlet`, the other
 * language's where its own is blank), else its id. The note is data, and data holds no directional
 * controls (the schema refuses U+2066–U+2069): where an Arabic name sits inside English words the
 * screen isolates the run when it draws the note (`domain/text-runs.ts`).
 */
export function outletInNote(
  article: { readonly id: string; readonly outlet?: Bilingual },
  lang: 'ar' | 'en',
): string {
  const named = article.outlet === undefined ? null : draftOutlet({ outlet: article.outlet }, lang);
  return named === null ? article.id : named.text;
}

/**
 * A new event's date fields from a selected passage: those of the first date expression inside it
 * that resolves (as "New event from this date" gives them); else the article's publication date,
 * "inferred from context" with a note saying so, since the passage itself states no date (#24 D9). The
 * note says nothing a correction of the date would make false: not that the date is the publication
 * date, only when the article was published.
 */
export function eventFromSelection(
  selection: Span,
  dates: readonly ResolvedDateExpression[],
  article: ArticleRef,
): EventFields {
  for (const e of dates) {
    if (e.start < selection.start || e.end > selection.end) continue;
    const fields = eventFromDate(e, article);
    if (fields !== null) return fields;
  }
  if (article.published === null) return { basis: 'context' };
  return {
    start: article.published,
    precision: 'day',
    basis: 'context',
    basisNote: {
      ar: `لا تاريخ في المقطع المقتبس، فالتاريخ مستنتج من السياق؛ ونُشر مقال ${outletInNote(article, 'ar')} في ${article.published}.`,
      en: `The quoted passage states no date, so the date is inferred from context; the article of ${outletInNote(article, 'en')} was published on ${article.published}.`,
    },
  };
}

/**
 * The event's date fields from one resolved expression, or null when it resolves to no date.
 * `reading` picks another of the readings the text allows (`derivedReadings`: a bare weekday read as
 * past rather than future, a week from Saturday…): the author's correction keeps the basis the
 * words give, and the note says which reading was taken. A reading the expression does not allow
 * gives null: the loader and `data:check` would refuse it under this basis.
 */
export function eventFromDate(
  e: ResolvedDateExpression,
  article: ArticleRef,
  reading: string | null = e.value,
): EventFields | null {
  if (reading === null || !derivedReadings(e).includes(reading)) return null;
  const [start = '', end] = reading.split('/');
  const basis = basisOf(e);
  const name = (lang: 'ar' | 'en'): string => outletInNote(article, lang);
  // The note opens with words of its own language, so an English note does not start on an Arabic run.
  // One set of brackets: an outlet named with its own («Al-Shorouk (shorouknews.com)») is followed by
  // the publication date between commas.
  const dated = (lang: 'ar' | 'en', words: string): string =>
    /[()]/u.test(name(lang)) ? `${lang === 'ar' ? '،' : ','} ${words}` : ` (${words})`;
  const from: Bilingual =
    article.published === null
      ? { ar: `في مقال ${name('ar')}`, en: `In the article of ${name('en')}` }
      : {
          ar: `في مقال ${name('ar')}${dated('ar', `المنشور في ${article.published}`)}`,
          en: `In the article of ${name('en')}${dated('en', `published ${article.published}`)}`,
        };
  const other = e.alternatives.find((a) => a.value === reading && reading !== e.value);
  const taken: Bilingual =
    other === undefined
      ? { ar: '', en: '' }
      : {
          ar: ` والقراءة المعتمدة هي الأخرى التي يحتملها النص: ${describeValue(reading, 'ar')}.`,
          en: ` The reading taken is the other one the text allows (${other.reading}): ${describeValue(reading, 'en')}.`,
        };
  // The resolver's note names the words itself; else they are quoted first.
  const words = (note: string, quoted: string): string =>
    note.includes(e.text) ? note : `${quoted}: ${note}`;
  const basisNote: Bilingual = {
    ar: `${from.ar}، ${words(e.note.ar, `«${e.text}»`)}${taken.ar}`,
    en: `${from.en}, ${words(e.note.en, `“${e.text}”`)}${taken.en}`,
  };
  return {
    start,
    ...(end === undefined ? {} : { end }),
    precision: precisionOf(start),
    basis,
    basisNote,
  };
}

/**
 * The sentence holding `span`, cut as the suggestions cut their passages: never at a decimal point
 * («6.9») or an abbreviation's dot.
 */
export function sentenceAround(text: string, span: Span): Span {
  return sentenceAt(text, span);
}
