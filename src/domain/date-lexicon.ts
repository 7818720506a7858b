/**
 * The words Arabic (and English) news uses for dates, and the folding that lets one pattern match
 * them however they are spelled: with or without diacritics and tatweel, hamza or not, ة or ه, ى or ي,
 * Arabic-Indic or Latin digits, presentation forms from PDF extraction. The finder matches on the
 * folded text and maps every match back to the original offsets.
 */
import { foldWithOffsets, PROCLITICS } from './arabic';

export interface Folded {
  /** The folded text. */
  readonly text: string;
  /** `map[i]` is the UTF-16 offset in the original of folded character `i`; `map[text.length]` is the original length. */
  readonly map: readonly number[];
}

/**
 * Folds a text for matching dates, keeping the way back to the original offsets: the shared fold
 * (`foldWithOffsets` of arabic.ts), whose dashes are one (`DASHES`), so a range reads as a range
 * however it is dashed («2015–2019», «12‑15 مارس»).
 */
export function foldForDates(text: string): Folded {
  const f = foldWithOffsets(text);
  return { text: f.folded, map: [...f.starts, text.length] };
}

/** Folds one lexicon word the same way as the text. */
export const fold = (word: string): string => foldForDates(word).text;

/**
 * Gregorian month names, January first, all regional namings (folded spellings are added later);
 * the Levantine ones also without their article («9 كانون أول»، «تشرين ثاني»).
 */
export const GREGORIAN_MONTHS: readonly (readonly string[])[] = [
  ['كانون الثاني', 'كانون ثاني', 'يناير', 'جانفي', 'january', 'jan'],
  ['شباط', 'فبراير', 'فيفري', 'february', 'feb'],
  ['آذار', 'مارس', 'march', 'mar'],
  ['نيسان', 'أبريل', 'إبريل', 'أفريل', 'april', 'apr'],
  ['أيار', 'مايو', 'ماي', 'may'],
  ['حزيران', 'يونيو', 'يونيه', 'جوان', 'june', 'jun'],
  ['تموز', 'يوليو', 'يوليه', 'جويلية', 'يوليوز', 'july', 'jul'],
  ['آب', 'أغسطس', 'أوت', 'غشت', 'august', 'aug'],
  ['أيلول', 'سبتمبر', 'شتنبر', 'september', 'sept', 'sep'],
  ['تشرين الأول', 'تشرين أول', 'أكتوبر', 'october', 'oct'],
  ['تشرين الثاني', 'تشرين ثاني', 'نوفمبر', 'نونبر', 'november', 'nov'],
  ['كانون الأول', 'كانون أول', 'ديسمبر', 'دجنبر', 'december', 'dec'],
];

/**
 * Month names as they are misprinted: a letter after the first dropped or two neighbours swapped in a
 * name of six letters or more («نوفبر»، «ديسبمر»), an inner letter dropped in one of five («يونو»). Folded, to the
 * month's index. A form that could be two months («يويو») or is a word of its own («حيران»، «اغطس»), and
 * the French-derived «جانفي» and «فيفري» whose short forms are names, are left out. The finder takes
 * them only with a day, a year or «شهر» (`misspeltMonth`).
 */
export const MISSPELT_MONTHS: ReadonlyMap<string, number> = (() => {
  const real = new Set(GREGORIAN_MONTHS.flat().map((n) => fold(n)));
  const words = new Set(['اغطس', 'حيران', 'نيان', 'الول'].map(fold));
  const seen = new Map<string, number>();
  GREGORIAN_MONTHS.forEach((names, i) => {
    for (const name of names) {
      const w = fold(name);
      if (!/^\p{Script=Arabic}+$/u.test(w) || w.length < 5 || ['جانفي', 'فيفري'].includes(w)) continue;
      const forms: string[] = [];
      const long = w.length >= 6;
      for (let k = 1; k < (long ? w.length : w.length - 1); k++) forms.push(w.slice(0, k) + w.slice(k + 1));
      if (long)
        for (let k = 0; k + 1 < w.length; k++)
          forms.push(w.slice(0, k) + (w[k + 1] ?? '') + (w[k] ?? '') + w.slice(k + 2));
      for (const f of forms) {
        // «براير» would also be «فبراير» read as «فـ» and a misprint.
        if (real.has(f) || words.has(f) || [...PROCLITICS].some((c) => real.has(c + f))) continue;
        seen.set(f, seen.has(f) && seen.get(f) !== i ? -1 : i);
      }
    }
  });
  return new Map([...seen].filter(([, i]) => i >= 0));
})();

/** Names that are also ordinary words (father, practised, Nissan, the modal "may"): a month only with a day, a year or a preposition. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(
  [
    'آب',
    'مارس',
    'ماي',
    'نيسان',
    'may',
    'march',
    'mar',
    'jan',
    'feb',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
  ].map(fold),
);

/** Hijri month names, Muharram first. */
export const HIJRI_MONTHS: readonly (readonly string[])[] = [
  ['محرم', 'المحرم'],
  ['صفر'],
  ['ربيع الأول'],
  ['ربيع الثاني', 'ربيع الآخر'],
  // «جمادة» as it is often printed, and the masculine ordinal agreeing with «شهر» («جمادى الثاني»).
  ['جمادى الأولى', 'جمادى الأول', 'جمادة الأولى', 'جمادة الأول'],
  [
    'جمادى الثانية',
    'جمادى الآخرة',
    'جمادى الآخر',
    'جمادى الثاني',
    'جمادة الثانية',
    'جمادة الآخرة',
    'جمادة الثاني',
  ],
  ['رجب'],
  ['شعبان'],
  // «الشهر الفضيل», «الشهر الكريم», «الشهر المبارك»: what Arabic news calls Ramadan.
  ['رمضان', 'الشهر الفضيل', 'الشهر الكريم', 'الشهر المبارك'],
  ['شوال'],
  ['ذو القعدة', 'ذي القعدة'],
  ['ذو الحجة', 'ذي الحجة'],
];

/** Weekday names without the article, Sunday first (the index is `Date.getUTCDay()`). */
export const WEEKDAY_STEMS: readonly (readonly string[])[] = [
  ['أحد', 'sunday'],
  ['اثنين', 'إثنين', 'monday'],
  ['ثلاثاء', 'tuesday'],
  ['أربعاء', 'wednesday'],
  ['خميس', 'thursday'],
  ['جمعة', 'friday'],
  ['سبت', 'saturday'],
];

const UNITS_1 = [
  'واحد',
  'اثنين|اثنان|اثنتين|اثنتان',
  'ثلاثة|ثلاث',
  'أربعة|أربع',
  'خمسة|خمس',
  'ستة|ست',
  'سبعة|سبع',
  'ثمانية|ثماني|ثمان',
  'تسعة|تسع',
];
const ORDINALS_1 = [
  'الأول|الأولى|أول|الحادي|الحادية',
  'الثاني|الثانية',
  'الثالث|الثالثة',
  'الرابع|الرابعة',
  'الخامس|الخامسة',
  'السادس|السادسة',
  'السابع|السابعة',
  'الثامن|الثامنة',
  'التاسع|التاسعة',
];

/** Cardinal number words 1–31 and their value (folded), as written in news: «سبعة أيام», «واحد وعشرين». */
export const CARDINALS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  UNITS_1.forEach((w, i) => w.split('|').forEach((x) => m.set(fold(x), i + 1)));
  ['عشرة|عشر'].forEach((w) => w.split('|').forEach((x) => m.set(fold(x), 10)));
  ['أحد عشر|إحدى عشرة', 'اثنا عشر|اثني عشر|اثنتا عشرة'].forEach((w, i) =>
    w.split('|').forEach((x) => m.set(fold(x), 11 + i)),
  );
  for (let u = 3; u <= 9; u++)
    for (const x of (UNITS_1[u - 1] ?? '').split('|')) {
      m.set(fold(`${x} عشر`), 10 + u);
      m.set(fold(`${x} عشرة`), 10 + u);
    }
  for (const [tens, names] of [
    [20, 'عشرين|عشرون'],
    [30, 'ثلاثين|ثلاثون'],
  ] as const)
    for (const t of names.split('|')) {
      m.set(fold(t), tens);
      UNITS_1.forEach((w, i) => w.split('|').forEach((x) => m.set(fold(`${x} و${t}`), tens + i + 1)));
    }
  return m;
})();

/** Ordinal day words 1–31 (folded), masculine and feminine: «الخامس عشر», «الحادي والعشرين», «غرة». */
export const ORDINALS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>([
    [fold('غرة'), 1],
    [fold('فاتح'), 1],
    [fold('العاشر'), 10],
    [fold('العاشرة'), 10],
  ]);
  ORDINALS_1.forEach((w, i) =>
    w.split('|').forEach((x) => {
      if (i > 0 || !x.includes('حادي')) m.set(fold(x), i + 1);
      for (const ten of ['عشر', 'عشرة']) m.set(fold(`${x} ${ten}`), 11 + i);
      for (const [tens, names] of [
        [20, 'العشرين|والعشرين|والعشرون|العشرون'],
        [30, 'والثلاثين|والثلاثون'],
      ] as const)
        for (const t of names.split('|')) if (t.startsWith('و')) m.set(fold(`${x} ${t}`), tens + i + 1);
    }),
  );
  for (const t of ['العشرين', 'العشرون']) m.set(fold(t), 20);
  for (const t of ['الثلاثين', 'الثلاثون']) m.set(fold(t), 30);
  return m;
})();

export type Unit = 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade';

/** Time units with their singular, dual, plural and accusative forms (folded), and the count a dual implies. */
export const UNITS: readonly (readonly [Unit, readonly string[], readonly string[]])[] = [
  ['hour', ['ساعة', 'ساعات', 'ساعه'], ['ساعتين', 'ساعتان']],
  ['day', ['يوم', 'يوما', 'أيام', 'ايام'], ['يومين', 'يومان']],
  ['week', ['أسبوع', 'أسبوعا', 'أسابيع'], ['أسبوعين', 'أسبوعان']],
  ['month', ['شهر', 'شهرا', 'أشهر', 'شهور'], ['شهرين', 'شهران']],
  ['year', ['عام', 'عاما', 'أعوام', 'سنة', 'سنوات', 'سنين'], ['عامين', 'عامان', 'سنتين', 'سنتان']],
  ['decade', ['عقد', 'عقود'], ['عقدين']],
];

/** Alternation of folded words, longest first, escaped for a RegExp. */
export function alt(words: Iterable<string>): string {
  const list = [...new Set([...words].map(fold))].sort((a, b) => b.length - a.length);
  return list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

/** Folded word → index, for every name in a table. */
export function indexOf(table: readonly (readonly string[])[]): ReadonlyMap<string, number> {
  const m = new Map<string, number>();
  table.forEach((names, i) => names.forEach((n) => m.set(fold(n), i)));
  return m;
}
