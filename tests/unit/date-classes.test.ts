import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/domain';

// Wednesday 26 June 2024 (Umm al-Qura: 20 Dhu al-Hijjah 1445).
const PUB = '2024-06-26';
const read = (text: string, published: string | null = PUB): [string, string | null][] =>
  analyseDates(text, published).map((e) => [e.text, e.value]);
const value = (text: string, published: string | null = PUB): string | null => {
  const all = analyseDates(text, published);
  expect(all, text).toHaveLength(1);
  return all[0]?.value ?? null;
};

describe('the classes of date expression issue 23 names', () => {
  it('reads Hijri dates with their year, and a Hijri month with a Gregorian year', () => {
    expect(value('منتصف رجب 1446هـ')).toBe('2025-01-11/2025-01-20');
    expect(value('في العاشر من ذي الحجة عام 1445 للهجرة')).toBe('2024-06-16');
    expect(value('صام المسلمون رمضان 2019')).toBe('2019-05-06/2019-06-03');
    expect(value('نهاية رجب', '2025-01-05')).toBe('2025-01-21/2025-01-30');
  });

  it('resolves a part of a period to the part, not the whole', () => {
    expect(value('خلال الربع الأول من العام المقبل')).toBe('2025-01/2025-03');
    expect(value('في النصف الأول من 2021')).toBe('2021-01/2021-06');
    expect(value('في الأشهر الثلاثة الأولى من هذا العام')).toBe('2024-01/2024-03');
    expect(value('في أوائل أيلول')).toBe('2024-09-01/2024-09-10');
    expect(value('في أواسط الشهر الماضي')).toBe('2024-05-11/2024-05-20');
    expect(value('مطلع 2021')).toBe('2021-01/2021-03');
    expect(value('في نهاية الربع الأول 2023')).toBe('2023-03');
  });

  it('reads a range as one expression with a range value', () => {
    expect(read('بين عامي 2015 و2019 ارتفع الإنتاج')).toEqual([['عامي 2015 و2019', '2015/2019']]);
    expect(read('من أيار حتى تموز تراجع')).toEqual([['أيار حتى تموز', '2024-05/2024-07']]);
    expect(read('يومي 21 و22 من الشهر الجاري')).toEqual([
      ['21 و22 من الشهر الجاري', '2024-06-21/2024-06-22'],
    ]);
  });

  it('reads ordinal days of a relative month and anaphora from the date before them', () => {
    expect(value('في الخامس عشر من الشهر المقبل')).toBe('2024-07-15');
    expect(read('وصل في 3 آذار، وفي اليوم التالي غادر')).toEqual([
      ['3 آذار', '2024-03-03'],
      ['اليوم التالي', '2024-03-04'],
    ]);
    expect(read('وصل في 3 آذار، ثم غادر بعد ذلك بيومين')).toEqual([
      ['3 آذار', '2024-03-03'],
      ['بعد ذلك بيومين', '2024-03-05'],
    ]);
    expect(read('ارتفع في أيار الماضي عن الشهر نفسه من العام الماضي')).toEqual([
      ['أيار الماضي', '2024-05'],
      ['الشهر نفسه من العام الماضي', '2023-05'],
    ]);
    expect(read('ستبدأ في سبتمبر ربما بمنتصف الشهر', '2011-07-13')).toEqual([
      ['سبتمبر', '2011-09'],
      ['منتصف الشهر', '2011-09-11/2011-09-20'],
    ]);
  });

  it("follows the tense of the expression's own clause", () => {
    expect(value('التقى الوزير نظيره الأربعاء', '2024-06-27')).toBe('2024-06-26');
    expect(value('وسيزور الوزير القاهرة الأربعاء', '2024-06-27')).toBe('2024-07-03');
    expect(value('فسيلتقي الوزير نظيره الأربعاء', '2024-06-27')).toBe('2024-07-03');
    // The workbench trial's sentence: a future verb in a later clause does not decide.
    expect(
      value(
        'واتفقا في محادثة هاتفية جرت بينهما يوم الخميس، على لقاء قريب، وقالا إن لافروف وروبيو سيتحدثان',
        '2025-10-20',
      ),
    ).toBe('2025-10-16');
    expect(value('قال إن «لا سيما» الخميس كان صعبا', '2024-06-26')).toBe('2024-06-20');
  });

  it('reads a deictic with its weekday, and digits glued to a month', () => {
    expect(value('أول أمس الجمعة', '2024-06-23')).toBe('2024-06-21');
    expect(value('غدًا الخميس')).toBe('2024-06-27');
    // Published on Sunday, «أمس الجمعة» was written on Saturday: the text's weekday is kept.
    expect(value('من أمس الجمعة', '2021-07-25')).toBe('2021-07-23');
    expect(value('في 3 مارس2020')).toBe('2020-03-03');
    expect(value('في 24 فبراير2022')).toBe('2022-02-24');
  });

  it('finds times and parts of the day with the day resolved', () => {
    expect(value('فجر اليوم')).toBe(PUB);
    expect(value('ظهر أمس')).toBe('2024-06-25');
    expect(value('سأعود هذا المساء')).toBe(PUB);
  });

  it('reads colloquial Egyptian, Levantine and Gulf words and named days', () => {
    expect(value('وصل امبارح')).toBe('2024-06-25');
    expect(value('هيرجع بعد بكرة')).toBe('2024-06-28');
    expect(value('الشهر الجاي')).toBe('2024-07');
    expect(value('يوم الحد اللي فات')).toBe('2024-06-23');
    expect(value('الشهر قبل الماضي')).toBe('2024-04');
    expect(value('عيد الفطر', '2024-06-26')).toBe('2024-04-10');
    expect(value('يوم عرفة', '2024-06-10')).toBe('2024-06-15');
    expect(value('يوم عرفة لعام 2024', null)).toBe('2024-06-15');
    expect(value('ليلة رأس السنة')).toBe('2024-12-31');
    expect(value('هذا الصيف')).toBe('2024-06/2024-08');
  });

  it('counts hours back in whole days (36 hours before is the day before, not two)', () => {
    expect(value('منذ 36 ساعة')).toBe('2024-06-25');
    expect(value('قبل 48 ساعة')).toBe('2024-06-24');
  });

  it('leaves durations, counts and bare words alone', () => {
    for (const t of [
      'سأغادر طوال اليوم',
      'في الفترة نفسها',
      'الربيع العربي',
      'النصف الثاني من المباراة',
      'الجائزة الأولى',
    ])
      expect(read(t), t).toEqual([]);
  });
});
