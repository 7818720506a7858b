import { describe, expect, it } from 'vitest';
import type { ExpressionParts } from '../../src/domain/date-finder';
import { resolveDate, type DateContext } from '../../src/domain/date-resolver';
import { yearFor } from '../../src/domain/date-rules-stated';

// What the rules for stated dates (`date-rules-stated.ts`) decide and write: names, spans, Hijri
// dates and feasts, the new year, and Gregorian dates with or without their year. The parts are given
// as the finder makes them, so that each rule is reached alone; the texts are made up for each case.
const read = (text: string, parts: ExpressionParts, ctx: DateContext) =>
  resolveDate({ start: 0, end: text.length, text, kind: 'date', parts }, ctx);
const G = 'gregory' as const;
// Wednesday 26 June 2024 (20 Dhu al-Hijjah 1445).
const PUB = '2024-06-26';

describe('names that hold no date of the article', () => {
  it('gives a national day no value, and says why in both languages', () => {
    const r = read('عيد الشرطة', { nationalDay: true }, { published: PUB });
    expect([r.value, r.rule, r.reference]).toEqual([null, 'national-day', null]);
    expect(r.note.en).toBe(
      '“عيد الشرطة” names a national day or a night that is not fixed; its day depends on the country, which the text does not settle.',
    );
    expect(r.note.ar).toBe(
      '«عيد الشرطة» يسمّي عيدًا وطنيًا أو ليلة غير ثابتة؛ يومه يختلف باختلاف البلد، والنص لا يحسم ذلك.',
    );
  });

  it('does not count a named event’s date, though its name prints one', () => {
    const r = read('ثورة 25 يناير', { name: true, calendar: G, day: 25, month: 1 }, { published: PUB });
    expect([r.value, r.rule]).toEqual([null, 'named-event']);
    expect(r.note.en).toBe('“ثورة 25 يناير” names an event; its date is not counted from the article.');
    expect(r.note.ar).toBe('«ثورة 25 يناير» اسم حدث؛ لا يُحسب تاريخه من المقال.');
  });
});

describe('a span (range)', () => {
  it('ends «من نفس الشهر» in the month it starts in', () => {
    const r = read(
      'من 15 مارس إلى 22 من نفس الشهر',
      { calendar: G, day: 15, month: 3, to: { qualifier: 'same', day: 22 } },
      { published: PUB },
    );
    expect(r.value).toBe('2024-03-15/2024-03-22');
    expect(r.note.en).toBe(
      '“من 15 مارس إلى 22 من نفس الشهر” is a span: Friday 15 March 2024 to Friday 22 March 2024, the year from the publication date (Wednesday 26 June 2024).',
    );
    expect(r.note.ar).toBe(
      '«من 15 مارس إلى 22 من نفس الشهر» مدة: من الجمعة 15 آذار/مارس 2024 إلى الجمعة 22 آذار/مارس 2024، والعام من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024).',
    );
  });

  it('lends the printed year to the end without one, the next year when its month comes earlier', () => {
    const dec = { calendar: G, day: 20, month: 12 };
    const jan = { calendar: G, day: 5, month: 1 };
    const printed = read(
      'من 20 ديسمبر 2023 إلى 5 يناير',
      { ...dec, year: 2023, to: jan },
      { published: PUB },
    );
    expect(printed.value).toBe('2023-12-20/2024-01-05');
    expect(printed.rule).toBe('stated');
    expect(printed.note.en).toBe(
      '“من 20 ديسمبر 2023 إلى 5 يناير” is a span: Wednesday 20 December 2023 to Friday 5 January 2024, as printed.',
    );
    expect(printed.note.ar).toBe(
      '«من 20 ديسمبر 2023 إلى 5 يناير» مدة: من الأربعاء 20 كانون الأول/ديسمبر 2023 إلى الجمعة 5 كانون الثاني/يناير 2024، كما هي مذكورة.',
    );
    // The start without a year: the year before the end's when its month comes later.
    expect(
      read('من 20 ديسمبر إلى 5 يناير 2024', { ...dec, to: { ...jan, year: 2024 } }, { published: PUB }).value,
    ).toBe('2023-12-20/2024-01-05');
    // Months in order share the year.
    const may = { calendar: G, day: 3, month: 5 };
    expect(
      read(
        'من 3 مايو 2023 إلى 5 يونيو',
        { ...may, year: 2023, to: { calendar: G, day: 5, month: 6 } },
        { published: PUB },
      ).value,
    ).toBe('2023-05-03/2023-06-05');
    expect(
      read(
        'من 3 مايو إلى 5 يونيو 2023',
        { ...may, to: { calendar: G, day: 5, month: 6, year: 2023 } },
        { published: PUB },
      ).value,
    ).toBe('2023-05-03/2023-06-05');
  });

  it('lends the start’s counted year to a year-less end, the next one when the end’s month is earlier', () => {
    // Published in November: «من 20 ديسمبر إلى 5 يناير» runs into the next year.
    const r = read(
      'من 20 ديسمبر إلى 5 يناير',
      { calendar: G, day: 20, month: 12, qualifier: 'next', to: { calendar: G, day: 5, month: 1 } },
      { published: '2024-11-10' },
    );
    expect(r.value).toBe('2024-12-20/2025-01-05');
  });

  it('runs forwards when its ends were read apart: a later end, or an earlier start', () => {
    // Published Sunday 10 November 2024. «اليوم حتى 22 أكتوبر»: October after today is next year's.
    const today = read(
      'اليوم حتى 22 أكتوبر',
      { dayOffset: 0, to: { calendar: G, day: 22, month: 10 } },
      { published: '2024-11-10' },
    );
    expect(today.value).toBe('2024-11-10/2025-10-22');
    // «2 ديسمبر حتى بعد غد»: 2 December after the end is last year's.
    const after = read(
      '2 ديسمبر حتى بعد غد',
      { calendar: G, day: 2, month: 12, to: { dayOffset: 2 } },
      { published: '2024-11-10' },
    );
    expect(after.value).toBe('2023-12-02/2024-11-12');
  });

  it('is no date when an end is no real day, and says so without the other end’s value', () => {
    const r = read(
      '3 إلى 31 فبراير',
      { calendar: G, day: 3, month: 2, to: { calendar: G, day: 31, month: 2 } },
      { published: PUB },
    );
    expect(r.value).toBeNull();
    expect(r.alternatives).toEqual([]);
    expect(r.note.en).not.toContain('2024');
    expect(r.note.en).toBe('“3 إلى 31 فبراير” is not a real day.');
    expect(r.note.ar).toBe('«3 إلى 31 فبراير» ليس يومًا حقيقيًا.');
    const start = read(
      '31 فبراير إلى 3 مارس 2024',
      { calendar: G, day: 31, month: 2, to: { calendar: G, day: 3, month: 3, year: 2024 } },
      { published: PUB },
    );
    expect([start.value, start.rule, start.note.en]).toEqual([
      null,
      'not-a-date',
      '“31 فبراير إلى 3 مارس 2024” is not a real day.',
    ]);
  });
});

describe('Hijri dates and feasts (Umm al-Qura)', () => {
  const hijri = (text: string, parts: ExpressionParts, ctx: DateContext) => {
    const r = read(text, parts, ctx);
    return [r.value, r.assumptions.slice(1), r.alternatives.map((a) => a.value)];
  };

  it('knows the day of each feast', () => {
    const feast = (holiday: NonNullable<ExpressionParts['holiday']>): string | null =>
      read('العيد', { holiday }, { published: PUB }).value;
    expect(feast('fitr')).toBe('2024-04-10'); // 1 Shawwal 1445
    expect(feast('adha')).toBe('2024-06-16'); // 10 Dhu al-Hijjah 1445
    expect(feast('arafa')).toBe('2024-06-15'); // 9 Dhu al-Hijjah 1445
    expect(feast('hijri-new-year')).toBe('2023-07-19'); // 1 Muharram 1445
    expect(feast('ashura')).toBe('2023-07-28'); // 10 Muharram 1445
    expect(feast('isra-miraj')).toBe('2024-02-08'); // 27 Rajab 1445
  });

  it('writes the year of publication, with a day either side where months begin by sighting', () => {
    const r = read('عيد الفطر', { holiday: 'fitr' }, { published: PUB });
    expect(r.rule).toBe('hijri-umm-al-qura');
    expect(r.reference).toBe(PUB);
    expect(r.assumptions).toEqual(['umm-al-qura', 'hijri-year-of-publication']);
    expect(r.alternatives).toEqual([
      { value: '2024-04-11', reading: 'month begun by sighting a day later (e.g. Morocco, Algeria)' },
      { value: '2024-04-09', reading: 'month begun by sighting a day earlier' },
    ]);
    expect(r.note.en).toBe(
      '“عيد الفطر” in the Hijri year of publication (1445 AH), converted with the Umm al-Qura calendar: Wednesday 10 April 2024. Where the month begins by sighting the moon it may fall a day apart.',
    );
    expect(r.note.ar).toBe(
      '«عيد الفطر» في العام الهجري لتاريخ النشر (1445 هـ)، محوَّلًا بتقويم أم القرى: الأربعاء 10 نيسان/أبريل 2024. وحيث يبدأ الشهر برؤية الهلال قد يختلف بيوم.',
    );
  });

  it('takes the next one said of the future once this year’s is past, and last year’s in narration when it is far ahead', () => {
    expect(hijri('عيد الفطر', { holiday: 'fitr' }, { published: PUB, future: true })).toEqual([
      '2025-03-30',
      ['hijri-year-of-publication', 'future-hijri-is-next'],
      ['2025-03-31', '2025-03-29'],
    ]);
    // Published 25 July 2023, in Muharram 1445: Ramadan 1445 is more than half a year ahead.
    expect(hijri('رمضان', { calendar: 'islamic', month: 9 }, { published: '2023-07-25' })).toEqual([
      '2023-03-23/2023-04-20',
      ['hijri-year-of-publication', 'hijri-ahead-is-last'],
      [],
    ]);
    expect(
      hijri('رمضان', { calendar: 'islamic', month: 9 }, { published: '2023-07-25', future: true }),
    ).toEqual(['2024-03-11/2024-04-09', ['hijri-year-of-publication'], []]);
    // Said of the future on its very day, it is that day.
    expect(hijri('عيد الفطر', { holiday: 'fitr' }, { published: '2024-04-10', future: true })[0]).toBe(
      '2024-04-10',
    );
    // A printed Hijri year is not moved.
    expect(
      hijri('رمضان 1445', { calendar: 'islamic', month: 9, year: 1445 }, { published: '2023-07-25' }),
    ).toEqual(['2024-03-11/2024-04-09', [], []]);
  });

  it('takes the Hijri year from a Gregorian year printed with it, or in its sentence when the article has no date', () => {
    const r = read('يوم عرفة لعام 2024', { holiday: 'arafa', gregorianYear: 2024 }, { published: null });
    expect([r.value, r.reference, r.assumptions]).toEqual([
      '2024-06-15',
      null,
      ['umm-al-qura', 'hijri-year-from-gregorian'],
    ]);
    expect(r.note.en).toBe(
      '“يوم عرفة لعام 2024” in 2024, that is in 1445 AH, converted with the Umm al-Qura calendar: Saturday 15 June 2024. Where the month begins by sighting the moon it may fall a day apart.',
    );
    expect(r.note.ar).toBe(
      '«يوم عرفة لعام 2024» في عام 2024، أي في 1445 هـ، محوَّلًا بتقويم أم القرى: السبت 15 حزيران/يونيو 2024. وحيث يبدأ الشهر برؤية الهلال قد يختلف بيوم.',
    );
    expect(hijri('يوم عرفة', { holiday: 'arafa' }, { published: null, sentenceYear: 2023 })).toEqual([
      '2023-06-27',
      ['year-from-sentence'],
      ['2023-06-28', '2023-06-26'],
    ]);
    // With a publication date, the sentence's year is not asked.
    expect(hijri('يوم عرفة', { holiday: 'arafa' }, { published: PUB, sentenceYear: 2023 })[0]).toBe(
      '2024-06-15',
    );
  });

  it('says when it has no Hijri year to count in', () => {
    const r = read('يوم عرفة', { holiday: 'arafa' }, { published: null });
    expect([r.value, r.rule]).toEqual([null, 'hijri-no-year']);
    expect(r.note.en).toBe('“يوم عرفة” gives no Hijri year and the article has no date.');
    expect(r.note.ar).toBe('«يوم عرفة» لا يذكر العام الهجري، والمقال بلا تاريخ.');
  });

  it('converts a printed Hijri year or month as a span, with no sighting alternatives', () => {
    const r = read('1445 هـ', { calendar: 'islamic', year: 1445 }, { published: null });
    expect([r.value, r.reference, r.assumptions, r.alternatives]).toEqual([
      '2023-07-19/2024-07-06',
      null,
      ['umm-al-qura'],
      [],
    ]);
    expect(r.note.en).toBe(
      '“1445 هـ”, converted with the Umm al-Qura calendar: Wednesday 19 July 2023 to Saturday 6 July 2024. Where the month begins by sighting the moon it may fall a day apart.',
    );
    expect(r.note.ar).toBe(
      '«1445 هـ»، محوَّلًا بتقويم أم القرى: من الأربعاء 19 تموز/يوليو 2023 إلى السبت 6 تموز/يوليو 2024. وحيث يبدأ الشهر برؤية الهلال قد يختلف بيوم.',
    );
  });
});

describe('the new year (new-year)', () => {
  it('is the next 1 January, or the 31 December before it, counted from publication', () => {
    const r = read('رأس السنة', { holiday: 'new-year' }, { published: PUB });
    expect([r.value, r.rule, r.reference]).toEqual(['2025-01-01', 'next-new-year', PUB]);
    expect(r.note.en).toBe('“رأس السنة”: Wednesday 1 January 2025.');
    expect(r.note.ar).toBe('«رأس السنة»: الأربعاء 1 كانون الثاني/يناير 2025.');
    const eve = read('ليلة رأس السنة', { holiday: 'new-year-eve' }, { published: PUB });
    expect([eve.value, eve.rule, eve.reference]).toEqual(['2024-12-31', 'next-new-year-eve', PUB]);
  });

  it('is the printed year’s, and needs the publication date when none is printed', () => {
    const r = read('رأس السنة 2020', { holiday: 'new-year', year: 2020 }, { published: PUB });
    expect([r.value, r.rule, r.reference]).toEqual(['2020-01-01', 'stated', null]);
    const none = read('رأس السنة', { holiday: 'new-year' }, { published: null });
    expect([none.value, none.rule]).toEqual([null, 'no-reference']);
    expect(none.note.en).toBe('“رأس السنة” needs the publication date, which is unknown.');
    expect(none.note.ar).toBe('«رأس السنة» يحتاج إلى تاريخ النشر، وهو مجهول.');
  });
});

describe('a Gregorian date with its year (stated)', () => {
  it('states it, and says when the text’s weekday does not match', () => {
    const ok = read(
      'الخميس 15 أغسطس 2024',
      { calendar: G, day: 15, month: 8, year: 2024, weekday: 4 },
      { published: PUB },
    );
    expect([ok.value, ok.rule, ok.reference, ok.assumptions]).toEqual(['2024-08-15', 'stated', null, []]);
    expect(ok.note.en).toBe('“الخميس 15 أغسطس 2024” states the date: Thursday 15 August 2024.');
    expect(ok.note.ar).toBe('«الخميس 15 أغسطس 2024» يذكر التاريخ نصًّا: الخميس 15 آب/أغسطس 2024.');
    const off = read(
      'الجمعة 15 أغسطس 2024',
      { calendar: G, day: 15, month: 8, year: 2024, weekday: 5 },
      { published: PUB },
    );
    expect([off.value, off.assumptions]).toEqual(['2024-08-15', ['weekday-disagrees']]);
    expect(off.note.en).toBe(
      "“الجمعة 15 أغسطس 2024” states the date: Thursday 15 August 2024. The text's weekday (Friday) does not match this day.",
    );
    expect(off.note.ar).toBe(
      '«الجمعة 15 أغسطس 2024» يذكر التاريخ نصًّا: الخميس 15 آب/أغسطس 2024. ولا يوافق اليومُ المذكور (الجمعة) هذا التاريخ.',
    );
    // A month with its weekday has no day to check.
    expect(
      read('الجمعة أغسطس 2024', { calendar: G, month: 8, year: 2024, weekday: 5 }, { published: PUB })
        .assumptions,
    ).toEqual([]);
  });

  it('gives the other order of a numeric day and month as an alternative, only when it may be read so', () => {
    const r = read(
      '05/04/2024',
      { calendar: G, day: 5, month: 4, year: 2024, swappable: true },
      { published: PUB },
    );
    expect([r.value, r.alternatives]).toEqual([
      '2024-04-05',
      [{ value: '2024-05-04', reading: 'month/day order' }],
    ]);
    expect(
      read('05/04/2024', { calendar: G, day: 5, month: 4, year: 2024 }, { published: PUB }).alternatives,
    ).toEqual([]);
  });

  it('says when it is the Gregorian date printed beside a Hijri one', () => {
    const r = read(
      '15 رمضان 1445 الموافق 25 مارس 2024',
      {
        calendar: G,
        day: 25,
        month: 3,
        year: 2024,
        hijriAlso: { calendar: 'islamic', day: 15, month: 9, year: 1445 },
      },
      { published: PUB },
    );
    expect(r.note.en).toBe(
      '“15 رمضان 1445 الموافق 25 مارس 2024” states the date (the Gregorian date printed beside the Hijri one): Monday 25 March 2024.',
    );
    expect(r.note.ar).toBe(
      '«15 رمضان 1445 الموافق 25 مارس 2024» يذكر التاريخ نصًّا (التاريخ الميلادي المذكور مع الهجري): الاثنين 25 آذار/مارس 2024.',
    );
  });

  it('is no date when the day is not in the month, and a year or month alone is stated as such', () => {
    const r = read('31 أبريل 2024', { calendar: G, day: 31, month: 4, year: 2024 }, { published: PUB });
    expect([r.value, r.rule, r.note.en, r.note.ar]).toEqual([
      null,
      'not-a-date',
      '“31 أبريل 2024” is not a real day.',
      '«31 أبريل 2024» ليس يومًا حقيقيًا.',
    ]);
    expect(
      read('29 فبراير 2024', { calendar: G, day: 29, month: 2, year: 2024 }, { published: PUB }).value,
    ).toBe('2024-02-29');
    expect(read('أبريل 2024', { calendar: G, month: 4, year: 2024 }, { published: PUB }).value).toBe(
      '2024-04',
    );
    expect(read('2024', { calendar: G, year: 2024 }, { published: PUB }).value).toBe('2024');
  });
});

describe('a day or month without its year', () => {
  it('takes the year printed in its sentence when the article has no date (sentence-year)', () => {
    const r = read(
      'في يوم 15 اغسطس',
      { calendar: G, day: 15, month: 8 },
      { published: null, sentenceYear: 2019 },
    );
    expect([r.value, r.rule, r.reference, r.assumptions, r.alternatives]).toEqual([
      '2019-08-15',
      'sentence-year',
      '2019',
      ['year-from-sentence'],
      [],
    ]);
    expect(r.note.en).toBe(
      '“في يوم 15 اغسطس” gives no year; the article has no date, and the year 2019 printed in the same sentence is assumed: Thursday 15 August 2019.',
    );
    expect(r.note.ar).toBe(
      '«في يوم 15 اغسطس» بلا عام، والمقال بلا تاريخ؛ فيُفترض العام 2019 المذكور في الجملة نفسها: الخميس 15 آب/أغسطس 2019.',
    );
    // Without a year in its sentence, or with one in which the day does not exist.
    const none = read('15 ابريل', { calendar: G, day: 15, month: 4 }, { published: null });
    expect([none.value, none.rule, none.note.en, none.note.ar]).toEqual([
      null,
      'no-reference',
      '“15 ابريل” gives no year and the article has no date.',
      '«15 ابريل» لا يذكر العام، والمقال بلا تاريخ.',
    ]);
    const april31 = read(
      '31 ابريل',
      { calendar: G, day: 31, month: 4 },
      { published: null, sentenceYear: 2019 },
    );
    expect([april31.value, april31.rule]).toEqual([null, 'no-reference']);
  });

  it('takes the earlier year its sentence just named, the year of publication as the other reading (narrated-year)', () => {
    const r = read('3 حزيران', { calendar: G, day: 3, month: 6 }, { published: PUB, narratedYear: 2015 });
    expect([r.value, r.rule, r.reference, r.assumptions, r.alternatives]).toEqual([
      '2015-06-03',
      'narrated-year',
      '2015',
      ['year-from-sentence'],
      [{ value: '2024-06-03', reading: 'the year of publication' }],
    ]);
    expect(r.note.en).toBe(
      '“3 حزيران” gives no year; told after the year 2015 its sentence names, and without a future verb, it is taken to be in that year: Wednesday 3 June 2015.',
    );
    expect(r.note.ar).toBe(
      '«3 حزيران» بلا عام؛ وقد جاء بعد العام 2015 المذكور في جملته وبلا فعل مستقبل، فيُحمل على ذلك العام: الأربعاء 3 حزيران/يونيو 2015.',
    );
    // 29 February 2016 has no counterpart in 2023; in 2015 it is no day at all.
    const leap = read(
      '29 شباط',
      { calendar: G, day: 29, month: 2 },
      { published: '2023-06-26', narratedYear: 2016 },
    );
    expect([leap.value, leap.alternatives]).toEqual(['2016-02-29', []]);
    const none = read('29 شباط', { calendar: G, day: 29, month: 2 }, { published: PUB, narratedYear: 2015 });
    expect([none.value, none.rule, none.note.en]).toEqual([
      null,
      'not-a-date',
      '“29 شباط” is not a real day.',
    ]);
  });

  it('counts from publication, with the neighbouring years as other readings (publication-year)', () => {
    const r = read('في 19 ايار', { calendar: G, day: 19, month: 5 }, { published: PUB });
    expect([r.value, r.rule, r.reference, r.assumptions]).toEqual([
      '2024-05-19',
      'publication-year',
      PUB,
      ['year-of-publication'],
    ]);
    expect(r.alternatives).toEqual([
      { value: '2023-05-19', reading: 'another year' },
      { value: '2025-05-19', reading: 'another year' },
    ]);
    expect(r.note.en).toBe(
      '“في 19 ايار” gives no year; counted from the publication date (Wednesday 26 June 2024), the year of publication: Sunday 19 May 2024.',
    );
    expect(r.note.ar).toBe(
      '«في 19 ايار» بلا عام؛ محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، عام النشر: الأحد 19 أيار/مايو 2024.',
    );
    // 29 February: the neighbouring years that have none give no other reading.
    const leap = read('29 فبراير', { calendar: G, day: 29, month: 2 }, { published: PUB });
    expect([leap.value, leap.alternatives]).toEqual(['2024-02-29', []]);
    const none = read('29 فبراير', { calendar: G, day: 29, month: 2 }, { published: '2023-06-26' });
    expect([none.value, none.rule]).toEqual([null, 'not-a-date']);
  });

  it('names its reason in both languages, and goes a year further for «قبل الماضي» and «بعد المقبل»', () => {
    const past = read(
      'شباط قبل الماضي',
      { calendar: G, month: 2, qualifier: 'past', step: 2 },
      { published: PUB },
    );
    expect([past.value, past.rule, past.assumptions]).toEqual(['2023-02', 'qualifier-past', []]);
    expect(past.note.en).toBe(
      '“شباط قبل الماضي” gives no year; counted from the publication date (Wednesday 26 June 2024), “last”: the latest such date before publication: February 2023.',
    );
    expect(past.note.ar).toBe(
      '«شباط قبل الماضي» بلا عام؛ محسوبًا من تاريخ النشر (الأربعاء 26 حزيران/يونيو 2024)، أي آخر موعد كهذا قبل النشر: شباط/فبراير 2023.',
    );
    const next = read(
      'آذار بعد المقبل',
      { calendar: G, month: 3, qualifier: 'next', step: 2 },
      { published: PUB },
    );
    expect([next.value, next.rule]).toEqual(['2026-03', 'qualifier-next']);
    expect(next.note.ar).toContain('أي أول موعد كهذا بعد النشر: آذار/مارس 2026');
    expect(next.note.en).toContain('“next”: the first such date after publication: March 2026');
    const current = read(
      'آذار الجاري',
      { calendar: G, month: 3, qualifier: 'current', step: 2 },
      { published: PUB },
    );
    expect([current.value, current.rule]).toEqual(['2024-03', 'qualifier-current']);
    expect(current.note.en).toContain('“this”/“current”: in the month and year of publication: March 2024');
    expect(current.note.ar).toContain('أي في شهر النشر وعامه: آذار/مارس 2024');
    const future = read('في 3 آذار', { calendar: G, day: 3, month: 3 }, { published: PUB, future: true });
    expect([future.value, future.rule]).toEqual(['2025-03-03', 'qualifier-future']);
    expect(future.note.en).toContain(
      'said of the future: the first such date on or after publication: Monday 3 March 2025',
    );
    expect(future.note.ar).toContain('في سياق المستقبل: أول موعد كهذا في يوم النشر أو بعده');
    const narrated = read('في أكتوبر', { calendar: G, month: 10 }, { published: '2024-03-10' });
    expect([narrated.value, narrated.rule]).toEqual(['2023-10', 'qualifier-narrated']);
    expect(narrated.note.en).toContain(
      'told without a future verb and more than half a year after publication in its year: the year before: October 2023',
    );
    expect(narrated.note.ar).toContain(
      'بلا فعل مستقبل، ويقع بعد النشر بأكثر من نصف عام في عامه: العام السابق',
    );
  });

  it('takes the year either side of publication in which the day is the weekday the text names', () => {
    // Published Thursday 26 June 2025. 15 August is a Thursday in 2024, a Friday in 2025, a Saturday in 2026.
    const at = (weekday: number) =>
      read('15 اغسطس', { calendar: G, day: 15, month: 8, weekday }, { published: '2025-06-26' });
    expect([at(4).value, at(4).rule]).toEqual(['2024-08-15', 'qualifier-weekday']);
    expect(at(4).note.en).toContain(
      'the year, of publication or either side of it, in which that day is the weekday the text names: Thursday 15 August 2024',
    );
    expect(at(4).note.ar).toContain(
      'العام، عام النشر أو ما قبله أو ما بعده، الذي يقع فيه ذلك اليوم في اليوم المذكور من الأسبوع',
    );
    expect([at(5).value, at(5).rule]).toEqual(['2025-08-15', 'publication-year']);
    expect([at(6).value, at(6).rule]).toEqual(['2026-08-15', 'qualifier-weekday']);
    // No year either side fits a Sunday: the tense's year stays.
    expect([at(0).value, at(0).rule]).toEqual(['2025-08-15', 'publication-year']);
    // A qualifier decides the year alone.
    const last = read(
      'الخميس 15 اغسطس الماضي',
      { calendar: G, day: 15, month: 8, weekday: 4, qualifier: 'past' },
      {
        published: '2025-06-26',
      },
    );
    expect([last.value, last.rule]).toEqual(['2024-08-15', 'qualifier-past']);
    const lastFri = read(
      'الجمعة 15 اغسطس الماضي',
      { calendar: G, day: 15, month: 8, weekday: 5, qualifier: 'past' },
      {
        published: '2025-06-26',
      },
    );
    expect(lastFri.value).toBe('2024-08-15');
    // A weekday with a month but no day is not checked.
    expect(
      read('الخميس اغسطس', { calendar: G, month: 8, weekday: 4 }, { published: '2025-06-26' }).value,
    ).toBe('2025-08');
  });

  it('is no date with neither year nor month (not-a-date)', () => {
    const r = read('ذلك', { calendar: G }, { published: PUB });
    expect([r.value, r.rule, r.note.en, r.note.ar]).toEqual([
      null,
      'not-a-date',
      '“ذلك” is not a date.',
      '«ذلك» ليس تاريخًا.',
    ]);
  });
});

describe('the year of a day and month printed without one (yearFor)', () => {
  // Published 26 June 2024.
  const P = { y: 2024, m: 6, d: 26 };
  const year = (p: ExpressionParts, future = false): string => {
    const { year: y, why } = yearFor({ calendar: G, ...p }, P, future);
    return `${y} ${why}`;
  };

  it('«الماضي»: the latest before publication, never the day of publication itself', () => {
    expect(year({ month: 5, qualifier: 'past' })).toBe('2024 past');
    expect(year({ month: 6, qualifier: 'past' })).toBe('2023 past');
    expect(year({ month: 7, qualifier: 'past' })).toBe('2023 past');
    expect(year({ month: 5, day: 30, qualifier: 'past' })).toBe('2024 past');
    expect(year({ month: 6, day: 25, qualifier: 'past' })).toBe('2024 past');
    expect(year({ month: 6, day: 26, qualifier: 'past' })).toBe('2023 past');
    expect(year({ month: 6, day: 27, qualifier: 'past' })).toBe('2023 past');
    expect(year({ month: 7, day: 1, qualifier: 'past' })).toBe('2023 past');
  });

  it('«المقبل»: the first after publication, never the day of publication itself', () => {
    expect(year({ month: 7, qualifier: 'next' })).toBe('2024 next');
    expect(year({ month: 6, qualifier: 'next' })).toBe('2025 next');
    expect(year({ month: 5, qualifier: 'next' })).toBe('2025 next');
    expect(year({ month: 7, day: 1, qualifier: 'next' })).toBe('2024 next');
    expect(year({ month: 6, day: 27, qualifier: 'next' })).toBe('2024 next');
    expect(year({ month: 6, day: 26, qualifier: 'next' })).toBe('2025 next');
    expect(year({ month: 6, day: 25, qualifier: 'next' })).toBe('2025 next');
    expect(year({ month: 5, day: 30, qualifier: 'next' })).toBe('2025 next');
  });

  it('«الجاري» the year of publication; the future from the day of publication on', () => {
    expect(year({ month: 1, qualifier: 'current' })).toBe('2024 current');
    expect(year({ month: 12, qualifier: 'current' }, true)).toBe('2024 current');
    expect(year({ month: 6 }, true)).toBe('2024 future');
    expect(year({ month: 5 }, true)).toBe('2025 future');
    expect(year({ month: 6, day: 26 }, true)).toBe('2024 future');
    expect(year({ month: 6, day: 25 }, true)).toBe('2025 future');
    expect(year({ month: 7, day: 1 }, true)).toBe('2024 future');
  });

  it('in narration, the year before for more than half a year after publication', () => {
    const march = { y: 2024, m: 3, d: 10 };
    const narrated = (p: ExpressionParts): string => {
      const { year: y, why } = yearFor({ calendar: G, ...p }, march, false);
      return `${y} ${why}`;
    };
    expect(narrated({ month: 10 })).toBe('2023 narrated');
    expect(narrated({ month: 9 })).toBe('2024 same');
    expect(narrated({ month: 9, day: 11 })).toBe('2023 narrated');
    expect(narrated({ month: 9, day: 10 })).toBe('2024 same');
    expect(narrated({ month: 10, day: 1 })).toBe('2023 narrated');
    expect(narrated({ month: 1 })).toBe('2024 same');
    expect(year({ month: 12 })).toBe('2024 same');
    expect(year({ month: 12, day: 27 })).toBe('2023 narrated');
    expect(year({ month: 12, day: 26 })).toBe('2024 same');
  });
});
