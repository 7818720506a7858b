import { describe, expect, it } from 'vitest';
import { analyseDates, findDateExpressions } from '../../src/domain';
import { ammaComment, publicationDay } from '../../src/domain/date-expressions';

// What src/domain/date-expressions.ts decides around the finder and the resolver: the publication day
// of a date-time, the tense that sends a bare weekday back or forward, and the year a sentence lends
// to a day and month when the article has no date.
const PUB = '2024-06-26'; // a Wednesday: «الخميس» is 2024-06-20 told in the past, 2024-06-27 in the future
const PAST = '2024-06-20';
const NEXT = '2024-06-27';
const thursday = (clause: string): string | null | undefined =>
  analyseDates(`${clause} الخميس`, PUB).find((e) => e.text.endsWith('الخميس'))?.value;

describe('the publication day (publicationDay)', () => {
  it('takes a day, or an RFC 3339 date-time on the day it names in its own offset', () => {
    expect(publicationDay('2024-06-26')).toBe('2024-06-26');
    expect(publicationDay('2024-06-26T09:15:00+03:00')).toBe('2024-06-26');
    expect(publicationDay('2024-06-26T23:30:00-05:00')).toBe('2024-06-26');
    expect(publicationDay('2024-06-26t09:15z')).toBe('2024-06-26');
    expect(publicationDay('2024-06-26 09:15:00.123Z')).toBe('2024-06-26');
    expect(publicationDay('2024-06-26T23:59:60Z')).toBe('2024-06-26');
    expect(publicationDay('2024-06-26T19:15Z')).toBe('2024-06-26');
  });

  it('is null for what is neither, for an hour, minute, second or offset out of range, or no real day', () => {
    for (const bad of [
      '2024-06-26T24:00Z',
      '2024-06-26T09:60Z',
      '2024-06-26T09:15:61Z',
      '2024-06-26T09:15+24:00',
      '2024-06-26T09:15+03:60',
      '2024-06-26T09:15',
      '2024-06-26T09:15:00.Z',
      '2024-02-30',
      'x2024-06-26',
      '2024-06-26x',
      '24-06-26',
    ])
      expect([bad, publicationDay(bad)]).toEqual([bad, null]);
  });
});

describe('the tense of a bare weekday', () => {
  it('looks forward after a future verb, with «سوف», «و» or «ف», and after words that announce a plan', () => {
    for (const v of [
      'سيعقد',
      'ستجرى',
      'سأعود',
      'سوف يعود',
      'وستختتم',
      'فسيكون',
      'من المقرر أن يعقد',
      'من المتوقع أن يعقد',
      'من المنتظر أن يعقد',
      'يعتزم العودة',
      'تعتزم العودة',
      'اللقاء مرتقب',
      'على أن يعقد',
      'it will be',
    ])
      expect([v, thursday(v)]).toEqual([v, NEXT]);
  });

  it('looks forward after a request, a forecast or a scheduled present', () => {
    for (const v of [
      'دعونا نجتمع',
      'دعنا نجتمع',
      'يرجى الحضور',
      'ويرجى الحضور',
      'حدد موعدا',
      'حددي موعدا',
      'تحديد موعد',
      'أضف الغداء',
      'ضع الحفل',
      'جدوله',
      'هل يمكنك الحضور',
      'أحتاج إلى اجتماع',
      'متاحا',
      'يطرأ ارتفاع',
      'تتوقع',
      'يسود طقس',
      'يستمر الجو',
      'يستمر الطقس',
      'تنطلق القمة',
      'يبدأ',
      'تقام',
      'يعقد',
      'تستضيف',
      'يختتم',
      'يفتتح',
      'يزور',
      'تزور',
      'يصل',
      'تصل',
    ])
      expect([v, thursday(v)]).toEqual([v, NEXT]);
  });

  // The text is matched after folding, which drops the hamza: the future words must be spelled without it.
  it('looks forward after «رجاء» and «تستمر الأجواء»', () => {
    expect(thursday('رجاء الحضور')).toBe(NEXT);
    expect(thursday('تستمر الأجواء')).toBe(NEXT);
  });

  it('looks back after «كان» before a scheduled present, and after nouns that begin like a future verb', () => {
    for (const v of ['كان يزور', 'كانت تزور', 'كانوا يزورون', 'وصل'])
      expect([v, thursday(v)]).toEqual([v, PAST]);
    for (const v of [
      'ركب سيارة',
      'سياسة',
      'سيطرة',
      'سيدة',
      'سينما',
      'سيول',
      'سيف',
      'سير',
      'وسيلة',
      'وسيط',
      'لا سيما',
      'ستين',
      'ستة',
      'ستار',
      'ستا',
      'ستر',
      'سنوات',
      'سنة',
      'سنين',
      'سنت',
      'سنا',
      'ساعة',
      'ساعات',
      'ساعتين',
      'ساحة',
      'سابق',
      'سالم',
      'سامر',
      'سادة',
      'سايبر',
    ])
      expect([v, thursday(v)]).toEqual([v, PAST]);
  });

  it("is read in the expression's own sentence and comma clause, and across «أما …، فـ»", () => {
    expect(analyseDates('جرت بينهما يوم الخميس، وقالا إنهما سيتحدثان', PUB)[0]?.value).toBe(PAST);
    expect(analyseDates('قال. سيزور الخميس', PUB)[0]?.value).toBe(NEXT);
    expect(analyseDates('سيزور غزة. وصل الخميس', PUB)[0]?.value).toBe(PAST);
    expect(analyseDates('أما يوم الخميس، فيتوقع أن يكون حارا', PUB)[0]?.value).toBe(NEXT);
    expect(analyseDates('أما يوم الخميس، كان حارا', PUB)[0]?.value).toBe(PAST);
    expect(analyseDates('وصل الخميس، وسيغادر الجمعة', PUB).map((e) => e.value)).toEqual([PAST, '2024-06-28']);
  });

  it('knows «أما» only as a word of its own, followed by a comma and a «فـ» clause', () => {
    const amma = (s: string): boolean => ammaComment(s, 0, s.search(/[،,]/u));
    expect(amma('اما يوم السبت، فيتوقع')).toBe(true);
    expect(amma('اما يوم السبت, فيتوقع')).toBe(true);
    expect(amma('وقال اما يوم السبت، فيتوقع')).toBe(true);
    expect(amma('اما يوم السبت، كان')).toBe(false);
    expect(amma('اما يوم السبت، ف')).toBe(false);
    expect(amma('لاما يوم السبت، فيتوقع')).toBe(false);
    expect(amma('يوم السبت، فيتوقع')).toBe(false);
    // Only the clause from `from` to `to` is searched for «أما».
    expect(ammaComment('اما يوم السبت، فيتوقع', 3, 13)).toBe(false);
  });
});

describe('every word of the future, and every mark that ends its reach', () => {
  // Each spelling the patterns list, one by one: a future verb with each person's prefix, a request,
  // a resolve, a forecast and a scheduled present with either prefix, and the words a double space
  // may part. Each phrase holds no other future word.
  it('looks forward after each of them', () => {
    for (const v of [
      'سيصل',
      'سنعود',
      'سنجتمع',
      'سيمارس',
      'سيلهب',
      'it shall be',
      'فيرجى الحضور',
      'ورجاء الحضور',
      'يمكن أن يرتب لنا لقاء',
      'تجد لنا الوقت',
      'نجد لنا الوقت',
      'مستمر في التظاهر',
      'مستمرون في التظاهر',
      'مستمرين في التظاهر',
      'مستمرة في التظاهر',
      'ومستمر في التظاهر',
      'عازم على السفر',
      'عازمون على السفر',
      'عازمين على السفر',
      'عازمة على السفر',
      'فعازمون على السفر',
      'تطرأ زيادة',
      'يتوقع',
      'تسود',
      'ينطلق',
      'تبدأ',
      'يقام',
      'تعقد',
      'يستضيف',
      'تختتم',
      'تفتتح',
      'وينطلق',
      'فتنطلق',
      'من  المقرر',
      'من  المتوقع',
      'من  المنتظر',
      'على  أن',
      'هل  يمكنك',
      'يمكن  أن',
      'أحتاج  إلى',
      'تحديد  موعد',
      'نجد  لنا',
      'مستمر  في',
      'يستمر  الجو',
    ])
      expect([v, thursday(v)]).toEqual([v, NEXT]);
  });

  it('looks forward after «جد لنا», and back after «كان» before «يمكن أن» or a scheduled present', () => {
    expect(thursday('جد لنا موعدا')).toBe(NEXT);
    for (const v of ['كان يمكن أن يرتب لقاء', 'كان  يمكن أن يرتب لقاء', 'كان  يزور'])
      expect([v, thursday(v)]).toEqual([v, PAST]);
  });

  it('stops at every mark that ends a sentence or a clause', () => {
    for (const mark of ['.', '!', '?', '؟', '؛', '\n'])
      expect([mark, analyseDates(`سيزور غزة${mark} وصل الخميس`, PUB)[0]?.value]).toEqual([mark, PAST]);
    expect(analyseDates('وصل الخميس, وسيغادر', PUB)[0]?.value).toBe(PAST);
  });

  it('joins «أما» to its «فـ» clause with or without spaces around the comma', () => {
    expect(analyseDates('أما يوم الخميس،فيتوقع أن يكون حارا', PUB)[0]?.value).toBe(NEXT);
    expect(analyseDates('أما يوم الخميس ،  فيتوقع أن يكون حارا', PUB)[0]?.value).toBe(NEXT);
  });
});

describe('the year of a sentence, without a publication date', () => {
  it('lends a day and month the year another expression of its sentence prints, the first one', () => {
    const values = (text: string): (string | null)[] => analyseDates(text, null).map((e) => e.value);
    expect(values('في 3 مارس 2024 وصل يوم 5 مايو')).toEqual(['2024-03-03', '2024-05-05']);
    expect(values('وصل يوم 5 مايو في 3 مارس 2024 وفي 7 أبريل 2023')).toEqual([
      '2024-05-05',
      '2024-03-03',
      '2023-04-07',
    ]);
    expect(values('وصل يوم 5 مايو في رمضان 2019')).toEqual(['2019-05-05', '2019-05-06/2019-06-03']);
    expect(values('وصل يوم 5 مايو بين عامي 2015 و2019')).toEqual(['2019-05-05', '2015/2019']);
  });

  it('lends none across a sentence, nor from a Hijri year', () => {
    const values = (text: string): (string | null)[] => analyseDates(text, null).map((e) => e.value);
    expect(values('وصل يوم 5 مايو. في 3 مارس 2024')).toEqual([null, '2024-03-03']);
    expect(values('وصل يوم 5 مايو في 1445 هـ')).toEqual([null, '2023-07-19/2024-07-06']);
  });
});

describe('finding without resolving (findDateExpressions)', () => {
  it('answers the same twice, and a copy each time', () => {
    const a = findDateExpressions('وصل الخميس');
    a.pop();
    expect(findDateExpressions('وصل الخميس').map((e) => e.text)).toEqual(['الخميس']);
  });
});
