import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/domain';
import { weekdayOfFeast } from '../../src/domain/date-equated';

/** Each expression of `text` read from `published`: its words and value. */
const read = (text: string, published: string | null): [string, string | null][] =>
  analyseDates(text, published).map((e) => [e.text, e.value]);

// Rules written on the unseen set's fifth batch, tuning split (date-sentences-unseen.md). The
// sentences here are made up for each class, not copied from the set.
describe('«إلى غاية» and «لغاية» join the two ends of a span', () => {
  it('reads a span of days joined by them as one range, as «حتى» and «إلى»', () => {
    // Published Monday 5 July 2021.
    expect(read('تجرى الدورة يوم 6 جويلية 2021 الى غاية الثامن من نفس الشهر', '2021-07-05')).toEqual([
      ['يوم 6 جويلية 2021 الى غاية الثامن من نفس الشهر', '2021-07-06/2021-07-08'],
    ]);
    expect(read('يفتح المعرض أبوابه من 16 لغاية 21 أبريل', '2019-04-05')).toEqual([
      ['16 لغاية 21 أبريل', '2019-04-16/2019-04-21'],
    ]);
    expect(read('تستمر العروض من 28 يوليو إلى غاية الخميس 1 أغسطس', '2024-07-24')).toEqual([
      ['28 يوليو إلى غاية الخميس 1 أغسطس', '2024-07-28/2024-08-01'],
    ]);
  });

  it('does not take an edition or issue number for the first day', () => {
    expect(read('ويتواصل المهرجان في دورته الـ 12 لغاية العاشر من مارس', '2018-02-20')).toEqual([
      ['العاشر من مارس', '2018-03-10'],
    ]);
    expect(read('صدر العدد 14 لغاية 20 ديسمبر', '2018-12-01')).toEqual([['20 ديسمبر', '2018-12-20']]);
  });
});

describe('numbers that look like dates and are not', () => {
  it('reads «بنتيجة 2/1» as a score', () => {
    expect(read('فاز الفريق بنتيجة 2/1 في مباراة الذهاب', '2021-08-19')).toEqual([]);
    expect(read('وانتهت المواجهة بالنتيجة 3/3', '2021-08-19')).toEqual([]);
    // A day and month after another word is still a date.
    expect(read('صدر القرار في 2/1 الماضي', '2021-08-19')).toEqual([['2/1', '2021-01-02']]);
  });

  it("reads «يومه الثاني» as a count of a festival's days, and «يومه الاثنين» as today", () => {
    expect(read('ويواصل المعرض في يومه الثاني استقبال الزوار', '2021-08-19')).toEqual([]);
    const today = read('يعقد المجلس جلسته يومه الخميس', '2021-08-19');
    expect(today.map(([, v]) => v)).toEqual(['2021-08-19']);
  });
});

describe('Ramadan by the names news gives it', () => {
  it('reads «الشهر الفضيل», «الشهر الكريم» and «الشهر المبارك» as Ramadan', () => {
    // Published Sunday 10 March 2024; 1 Ramadan 1445 is Monday 11 March 2024 (Umm al-Qura).
    expect(read('غدا أول أيام الشهر الفضيل', '2024-03-10')).toEqual([
      ['غدا أول أيام الشهر الفضيل', '2024-03-11'],
    ]);
    expect(read('تتغير ساعات العمل خلال الشهر الكريم', '2024-03-10')).toEqual([
      ['الشهر الكريم', '2024-03-11/2024-04-09'],
    ]);
    expect(read('يحل منتصف الشهر المبارك', '2024-03-10')[0]?.[1]).toBe('2024-03-21/2024-03-30');
  });
});

describe('«أول أيام العيد» is the first day of the feast named before it', () => {
  it('takes the feast of the same text, read as that feast is', () => {
    // Published Sunday 28 September 2014; Eid al-Adha 1435 is Saturday 4 October (Umm al-Qura).
    expect(read('بمناسبة عيد الأضحى تعطل الدوائر الرسمية أول أيام العيد', '2014-09-28')).toEqual([
      ['عيد الأضحى', '2014-10-04'],
      ['أول أيام العيد', '2014-10-04'],
    ]);
    // Eid al-Fitr 1446 is Sunday 30 March 2025.
    expect(read('تستمر عطلة عيد الفطر ويعود الدوام بعد أول أيام العيد', '2025-03-13')[1]).toEqual([
      'أول أيام العيد',
      '2025-03-30',
    ]);
  });

  it('has no value without a feast before it, nor for a later day of the feast', () => {
    expect(read('تعطل الدوائر الرسمية أول أيام العيد', '2014-09-28')).toEqual([['أول أيام العيد', null]]);
    expect(read('بمناسبة عيد الأضحى تعطل الدوائر ثاني أيام العيد', '2014-09-28')[1]).toEqual([
      'ثاني أيام العيد',
      null,
    ]);
  });
});

describe("a weekday said to be a feast's day", () => {
  it('is the weekday nearest the day the calendar gives, whatever the announcing verb', () => {
    // Published Tuesday 21 March 2023; 1 Ramadan 1444 is Thursday 23 March (Umm al-Qura).
    const r = analyseDates('وأعلنت الهيئة أن أول أيام رمضان هو يوم الخميس', '2023-03-21');
    expect(r.map((e) => [e.text, e.value])).toEqual([
      ['أول أيام رمضان', '2023-03-23'],
      ['يوم الخميس', '2023-03-23'],
    ]);
    const wd = r[1];
    expect([wd?.rule, wd?.reference, wd?.assumptions]).toEqual([
      'weekday-of-feast',
      '2023-03-23',
      ['nearest-weekday'],
    ]);
    expect(wd?.note.en).toBe(
      '“يوم الخميس”: the weekday said to be “أول أيام رمضان” (Thursday 23 March 2023), the Thursday nearest to it: Thursday 23 March 2023.',
    );
    expect(wd?.note.ar).toMatch(
      /^«يوم الخميس»: اليوم الذي قيل إنه «أول أيام رمضان» \(.*\)، أي أقرب الخميس إليه: .*\.$/u,
    );
    // Where sighting puts the month a day later: the weekday comes first, and is a day after the calendar's.
    expect(read('وأعلنت السلطنة أن الأربعاء هو أول أيام الشهر الفضيل', '2021-04-12')).toEqual([
      ['الأربعاء', '2021-04-14'],
      ['أول أيام الشهر الفضيل', '2021-04-13'],
    ]);
  });

  it('keeps the tense rule when nothing says the weekday is the feast', () => {
    // «استقبل … يوم الخميس وناقش …» with no «هو» between them: past narration, the last Thursday.
    expect(read('استقبل الوفد يوم الخميس وناقش معه أول أيام رمضان', '2023-03-21')).toEqual([
      ['يوم الخميس', '2023-03-16'],
      ['أول أيام رمضان', '2023-03-23'],
    ]);
  });
});

describe('a Hijri year in brackets', () => {
  it('reads «سنة (١٣٣٨)» as the year, as books print it', () => {
    // 23 Rabi' II 1338 is 15 January 1920 by Umm al-Qura.
    expect(read('وصل يوم ٢٣ ربيع الثاني سنة (١٣٣٨) إلى بيروت', null)).toEqual([
      ['يوم ٢٣ ربيع الثاني سنة (١٣٣٨)', '1920-01-15'],
    ]);
  });
});

describe('Levantine month names without their article', () => {
  it('reads «كانون أول», «تشرين ثاني» as «كانون الأول», «تشرين الثاني»', () => {
    expect(read('وصل في 9 كانون أول الماضي', '2025-01-10')).toEqual([['9 كانون أول الماضي', '2024-12-09']]);
    expect(read('في 3 تشرين ثاني 2019', null)).toEqual([['3 تشرين ثاني 2019', '2019-11-03']]);
    expect(read('منذ 4 كانون ثاني', '2025-03-10')).toEqual([['4 كانون ثاني', '2025-01-04']]);
  });
});

describe("which words say a weekday is a feast's day (weekdayOfFeast)", () => {
  // Published Tuesday 21 March 2023; 1 Ramadan 1444 is Thursday 23 March (Umm al-Qura).
  const P = '2023-03-21';
  it('links the two through «هو», «هي», «ستكون», «سيكون», «يصادف» or «الموافق», in either order', () => {
    for (const text of [
      'أعلنت اللجنة أن غرة رمضان ستكون الخميس',
      'أول أيام رمضان هي الخميس',
      'أول أيام رمضان يصادف الخميس',
      'أول أيام رمضان الموافق الخميس',
      'أول أيام رمضان، هو الخميس',
    ])
      expect(analyseDates(text, P).map((e) => [e.value, e.rule])).toEqual([
        ['2023-03-23', 'hijri-umm-al-qura'],
        ['2023-03-23', 'weekday-of-feast'],
      ]);
    expect(read('يكون الخميس هو غرة رمضان', P)).toEqual([
      ['الخميس', '2023-03-23'],
      ['غرة رمضان', '2023-03-23'],
    ]);
  });

  it("moves up to three days either side of the calendar's day, to the weekday said", () => {
    expect(read('أول أيام رمضان سيكون يوم السبت', P)[1]).toEqual(['يوم السبت', '2023-03-25']);
    expect(read('أول أيام رمضان هو يوم الاثنين', P)[1]).toEqual(['يوم الاثنين', '2023-03-20']);
    expect(read('أول أيام رمضان هو يوم الأحد', P)[1]).toEqual(['يوم الأحد', '2023-03-26']);
  });

  it('leaves the weekday alone with a comma alone between, with its own day, or with no publication date', () => {
    expect(read('أول أيام رمضان، يوم الخميس', P)[1]).toEqual(['يوم الخميس', '2023-03-16']);
    expect(analyseDates('أول أيام رمضان هو الخميس 23 مارس', P)[1]?.rule).toBe('publication-year');
    expect(read('أول أيام رمضان هو الخميس', null)).toEqual([
      ['أول أيام رمضان', null],
      ['الخميس', null],
    ]);
    // A month, not a day: «رمضان» alone is not linked.
    expect(analyseDates('يبدأ في رمضان وهو الخميس', P).map((e) => e.rule)).not.toContain('weekday-of-feast');
  });
});

describe('weekdayOfFeast, read directly', () => {
  type Kind = Parameters<typeof weekdayOfFeast>[0]['found']['kind'];
  const item = (kind: Kind, text: string, value: string | null, parts: Record<string, number> = {}) => ({
    found: { start: 0, end: text.length, text, kind, parts },
    reading: {
      value,
      rule: 'r',
      reference: null,
      assumptions: [],
      alternatives: [],
      note: { ar: '', en: '' },
    },
  });
  // Thursday (4) said to be the first of Ramadan 1444, Thursday 23 March 2023.
  const thursday = item('weekday', 'الخميس', '2023-03-16', { weekday: 4 });
  const ramadan = item('hijri', 'غرة رمضان', '2023-03-23', { month: 9, day: 1 });

  it('links through the copula alone, with or without spaces or a comma before it', () => {
    for (const gap of [' هو ', 'هو', ' ، هو', '،هو ', '  هي  '])
      expect(weekdayOfFeast(ramadan, thursday, gap)?.value, gap).toBe('2023-03-23');
    for (const gap of ['ثم هو', ' هو ثم ', ' و ', ' '])
      expect(weekdayOfFeast(ramadan, thursday, gap), gap).toBeNull();
  });

  it('needs a bare weekday and a feast or Hijri day with a day for its value', () => {
    expect(weekdayOfFeast(item('holiday', 'عيد الفطر', '2023-04-21'), thursday, ' هو ')?.value).toBe(
      '2023-04-20',
    );
    expect(weekdayOfFeast(thursday, ramadan, ' هو ')?.alternatives).toEqual([]);
    expect(
      weekdayOfFeast(item('weekday', 'الخميس 23', null, { weekday: 4, day: 23 }), ramadan, ' هو '),
    ).toBeNull();
    expect(weekdayOfFeast(item('weekday', 'يوم', null), ramadan, ' هو ')).toBeNull();
    // A deictic word with its weekday («غدا الخميس») is not a bare weekday, in either order.
    const tomorrow = item('deictic', 'غدا الخميس', '2023-03-22', { dayOffset: 1, weekday: 4 });
    expect(weekdayOfFeast(ramadan, tomorrow, ' هو ')).toBeNull();
    expect(
      weekdayOfFeast(item('deictic', 'غدا', '2023-03-22', { dayOffset: 1, weekday: 4 }), ramadan, ' هو '),
    ).toBeNull();
    expect(
      weekdayOfFeast(item('date', '23 مارس', '2023-03-23', { month: 3, day: 23 }), thursday, ' هو '),
    ).toBeNull();
    expect(
      weekdayOfFeast(item('hijri', 'رمضان', '2023-03-23/2023-04-20', { month: 9 }), thursday, ' هو '),
    ).toBeNull();
    expect(
      weekdayOfFeast(item('hijri', 'غرة رمضان', null, { month: 9, day: 1 }), thursday, ' هو '),
    ).toBeNull();
    expect(
      weekdayOfFeast(item('hijri', 'غرة رمضان', 'x2023-03-23', { month: 9, day: 1 }), thursday, ' هو '),
    ).toBeNull();
    expect(
      weekdayOfFeast(item('hijri', 'غرة رمضان', '2023-03-23x', { month: 9, day: 1 }), thursday, ' هو '),
    ).toBeNull();
  });

  it("writes its dates in the note's own language", () => {
    const r = weekdayOfFeast(ramadan, thursday, ' هو ');
    expect(r?.note.ar).not.toMatch(/March|Thursday/u);
    expect(r?.note.ar).toContain('آذار');
    expect(r?.note.en).toContain('Thursday 23 March 2023');
  });
});
