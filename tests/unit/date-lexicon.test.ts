import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/domain';
import { toHijri } from '../../src/domain/date-calendar';
import { addDays, weekdayOf } from '../../src/domain/dates';
import { alt, foldForDates } from '../../src/domain/date-lexicon';
import { findDates } from '../../src/domain/date-finder';

// Every word of the date lexicon (src/domain/date-lexicon.ts), each read in a sentence: the tables are
// written out again here, by hand, so that a word dropped or misspelt there fails its own line here.
const PUB = '2024-06-26'; // a Wednesday
const values = (text: string, published: string | null = PUB): (string | null)[] =>
  analyseDates(text, published).map((e) => e.value);

const GREGORIAN: readonly (readonly [string, number])[] = [
  ['كانون الثاني', 1],
  ['كانون ثاني', 1],
  ['يناير', 1],
  ['جانفي', 1],
  ['january', 1],
  ['jan', 1],
  ['شباط', 2],
  ['فبراير', 2],
  ['فيفري', 2],
  ['february', 2],
  ['feb', 2],
  ['آذار', 3],
  ['مارس', 3],
  ['march', 3],
  ['mar', 3],
  ['نيسان', 4],
  ['أبريل', 4],
  ['إبريل', 4],
  ['أفريل', 4],
  ['april', 4],
  ['apr', 4],
  ['أيار', 5],
  ['مايو', 5],
  ['ماي', 5],
  ['may', 5],
  ['حزيران', 6],
  ['يونيو', 6],
  ['يونيه', 6],
  ['جوان', 6],
  ['june', 6],
  ['jun', 6],
  ['تموز', 7],
  ['يوليو', 7],
  ['يوليه', 7],
  ['جويلية', 7],
  ['يوليوز', 7],
  ['july', 7],
  ['jul', 7],
  ['آب', 8],
  ['أغسطس', 8],
  ['أوت', 8],
  ['غشت', 8],
  ['august', 8],
  ['aug', 8],
  ['أيلول', 9],
  ['سبتمبر', 9],
  ['شتنبر', 9],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['تشرين الأول', 10],
  ['تشرين أول', 10],
  ['أكتوبر', 10],
  ['october', 10],
  ['oct', 10],
  ['تشرين الثاني', 11],
  ['تشرين ثاني', 11],
  ['نوفمبر', 11],
  ['نونبر', 11],
  ['november', 11],
  ['nov', 11],
  ['كانون الأول', 12],
  ['كانون أول', 12],
  ['ديسمبر', 12],
  ['دجنبر', 12],
  ['december', 12],
  ['dec', 12],
];

const HIJRI: readonly (readonly [string, number])[] = [
  ['محرم', 1],
  ['المحرم', 1],
  ['صفر', 2],
  ['ربيع الأول', 3],
  ['ربيع الثاني', 4],
  ['ربيع الآخر', 4],
  ['جمادى الأولى', 5],
  ['جمادى الأول', 5],
  ['جمادى الثانية', 6],
  ['جمادى الآخرة', 6],
  ['جمادى الآخر', 6],
  ['رجب', 7],
  ['شعبان', 8],
  ['رمضان', 9],
  ['شوال', 10],
  ['ذو القعدة', 11],
  ['ذي القعدة', 11],
  ['ذو الحجة', 12],
  ['ذي الحجة', 12],
];

describe('the names of months and weekdays', () => {
  it('knows every regional name of every Gregorian month, with a day and a year', () => {
    for (const [name, month] of GREGORIAN)
      expect([name, values(`في 3 ${name} 2024`)]).toEqual([
        name,
        [`2024-${String(month).padStart(2, '0')}-03`],
      ]);
  });

  it('takes the names that are also words (father, Nissan, "may") as months only beside a day or year', () => {
    for (const word of ['آب', 'مارس', 'ماي', 'نيسان', 'may', 'march', 'mar', 'jan', 'feb', 'apr'])
      expect([word, values(`قال ${word} كذا`)]).toEqual([word, []]);
    for (const word of ['jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'])
      expect([word, values(`قال ${word} كذا`)]).toEqual([word, []]);
    // A month name that is no other word is a month alone.
    expect(values('في شباط')).toEqual(['2024-02']);
  });

  it('knows every Hijri month name, Muharram first, and the names of Ramadan', () => {
    for (const [name, month] of HIJRI) {
      const [value] = values(`في 5 ${name} 1446`);
      expect([name, value === null || value === undefined ? null : toHijri(value)]).toEqual([
        name,
        { year: 1446, month, day: 5 },
      ]);
    }
    for (const name of ['الشهر الفضيل', 'الشهر الكريم', 'الشهر المبارك'])
      expect([name, values(`في ${name}`)]).toEqual([name, ['2024-03-11/2024-04-09']]);
  });

  it('knows every weekday, Sunday first, with or without hamza, in Arabic and English', () => {
    const days: readonly (readonly [string, number])[] = [
      ['الأحد', 0],
      ['الاثنين', 1],
      ['الإثنين', 1],
      ['الثلاثاء', 2],
      ['الأربعاء', 3],
      ['الخميس', 4],
      ['الجمعة', 5],
      ['السبت', 6],
    ];
    for (const [name, wd] of days) {
      const [value] = values(`وصل يوم ${name}`);
      expect([name, value === null || value === undefined ? null : weekdayOf(value)]).toEqual([name, wd]);
    }
    for (const [name, wd] of [
      ['sunday', 0],
      ['monday', 1],
      ['tuesday', 2],
      ['wednesday', 3],
      ['thursday', 4],
      ['friday', 5],
      ['saturday', 6],
    ] as const) {
      const found = analyseDates(`on 3 June 2024, a ${name}`, PUB).find((e) => e.text.includes(name));
      expect([
        name,
        found?.value === undefined || found.value === null ? null : weekdayOf(found.value),
      ]).toEqual([name, wd]);
    }
  });
});

describe('numbers in words', () => {
  it('counts every cardinal word 1 to 31, as news writes them', () => {
    const cardinals: readonly (readonly [string, number])[] = [
      ['واحد', 1],
      ['اثنين', 2],
      ['ثلاثة', 3],
      ['ثلاث', 3],
      ['أربعة', 4],
      ['أربع', 4],
      ['خمسة', 5],
      ['خمس', 5],
      ['ستة', 6],
      ['ست', 6],
      ['سبعة', 7],
      ['سبع', 7],
      ['ثمانية', 8],
      ['ثماني', 8],
      ['ثمان', 8],
      ['تسعة', 9],
      ['تسع', 9],
      ['عشرة', 10],
      ['عشر', 10],
      ['أحد عشر', 11],
      ['إحدى عشرة', 11],
      ['اثنا عشر', 12],
      ['اثني عشر', 12],
      ['اثنتا عشرة', 12],
      ['ثلاثة عشر', 13],
      ['أربع عشرة', 14],
      ['خمسة عشر', 15],
      ['ست عشرة', 16],
      ['سبعة عشر', 17],
      ['ثماني عشرة', 18],
      ['تسعة عشر', 19],
      ['عشرين', 20],
      ['عشرون', 20],
      ['واحد وعشرين', 21],
      ['اثنين وعشرين', 22],
      ['خمسة وعشرون', 25],
      ['تسعة وعشرين', 29],
      ['ثلاثين', 30],
      ['ثلاثون', 30],
      ['واحد وثلاثين', 31],
    ];
    for (const [word, n] of cardinals)
      expect([word, values(`قبل ${word} يوما`)]).toEqual([word, [addDays(PUB, -n)]]);
  });

  it('reads every ordinal day 1 to 31, masculine and feminine, and «غرة», «فاتح»', () => {
    const ordinals: readonly (readonly [string, number])[] = [
      ['غرة', 1],
      ['فاتح', 1],
      ['الأول', 1],
      ['الأولى', 1],
      ['الثاني', 2],
      ['الثانية', 2],
      ['الثالث', 3],
      ['الثالثة', 3],
      ['الرابع', 4],
      ['الرابعة', 4],
      ['الخامس', 5],
      ['الخامسة', 5],
      ['السادس', 6],
      ['السادسة', 6],
      ['السابع', 7],
      ['السابعة', 7],
      ['الثامن', 8],
      ['الثامنة', 8],
      ['التاسع', 9],
      ['التاسعة', 9],
      ['العاشر', 10],
      ['العاشرة', 10],
      ['الحادي عشر', 11],
      ['الحادية عشرة', 11],
      ['الثاني عشر', 12],
      ['الخامس عشر', 15],
      ['التاسعة عشرة', 19],
      ['العشرين', 20],
      ['العشرون', 20],
      ['الحادي والعشرين', 21],
      ['الثاني والعشرون', 22],
      ['السابع والعشرين', 27],
      ['الثلاثين', 30],
      ['الثلاثون', 30],
      ['الحادي والثلاثين', 31],
      ['الحادية والثلاثون', 31],
    ];
    for (const [word, n] of ordinals)
      expect([word, values(`في ${word} من مايو 2024`)]).toEqual([
        word,
        [`2024-05-${String(n).padStart(2, '0')}`],
      ]);
    // «الحادي» alone is no day.
    expect(values('في الحادي من مايو 2024')).not.toContain('2024-05-01');
  });

  it('knows every unit, singular, plural, accusative and dual', () => {
    const before = (words: string): (string | null)[] => values(`قبل ${words}`);
    for (const w of ['3 أيام', '3 ايام', 'يوما واحدا'])
      expect([w, before(w)]).toEqual([w, [addDays(PUB, -(w.startsWith('3') ? 3 : 1))]]);
    for (const w of ['يومين', 'يومان']) expect([w, before(w)]).toEqual([w, ['2024-06-24']]);
    for (const w of ['أسبوع', '3 أسابيع', 'أسبوعين', 'أسبوعان'])
      expect([w, before(w)]).toEqual([
        w,
        [addDays(PUB, -7 * (w.startsWith('3') ? 3 : w === 'أسبوع' ? 1 : 2))],
      ]);
    for (const w of ['شهر', '3 أشهر', '3 شهور', 'شهرين', 'شهران'])
      expect([w, before(w)]).toEqual([
        w,
        [w.startsWith('3') ? '2024-03' : w === 'شهر' ? '2024-05' : '2024-04'],
      ]);
    for (const w of ['عام', 'سنة', '3 أعوام', '3 سنوات', 'ثلاث سنين', 'عامين', 'عامان', 'سنتين', 'سنتان'])
      expect([w, before(w)]).toEqual([
        w,
        [/3|ثلاث/.test(w) ? '2021' : /عام$|سنة$/.test(w) ? '2023' : '2022'],
      ]);
    for (const w of ['عقد', '3 عقود', 'عقدين'])
      expect([w, before(w)]).toEqual([w, [w === 'عقد' ? '2014' : w === 'عقدين' ? '2004' : '1994']]);
    for (const w of ['3 ساعات', 'ساعة', 'ساعتين', 'ساعتان']) expect([w, before(w)]).toEqual([w, [PUB]]);
  });
});

describe('units counted from the date before', () => {
  it('knows each unit form after «بعد ذلك بـ» or before «من ذلك»', () => {
    const trip = 'سافر في 3 مارس 2024 وبعد ';
    const after = (words: string): (string | null)[] => values(`${trip}${words}`).slice(1);
    const cases: readonly (readonly [string, string])[] = [
      ['ذلك بيوم', '2024-03-04'],
      ['3 أيام من ذلك', '2024-03-06'],
      ['11 أسبوعا من ذلك', '2024-05-19'],
      ['3 أسابيع من ذلك', '2024-03-24'],
      ['15 شهرا من ذلك', '2025-06'],
      ['ذلك بـ3 أشهر', '2024-06'],
      ['3 شهور من ذلك', '2024-06'],
      ['15 عاما من ذلك', '2039'],
      ['3 أعوام من ذلك', '2027'],
      ['3 سنوات من ذلك', '2027'],
      ['3 سنين من ذلك', '2027'],
    ];
    for (const [words, value] of cases) expect([words, after(words)]).toEqual([words, [value]]);
  });
});

describe('folding for dates', () => {
  it('reads every dash as a hyphen, and maps each folded character back to its offset', () => {
    for (const dash of ['\u2010', '\u2011', '\u2013', '\u2014', '\u2212', '-'])
      expect(values(`بين 2015${dash}2019`, null)).toEqual(['2015/2019']);
    // «ﻻ» (one presentation form) folds to two letters, both at offset 0; tatweel and a vowel fold away.
    const f = foldForDates('\uFEFBبـَد');
    expect(f.text).toBe('لابد');
    expect(f.map).toEqual([0, 0, 1, 4, 5]);
  });

  it('finds a range of days dashed with a hyphen or a non-breaking hyphen as the range, at its offsets', () => {
    for (const dash of ['\u2010', '\u2011', '\u2013', '-']) {
      const text = `شهدت الفترة بين 12${dash}15 مارس 2019 احتجاجات`;
      const found = findDates(text).map((d) => d.text);
      expect([dash, found]).toEqual([dash, [`12${dash}15 مارس 2019`]]);
      const [d] = findDates(text);
      expect(text.slice(d!.start, d!.end)).toBe(d!.text);
    }
  });

  it('makes an alternation of folded words, longest first, with spaces as runs of spaces', () => {
    expect(alt(['أب', 'كانون أول', 'a.b', 'أب'])).toBe('كانون\\s+اول|a\\.b|اب');
    expect(new RegExp(`^(?:${alt(['(x)', 'y+'])})$`).test('(x)')).toBe(true);
  });
});
