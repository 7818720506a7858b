import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/domain';

// The finder's building blocks (src/domain/date-patterns.ts): qualifier words, parts of periods and
// the words before a match that make it no date (a place, an edition, a score, a mosque's Friday, an
// outlet named «… اليوم») or a named event. Each word is read in a sentence.
const PUB = '2024-06-26'; // a Wednesday
const read = (text: string, published: string | null = PUB): [string, string | null][] =>
  analyseDates(text, published).map((e) => [e.text, e.value]);

const LAST_WEEK = '2024-06-16/2024-06-22';
const NEXT_WEEK = '2024-06-30/2024-07-06';
const THIS_WEEK = '2024-06-23/2024-06-26';

describe('qualifier words', () => {
  it('reads every word for "last", masculine and feminine, and Egyptian «اللي فات»', () => {
    for (const q of [
      'الماضي',
      'الماضية',
      'المنصرم',
      'المنصرمة',
      'الفائت',
      'الفائتة',
      'السابق',
      'السابقة',
      'الأخير',
      'الأخيرة',
      'المنقضي',
      'اللي فات',
    ]) {
      expect(read(`الأسبوع ${q}`)).toEqual([[`الأسبوع ${q}`, LAST_WEEK]]);
      expect(read(`السنة ${q}`)).toEqual([[`السنة ${q}`, '2023']]);
    }
  });

  it('reads every word for "next", with the Levantine and Gulf «الجاي» and «اللي جاي»', () => {
    for (const q of [
      'المقبل',
      'المقبلة',
      'القادم',
      'القادمة',
      'الجاي',
      'الجاية',
      'الآتي',
      'الآتية',
      'اللي جاي',
    ]) {
      expect(read(`الأسبوع ${q}`)).toEqual([[`الأسبوع ${q}`, NEXT_WEEK]]);
      expect(read(`السنة ${q}`)).toEqual([[`السنة ${q}`, '2025']]);
    }
  });

  it('reads every word for "current", and the step of «قبل الماضي», «بعد المقبل», «اللي بعد الجاي»', () => {
    for (const q of ['الجاري', 'الجارية', 'الحالي', 'الحالية']) {
      expect(read(`الأسبوع ${q}`)).toEqual([[`الأسبوع ${q}`, THIS_WEEK]]);
      expect(read(`السنة ${q}`)).toEqual([[`السنة ${q}`, '2024']]);
    }
    expect(read('الأسبوع قبل الماضي')).toEqual([['الأسبوع قبل الماضي', '2024-06-09/2024-06-15']]);
    expect(read('السنة قبل الماضي')).toEqual([['السنة قبل الماضي', '2022']]);
    expect(read('الأسبوع بعد المقبل')).toEqual([['الأسبوع بعد المقبل', '2024-07-07/2024-07-13']]);
    expect(read('السنة اللي بعد الجاي')).toEqual([['السنة اللي بعد الجاي', '2026']]);
  });

  it('reads the dual qualifiers of a count of weeks', () => {
    expect(read('الأسبوعين الماضيين')).toEqual([['الأسبوعين الماضيين', '2024-06-12/2024-06-26']]);
    expect(read('الأسبوعين المقبلين')).toEqual([['الأسبوعين المقبلين', '2024-06-27/2024-07-10']]);
  });

  it('reads «نفسه», «نفسها», «ذاته», «ذاتها» as the date before it', () => {
    const trip = 'سافر في 3 مارس 2024 ';
    expect(read(`${trip}وعاد في اليوم نفسه`)[1]).toEqual(['في اليوم نفسه', '2024-03-03']);
    expect(read(`${trip}وعاد في اليوم ذاته`)[1]).toEqual(['في اليوم ذاته', '2024-03-03']);
    expect(read(`${trip}وعاد في السنة نفسها`)[1]).toEqual(['في السنة نفسها', '2024']);
    expect(read(`${trip}وعاد في السنة ذاتها`)[1]).toEqual(['في السنة ذاتها', '2024']);
  });
});

describe('parts of a month', () => {
  it('reads every word for its start, middle and end, with a preposition glued on', () => {
    const parts: readonly (readonly [string, string])[] = [
      ['مطلع', '2024-03-01/2024-03-10'],
      ['بداية', '2024-03-01/2024-03-10'],
      ['بدايات', '2024-03-01/2024-03-10'],
      ['أوائل', '2024-03-01/2024-03-10'],
      ['بمطلع', '2024-03-01/2024-03-10'],
      ['منتصف', '2024-03-11/2024-03-20'],
      ['أواسط', '2024-03-11/2024-03-20'],
      ['ومنتصف', '2024-03-11/2024-03-20'],
      ['أواخر', '2024-03-21/2024-03-31'],
      ['نهاية', '2024-03-21/2024-03-31'],
      ['لنهاية', '2024-03-21/2024-03-31'],
    ];
    // A letter glued before the word («بمطلع», «ومنتصف», «لنهاية») is not one of the date's words.
    for (const [word, value] of parts)
      expect([word, read(`${word} مارس 2024`)]).toEqual([
        word,
        [[`${word.replace(/^[بول](?=[من])/u, '')} مارس 2024`, value]],
      ]);
  });
});

describe('words before a match', () => {
  it('names an event after «حرب», «ثورة» and the like: no value', () => {
    for (const w of [
      'حرب',
      'ثورة',
      'انتفاضة',
      'معركة',
      'مجزرة',
      'أحداث',
      'هجمات',
      'حركة',
      'اتفاق',
      'اتفاقية',
    ])
      expect([w, read(`منذ ${w} 25 يناير`)]).toEqual([w, [['25 يناير', null]]]);
    expect(read('منذ 25 يناير')).toEqual([['25 يناير', '2024-01-25']]);
  });

  it('takes no day and month after a street, a square or a stadium', () => {
    for (const w of [
      'ملعب',
      'شارع',
      'ساحة',
      'ميدان',
      'جسر',
      'مطار',
      'مستشفى',
      'مدرسة',
      'جامعة',
      'حي',
      'مدينة',
    ])
      expect(read(`وصل إلى ${w} 7 نوفمبر`).some(([t]) => t === '7 نوفمبر') ? w : null).toBeNull();
    expect(read('وصل إلى 7 نوفمبر')).toEqual([['7 نوفمبر', '2024-11-07']]);
  });

  // After a place word the day and month are dropped, and the month alone inside them with it (not
  // November of the year of publication).
  it('finds no date at all in a street named for a day', () => {
    expect(read('وصل إلى شارع 7 نوفمبر')).toEqual([]);
  });

  it('takes no Friday after a market, a prayer, a sermon or a mosque', () => {
    for (const w of ['سوق', 'صلاة', 'خطبة', 'مسجد', 'جامع'])
      expect([w, read(`ذهب إلى ${w} الجمعة`)]).toEqual([w, []]);
    expect(read('ذهب الجمعة')).toEqual([['الجمعة', '2024-06-21']]);
  });

  it('takes no «اليوم» in the name of an outlet', () => {
    for (const w of ['روسيا', 'المصري', 'أخبار', 'فلسطين'])
      expect([w, read(`قالت ${w} اليوم`)]).toEqual([w, []]);
    expect(read('قالت «الإمارات اليوم»')).toEqual([]);
    expect(read('قالت اليوم')).toEqual([['اليوم', PUB]]);
  });

  it('takes no score for a day and month', () => {
    for (const s of ['فاز بنتيجة 4/3', 'النتيجة 3/1', 'فاز بنتيجة إجمالية 4/3'])
      expect([s, read(s)]).toEqual([s, []]);
    expect(read('فاز 4/3')).toEqual([['4/3', '2024-03-04']]);
  });

  it('takes no edition number as the first day of a span', () => {
    for (const w of [
      'دورة',
      'دورته',
      'دورتها',
      'نسخة',
      'نسخته',
      'نسختها',
      'طبعة',
      'طبعته',
      'طبعتها',
      'عدد',
      'العدد',
      'رقم',
    ])
      expect([w, read(`في ${w} 7 لغاية الحادي عشر من فبراير`)]).toEqual([
        w,
        [['الحادي عشر من فبراير', '2024-02-11']],
      ]);
    expect(read('من 7 لغاية الحادي عشر من فبراير')).toEqual([
      ['7 لغاية الحادي عشر من فبراير', '2024-02-07/2024-02-11'],
    ]);
  });
});
