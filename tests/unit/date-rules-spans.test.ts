import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/domain';

/** Each expression of `text` read from `published`: its words and value. */
const read = (text: string, published: string | null): [string, string | null][] =>
  analyseDates(text, published).map((e) => [e.text, e.value]);

// Rules written on the unseen set's fourth batch, tuning split (date-sentences-unseen.md). The
// sentences here are made up for each class, not copied from the set.
describe('a day of "the same month"', () => {
  it('reads «نفس الشهر» before, as «الشهر نفسه/ذاته» after, as that day of the month named before', () => {
    // Published Thursday 18 July 2019.
    expect(read('تبدأ الامتحانات في 3 آب المقبل وتنتهي في 28 من نفس الشهر', '2019-07-18')).toEqual([
      ['3 آب المقبل', '2019-08-03'],
      ['28 من نفس الشهر', '2019-08-28'],
    ]);
    expect(read('وصل في 5 أيار ثم غادر يوم 20 من الشهر ذاته', '2019-07-18')).toEqual([
      ['5 أيار', '2019-05-05'],
      ['يوم 20 من الشهر ذاته', '2019-05-20'],
    ]);
    // With its weekday and «المصادف», and the article glued to the digits.
    expect(
      read(
        'ستبدأ يوم الخميس الأول من آب المقبل، وتنطلق الثانية يوم الأحد المصادف الـ25 من نفس الشهر',
        '2019-07-18',
      ),
    ).toEqual([
      ['يوم الخميس الأول من آب المقبل', '2019-08-01'],
      ['يوم الأحد المصادف الـ25 من نفس الشهر', '2019-08-25'],
    ]);
  });

  it('ends a span in the month the span starts in', () => {
    // Published Sunday 1 March 2026.
    expect(read('العطلة من يوم الأحد 15 مارس 2026 إلى يوم الأحد 22 من نفس الشهر', '2026-03-01')).toEqual([
      ['يوم الأحد 15 مارس 2026 إلى يوم الأحد 22 من نفس الشهر', '2026-03-15/2026-03-22'],
    ]);
    // «… وحتى الثلاثاء 7 منه» (of it): published Sunday 28 September 2014.
    expect(read('تعطل الوزارات اعتبارا من يوم الجمعة 3 أكتوبر وحتى الثلاثاء 7 منه.', '2014-09-28')).toEqual([
      ['يوم الجمعة 3 أكتوبر وحتى الثلاثاء 7 منه', '2014-10-03/2014-10-07'],
    ]);
  });

  it('reads a span of «منه» that starts in the same words: «من الخامس حتى الثلاثاء 7 منه»', () => {
    // Made up for the class (a month named, then a span of its days with the end's weekday); it gave
    // the span's end alone, the 7th. Published Friday 1 March 2024.
    expect(read('يقام المعرض في شهر آذار من الخامس حتى الثلاثاء 7 منه', '2024-03-01')).toEqual([
      ['شهر آذار', '2024-03'],
      ['الخامس حتى الثلاثاء 7 منه', '2024-03-05/2024-03-07'],
    ]);
    expect(read('يقام المعرض في آذار من 5 حتى 7 منه', '2024-03-01')).toEqual([
      ['آذار', '2024-03'],
      ['5 حتى 7 منه', '2024-03-05/2024-03-07'],
    ]);
  });

  it('takes «منه» for a day only at the end of a span, not after a count', () => {
    expect(read('فاز 7 منه بجوائز', '2014-09-28')).toEqual([]);
    expect(read('حضر الاجتماع 12 منه فقط', '2014-09-28')).toEqual([]);
  });
});

describe('a count of days from the date before it', () => {
  it('reads «وبعدها بيوم», «بعد يومين من ذلك» and «اليومين التاليين له» from the date before', () => {
    // Published Wednesday 1 September 2021.
    expect(read('تعلن النتائج في 11 تشرين الاول وبعدها بيوم واحد تنشر', '2021-09-01')).toEqual([
      ['11 تشرين الاول', '2021-10-11'],
      ['بعدها بيوم', '2021-10-12'],
    ]);
    expect(read('وصل في 5 مارس، وبعد يومين من ذلك غادر', '2021-09-01')).toEqual([
      ['5 مارس', '2021-03-05'],
      ['بعد يومين من ذلك', '2021-03-07'],
    ]);
    // Published Sunday 28 September 2014.
    expect(read('تعطل الدوائر يوم 4 أكتوبر واليومين التاليين له', '2014-09-28')).toEqual([
      ['يوم 4 أكتوبر', '2014-10-04'],
      ['اليومين التاليين له', '2014-10-05/2014-10-06'],
    ]);
  });

  it('leaves a count from an event, not a date, alone', () => {
    expect(read('قتل بعد يومين من الهجوم', '2021-09-01')).toEqual([]);
  });
});

describe('a span of days written as ordinals', () => {
  it('reads «من الخامس إلى العاشر» and «بين الخامس عشر والتاسع عشر» as spans', () => {
    // Published Monday 7 November 2016.
    expect(read('تقام الدورة بين الخامس عشر والتاسع عشر من نوفمبر', '2016-11-07')).toEqual([
      ['الخامس عشر والتاسع عشر من نوفمبر', '2016-11-15/2016-11-19'],
    ]);
    expect(read('ستجرى من الخامس إلى العاشر من الشهر المقبل', '2016-11-07')).toEqual([
      ['الخامس إلى العاشر من الشهر المقبل', '2016-12-05/2016-12-10'],
    ]);
  });

  it('keeps «الثانية والعشرون» one day: units and tens of one ordinal', () => {
    expect(read('وصل في الثانية والعشرين من يونيو', '2016-11-07')).toEqual([
      ['الثانية والعشرين من يونيو', '2016-06-22'],
    ]);
    expect(read('ستجرى في الحادي والعشرين من الشهر المقبل', '2016-11-07')).toEqual([
      ['الحادي والعشرين من الشهر المقبل', '2016-12-21'],
    ]);
  });
});

describe('days written with something glued to them or a month named twice', () => {
  it('reads «الـ24 من نوفمبر» and «الموافق لـ13 أكتوبر» as days', () => {
    expect(read('صار يوم الـ24 من نوفمبر يوما حزينا', '2017-11-25')).toEqual([
      ['يوم الـ24 من نوفمبر', '2017-11-24'],
    ]);
    expect(read('بعد مغرب يوم الثلاثاء 29 ذي الحجة 1436هـ الموافق لـ13 أكتوبر 2015', '2015-10-13')).toEqual([
      ['يوم الثلاثاء 29 ذي الحجة 1436هـ الموافق لـ13 أكتوبر 2015', '2015-10-13'],
    ]);
  });

  it('keeps a month’s other name in brackets with it, and the year after them', () => {
    expect(read('لن تتكرر إلا في شهر فبراير (شباط) من عام 2037.', '2026-02-10')).toEqual([
      ['شهر فبراير (شباط) من عام 2037', '2037-02'],
    ]);
    expect(read('وقع الاتفاق في 12 أكتوبر (تشرين الأول) 2020 في القاهرة', '2021-01-01')).toEqual([
      ['12 أكتوبر (تشرين الأول) 2020', '2020-10-12'],
    ]);
  });
});

describe('days of the Hijri calendar named by their feast', () => {
  it('reads the day of Arafat by its other names', () => {
    // Published Friday 7 June 2024 (1 Dhu al-Hijja 1445 by Umm al-Qura).
    expect(read('وأن وقفة عرفات يوم السبت 15 يونيو', '2024-06-07')).toContainEqual([
      'وقفة عرفات',
      '2024-06-15',
    ]);
    expect(read('ثم الوقوف بعرفة قبل العيد', '2024-06-07')).toEqual([['الوقوف بعرفة', '2024-06-15']]);
  });

  it('reads Ashura, the Isra and Mi‘raj and the first of the Hijri year', () => {
    // Published Monday 30 June 2025 (5 Muharram 1447).
    expect(read('يصادف يوم عاشوراء هذا العام يوم السبت', '2025-06-30')).toContainEqual([
      'يوم عاشوراء',
      '2025-07-05',
    ]);
    // Published 1 January 2015: the Isra and Mi‘raj (27 Rajab 1436) was Saturday 16 May 2015.
    expect(read('والاحتفال بالإسراء والمعراج سيكون في الربيع', '2015-01-01')).toEqual([
      ['الإسراء والمعراج', '2015-05-16'],
    ]);
    // Published Saturday 26 November 2011: 1 Muharram 1433 by Umm al-Qura.
    expect(read('سيكون يوم الأحد فاتح العام الهجري 1433 .', '2011-11-26')).toContainEqual([
      'فاتح العام الهجري 1433',
      '2011-11-26',
    ]);
  });

  it('does not take a mountain or a man named Arafat for the day', () => {
    expect(read('صعد الحجاج جبل عرفات', '2024-06-07')).toEqual([]);
    expect(read('قال عرفات في خطابه', '2024-06-07')).toEqual([]);
  });
});

describe('the tense of an announcement', () => {
  it('reads a weekday after a scheduled present tense as the next one, and after «كان» or a past verb as the last', () => {
    // Published Monday 24 June 2024.
    expect(read('يزور الرئيس القاهرة الأربعاء', '2024-06-24')).toEqual([['الأربعاء', '2024-06-26']]);
    expect(read('وتقام المباراة الخميس على ملعب المدينة', '2024-06-24')).toEqual([['الخميس', '2024-06-27']]);
    expect(read('تنطلق البطولة يوم السبت', '2024-06-24')).toEqual([['يوم السبت', '2024-06-29']]);
    expect(read('كان يزور القاهرة الأربعاء', '2024-06-24')).toEqual([['الأربعاء', '2024-06-19']]);
    expect(read('زار الرئيس القاهرة الأربعاء', '2024-06-24')).toEqual([['الأربعاء', '2024-06-19']]);
  });
});
