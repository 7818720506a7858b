import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/domain';

/** Each expression of `text` read from `published`: its words and value. */
const read = (text: string, published: string | null): [string, string | null][] =>
  analyseDates(text, published).map((e) => [e.text, e.value]);
const values = (text: string, published: string | null): (string | null)[] =>
  read(text, published).map(([, v]) => v);

// Rules written on the unseen set's seventh batch, tuning split (date-sentences-unseen.md). The
// sentences here are made up for each class, not copied from the set.
describe('a decimal point inside a number', () => {
  it('ends no sentence: a month after it takes the year printed before it', () => {
    expect(read('ارتفع المؤشر إلى 3.2 بالمئة في أيلول 2019 بعدما سجل 2.8 بالمئة في آب الماضي', null)).toEqual(
      [
        ['أيلول 2019', '2019-09'],
        ['آب الماضي', '2019-08'],
      ],
    );
  });

  it('ends no clause for the tense: the future verb before it still governs the weekday', () => {
    expect(read('سيعلن البنك نسبة 2.5 بالمئة الخميس', '2024-06-24')).toEqual([['الخميس', '2024-06-27']]);
  });
});

describe('«بعد غد» after «و»', () => {
  it('is the day after tomorrow, not tomorrow', () => {
    // After «غدًا» the two days are one span (docs/dates.md).
    expect(read('سيتم التصويت غدًا وبعد غد في الخارج', '2025-11-30')).toEqual([
      ['غدًا وبعد غد', '2025-12-01/2025-12-02'],
    ]);
    expect(read('تستمر العطلة اليوم وبعد غد', '2025-11-30')[1]).toEqual(['بعد غد', '2025-12-02']);
  });
});

describe('weekdays listed before the days they name', () => {
  it('pairs the first weekday with the first day when choosing the year', () => {
    expect(values('ويجري الاقتراع يومي الأربعاء والخميس 3 و4 ديسمبر في الداخل', '2025-11-30')).toEqual([
      '2025-12-03/2025-12-04',
    ]);
    expect(values('تقام البطولة الجمعة والسبت 5 و6 يونيو', '2026-05-20')).toEqual(['2026-06-05/2026-06-06']);
  });
});

describe('a Hijri year named as such', () => {
  it('reads «العام الهجري (الحالي) 1438» and «السنة الهجرية 1445» without «هـ»', () => {
    expect(read('آخر جلسة في العام الهجري الحالي 1438', null)).toEqual([
      ['العام الهجري الحالي 1438', '2016-10-02/2017-09-20'],
    ]);
    expect(read('خلال السنة الهجرية 1445', null)).toEqual([['السنة الهجرية 1445', '2023-07-19/2024-07-06']]);
  });
});

describe('years before 1800 marked «م» or «هـ»', () => {
  it('reads a day and month with a year of three or four digits marked «م»', () => {
    expect(read('وقعت المعركة في 28 نوفمبر 1023م قرب المدينة', null)).toEqual([
      ['28 نوفمبر 1023م', '1023-11-28'],
    ]);
    expect(read('ولد في 3 مارس 1750 م', null)).toEqual([['3 مارس 1750 م', '1750-03-03']]);
  });

  it('takes the Gregorian day printed after a Hijri date with a short year', () => {
    expect(
      values('في الثالث عشر من شهر رمضان عام 414هـ الموافق 28 نوفمبر 1023م بويع بالخلافة', null),
    ).toEqual(['1023-11-28']);
  });
});

describe('an offset from another event', () => {
  it('is no date with «قليلة» or «معدودة» between the count and «على» or «من»', () => {
    expect(read('وذلك بعد أيام قليلة على أداء الرئيس لليمين', '2018-06-05')).toEqual([]);
    expect(read('عاد بعد أسابيع قليلة من الهجوم', '2018-06-05')).toEqual([]);
    expect(values('عاد قبل أيام قليلة إلى بلده', '2018-06-05')).toEqual([null]);
  });
});

describe('«أليوم» with a hamza', () => {
  it('is a name, not today', () => {
    expect(read('أعلن الحكم “أليوم نيانت” نهاية المباراة', '2019-07-19')).toEqual([]);
    expect(read('أعلن الحكم اليوم نهاية المباراة', '2019-07-19')).toEqual([['اليوم', '2019-07-19']]);
  });
});

describe('«الغد» after the name of a scheduled event', () => {
  it('is tomorrow: «جلسة الغد», «مباراة الغد», but not «جيل الغد»', () => {
    expect(read('وتعد جلسة الغد هي الثانية', '2017-09-11')).toEqual([['الغد', '2017-09-12']]);
    expect(read('يستعد الفريق لمباراة الغد أمام الضيوف', '2017-09-11')).toEqual([['الغد', '2017-09-12']]);
    expect(read('نبني جيل الغد', '2017-09-11')).toEqual([]);
  });
});

describe('a day glued to «و»', () => {
  it('is found as a day', () => {
    expect(read('زار المدينة في 19 أكتوبر 2019 و26 نوفمبر 2020', null)).toEqual([
      ['19 أكتوبر 2019', '2019-10-19'],
      ['26 نوفمبر 2020', '2020-11-26'],
    ]);
  });
});

describe('two days each with its year, joined by «حتى», «إلى» or «لغاية»', () => {
  it('are one span, after a comma and «و» too', () => {
    expect(read('يسري القرار من 19 أكتوبر 2020 حتى 26 أكتوبر 2020', '2020-10-18')).toEqual([
      ['19 أكتوبر 2020 حتى 26 أكتوبر 2020', '2020-10-19/2020-10-26'],
    ]);
    expect(
      values('اعتبارا من الاثنين 19 تشرين الأول 2020، ولغاية الاثنين 26 تشرين الأول 2020', null),
    ).toEqual(['2020-10-19/2020-10-26']);
  });

  it('are two days when joined by «و» or running backwards', () => {
    expect(values('زار المدينة في 19 أكتوبر 2020 و26 أكتوبر 2021', null)).toEqual([
      '2020-10-19',
      '2021-10-26',
    ]);
    expect(values('من 26 أكتوبر 2020 حتى 19 أكتوبر 2020', null)).toEqual(['2020-10-26', '2020-10-19']);
  });
});

describe('«الواقع فيه» between a weekday and its date', () => {
  it('joins them as «الموافق» does', () => {
    expect(read('تبدأ العطلة يوم الإثنين الواقع فيه 19 تشرين الأول 2020', '2020-10-10')).toEqual([
      ['يوم الإثنين الواقع فيه 19 تشرين الأول 2020', '2020-10-19'],
    ]);
  });
});

describe('a Hijri day after another, joined by «و»', () => {
  it('is a day of its own, not the same day', () => {
    expect(
      values('حددت يوم غد الأربعاء المكمل للثلاثين من شهر شعبان والخميس غرة شهر رمضان 1444 هـ', '2023-03-21'),
    ).toEqual(['2023-03-22', '2023-03-22', '2023-03-23']);
  });
});

describe('a count after «في» and a future verb', () => {
  it('is that long after publication; after a past verb it is a duration', () => {
    expect(read('سأخرج في 3 أسابيع', '2016-11-07')).toEqual([['في 3 أسابيع', '2016-11-28']]);
    expect(read('سنعود في شهرين', '2016-11-07')).toEqual([['في شهرين', '2017-01']]);
    expect(read('أنجز العمل في 3 أيام', '2016-11-07')).toEqual([]);
  });
});

describe('early or late in this week or month', () => {
  it('is its start or its end', () => {
    expect(read('يرجى تحديد موعد لقائنا في وقت مبكر من هذا الشهر', '2016-11-07')).toEqual([
      ['في وقت مبكر من هذا الشهر', '2016-11-01/2016-11-10'],
    ]);
    expect(values('يرجى تحديد موعد لقائنا وقت مبكر هذا الأسبوع', '2016-11-07')).toEqual([
      '2016-11-06/2016-11-08',
    ]);
  });
});

describe('more words that look forward', () => {
  it('reads a month or weekday after «يمكن أن», «تجد لنا» or «مستمر في» as the next one', () => {
    expect(values('يمكن أن يرتب لنا لقاء منتصف مارس', '2016-11-07')).toEqual(['2017-03-11/2017-03-20']);
    expect(values('تجد لنا الوقت نهاية شهر مارس', '2016-11-07')).toEqual(['2017-03-21/2017-03-31']);
    expect(values('أعلن التحالف أنه مستمر في التظاهر يومي السبت والأحد', '2013-07-26')).toEqual([
      '2013-07-27/2013-07-28',
    ]);
    expect(values('كان يمكن أن يلتقيا منتصف مارس', '2016-11-07')).toEqual(['2016-03-11/2016-03-20']);
  });
});

describe('«هذا» before a weekday', () => {
  it('is the day of the week of publication, or the next one said of the future once it has passed', () => {
    expect(values('هذا الجمعة في الواحدة ظهرا', '2016-11-07')).toEqual(['2016-11-11']);
    expect(values('التقينا هذا الأحد', '2016-11-09')).toEqual(['2016-11-06']);
    expect(values('سنلتقي هذا الأحد', '2016-11-09')).toEqual(['2016-11-13']);
  });
});

describe('«اليوم» beside «الشهر» or «السنة»', () => {
  it('is a unit of the calendar, not today', () => {
    expect(read('تم استغلال تطابق اليوم والشهر لإشغال الرأي العام', '2020-10-18')).toEqual([]);
    expect(values('تستمر العطلة اليوم والشهر المقبل', '2020-10-18')[0]).toBe('2020-10-18');
  });
});

describe('the first or last nine months of a year', () => {
  it('are three quarters, with the year after «العام الجاري» taken when printed', () => {
    expect(read('استقبلت المدينة 13 مليون سائح خلال التسعة أشهر الأولى من العام الجاري 2023', null)).toEqual([
      ['التسعة أشهر الأولى من العام الجاري 2023', '2023-01/2023-09'],
    ]);
    expect(values('ارتفعت الصادرات في الأشهر التسعة الأخيرة من العام الماضي', '2024-03-01')).toEqual([
      '2023-04/2023-12',
    ]);
    expect(values('في الأشهر الستة الأولى من عام 2021', null)).toEqual(['2021-01/2021-06']);
  });
});
