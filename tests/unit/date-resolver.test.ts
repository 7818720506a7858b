import { describe, expect, it } from 'vitest';
import { analyseDates, fromHijri, toHijri } from '../../src/domain';

// Wednesday 26 June 2024.
const PUB = '2024-06-26';
const one = (text: string, published: string | null = PUB) => {
  const [e, ...rest] = analyseDates(text, published);
  expect(rest).toEqual([]);
  if (e === undefined) throw new Error(`no date expression in ${text}`);
  return e;
};

describe('resolving date expressions against the publication date', () => {
  it('lets a rule read the other parts of an expression through the same table of rules', () => {
    // «منتصف أبريل 2023» reads April 2023 first, then its middle; «مارس من العام المقبل» the month in the counted year.
    expect(one('منتصف أبريل 2023').value).toBe('2023-04-11/2023-04-20');
    expect(one('مارس من العام المقبل').value).toBe('2025-03');
  });

  it('reads a bare weekday in past narration as the last one on or before publication, in the future as the next', () => {
    expect(one('قال الوزير الثلاثاء إن').value).toBe('2024-06-25');
    expect(one('قال الوزير الأربعاء إن').value).toBe('2024-06-26');
    expect(one('سيزور الوزير دمشق الثلاثاء').value).toBe('2024-07-02');
    expect(one('والإثنين الماضي هدد').value).toBe('2024-06-24');
    expect(one('يعقد الأربعاء المقبل').value).toBe('2024-07-03');
    expect(one('قال الوزير الثلاثاء إن').alternatives.map((a) => a.value)).toEqual(['2024-07-02']);
  });

  it('counts deictic words and offsets from publication', () => {
    expect(one('أول أمس').value).toBe('2024-06-24');
    // «أول من أمس» is the same day, never «أمس» with two words before it (Al-Anbaa on the Iberian
    // blackout, via https://www.daily8.com/article/6e182067dbce28da536d8f3a4d4e19c3, 30 April 2025).
    const sentence = 'ساعات طويلة في حدث تاريخي غير مسبوق أول من أمس قبل عودته';
    expect(one(sentence).text).toBe('أول من أمس');
    expect(one(sentence).value).toBe('2024-06-24');
    expect(one('بعد غد').value).toBe('2024-06-28');
    expect(one('الليلة الماضية').value).toBe('2024-06-25');
    expect(one('منذ ثلاثة أشهر').value).toBe('2024-03');
    expect(one('قبل سبعة أيام').value).toBe('2024-06-19');
    expect(one('منذ قليل').value).toBe(PUB);
    expect(one('قبل أيام').value).toBeNull();
    expect(one('خلال الـ24 ساعة الماضية').value).toBe('2024-06-25/2024-06-26');
  });

  it('gives weeks from Sunday with the Saturday and Monday readings as alternatives, and «مطلع الأسبوع» as a range', () => {
    const week = one('الأسبوع الماضي');
    expect(week.value).toBe('2024-06-16/2024-06-22');
    expect(week.alternatives.map((a) => a.value)).toEqual(['2024-06-15/2024-06-21', '2024-06-17/2024-06-23']);
    expect(week.assumptions).toContain('week-starts-sunday');
    expect(one('مطلع الأسبوع الجاري').value).toBe('2024-06-23/2024-06-25');
  });

  it('takes a missing year from publication, as the qualifier or the tense says', () => {
    expect(one('في 13 أيار/مايو الماضي').value).toBe('2024-05-13');
    expect(one('في 13 تموز الماضي').value).toBe('2023-07-13');
    expect(one('في تشرين الأول المقبل').value).toBe('2024-10');
    expect(one('في 19 ايار').value).toBe('2024-05-19');
    expect(one('في 19 ايار', null).value).toBeNull();
  });

  it('converts Hijri dates with the Umm al-Qura calendar, a day either side as sighting alternatives', () => {
    expect(toHijri('2024-03-11')).toEqual({ year: 1445, month: 9, day: 1 });
    expect(fromHijri(1445, 9, 15)).toBe('2024-03-25');
    const h = one('في ١٥ رمضان ١٤٤٥ هـ', null);
    expect(h.value).toBe('2024-03-25');
    expect(h.rule).toBe('hijri-umm-al-qura');
    expect(h.alternatives.map((a) => a.value)).toEqual(['2024-03-26', '2024-03-24']);
    expect(one('عيد الأضحى', PUB).value).toBe('2024-06-16');
  });

  it('explains every reading in Arabic and English', () => {
    const e = one('والإثنين الماضي هدد');
    expect(e.note.en).toContain('Monday 24 June 2024');
    expect(e.note.ar).toContain('الاثنين 24 حزيران/يونيو 2024');
    expect(e.reference).toBe(PUB);
  });

  it('counts an offset in Arabic as Arabic counts, with no English unit in the Arabic note', () => {
    expect(one('منذ 15 شهرا').note.ar).toContain('قبلها بـ15 شهرًا');
    expect(one('قبل شهرين').note.ar).toContain('قبلها بشهرين');
    expect(one('قبل 3 أيام').note.ar).toContain('قبلها بـ3 أيام');
    expect(one('قبل أسبوع').note.ar).toContain('قبلها بأسبوع');
    expect(one('منذ 15 شهرا').note.ar).not.toMatch(/[a-z]/);
  });
});
