import { describe, expect, it } from 'vitest';
import { analyseDates, findDateExpressions } from '../../src/domain';

/** Each expression of `text` read from `published`: its words and value. */
const read = (text: string, published: string | null): [string, string | null][] =>
  analyseDates(text, published).map((e) => [e.text, e.value]);
const found = (text: string): string[] => findDateExpressions(text).map((e) => e.text);

// Rules written by class on the unseen set's tuning split after its eighth batch's rules
// (date-sentences-unseen.md): the plain dates, anaphora and ranges it still missed. Real sentences name
// their page; the others are made up for the class.
describe('a misprinted month name is still a month, with a day, a year or «شهر»', () => {
  it('a letter dropped from a long name, with the day before it', () => {
    // egnews24.com/578609 (undated): «نوفبر» as printed.
    expect(found('وهو ما تسبب في حدوث بلبلة بخصوص تعليق الدراسة في 28 نوفبر الجاري، لمدة أسبوعين.')).toEqual([
      '28 نوفبر الجاري',
    ]);
    expect(read('أعلنت الوزارة أن الامتحانات بدأت في 3 ديسبمر 2024', null)).toEqual([
      ['3 ديسبمر 2024', '2024-12-03'],
    ]);
    expect(read('وصل الوفد يوم 14 سبتبر 2023', null)).toEqual([['يوم 14 سبتبر 2023', '2023-09-14']]);
  });

  it('an inner letter dropped from a name of five, after «شهر»', () => {
    // saharamedias.net/902 (undated page).
    expect(
      found('لم يعد يبق فيه هامش زمني كبير فاصل بين إجراء الانتخابات المقررة في السادس من شهر يونو المقبل.'),
    ).toEqual(['السادس من شهر يونو المقبل']);
    expect(read('وستجري الانتخابات في شهر يونو 2026', null)).toEqual([['شهر يونو 2026', '2026-06']]);
  });

  it('but not alone, nor a word that is one letter from a month', () => {
    expect(found('زار يونو المدينة أمس الأول')).toEqual(['أمس الأول']);
    expect(found('قال إنه كان حيران في أمره')).toEqual([]);
    expect(found('وقف 3 حيران أمام الباب')).toEqual([]);
    // «فبراير» after «في» is February, never «ف» and a misprint.
    expect(read('زار شكري دمشق في فبراير الماضي', '2023-04-01')).toEqual([['فبراير الماضي', '2023-02']]);
  });

  it('«جمادة» as printed and «جمادى الثاني» with a masculine ordinal are the Jumada months', () => {
    // turaif1.com/407581 (undated page): a Hijri day without a year has no value, but is found.
    expect(found('على أن تكون العودة للفصل الدراسي الثاني في 8 من شهر جمادة الأولى.')).toEqual([
      '8 من شهر جمادة الأولى',
    ]);
    expect(read('سأخرج في جمادى الثاني', '2016-11-07')).toEqual([['جمادى الثاني', '2017-02-28/2017-03-28']]);
  });
});

describe('a bare weekday after a day the text states is that day’s neighbour (anaphora)', () => {
  it('the weekday nearest the stated day, and a run of weekdays after it', () => {
    // mj.bald-news.com/655532 (undated): Friday and Saturday after Thursday 19 September 2024.
    expect(
      read(
        'ويتساءل المواطنون هل ستكون الاجازة بالفعل هي يوم الاثنين 16 سبتمبر 2024، ام سيتم ترحيلها الي عطلة نهاية الاسبوع لتصبح يوم 19 سبتمبر 2024 لتنضم الي يوم الجمعة والسبت.',
        null,
      ).slice(2),
    ).toEqual([
      ['يوم 19 سبتمبر 2024', '2024-09-19'],
      ['يوم الجمعة والسبت', '2024-09-20/2024-09-21'],
    ]);
    // alwatannews.net/ampArticle/498542, dated 28 September 2014: the headline's holiday runs from the
    // Friday before the feast (Saturday 4 October), not from the Friday before publication.
    expect(read('عطلة عيد الأضحى 5 أيام من الجمعة حتى الثلاثاء', '2014-09-28')).toEqual([
      ['عيد الأضحى', '2014-10-04'],
      ['الجمعة حتى الثلاثاء', '2014-10-03/2014-10-07'],
    ]);
  });

  it('inside a stated span, its own day of that weekday', () => {
    // alwatannews.net/ampArticle/498542: the Saturday of the four days just listed.
    const r = read(
      'والتي تصادف أيام الجمعة والسبت والأحد والإثنين 9 و10و11و12 ذي الحجة 1435هـ الموافق 3و4و5و6 أكتوبر 2014م ويتم التعويض عن يوم السبت بيوم الثلاثاء الموافق 7 أكتوبر 2014م',
      '2014-09-28',
    );
    expect(r.find(([t]) => t === 'يوم السبت')?.[1]).toBe('2014-10-04');
  });

  it('as when the text says the day fell on it', () => {
    // alawalnews.com/news/2017/04/23/…: the Sunday that 29 April 2012 was.
    expect(
      read(
        'حيث قررت الحكومة في العام 2012 نقل عطلة عيد العمال الى يوم 29 نيسان حيث صادف الاحد، وكان الاول من ايار يوم الثلاثاء.',
        '2017-04-23',
      ).slice(2, 4),
    ).toEqual([
      ['يوم 29 نيسان', '2012-04-29'],
      ['الاحد', '2012-04-29'],
    ]);
    // tayyar.org/News/World/704671, dated 10 February 2026: Sunday 1 February, not the Sunday before publication.
    expect(read('فالأول من شهر فبراير (شباط) الجاري بدأ الأحد.', '2026-02-10')).toEqual([
      ['الأول من شهر فبراير (شباط) الجاري', '2026-02-01'],
      ['الأحد', '2026-02-01'],
    ]);
  });

  it('but not a weekday of its own clause, one with a qualifier, nor one after a day counted from publication', () => {
    expect(
      read('حددت الوزارة موعد الامتحانات في 15 يونيو 2025، وقال الوزير الأحد إنها جاهزة', '2025-05-01'),
    ).toEqual([
      ['15 يونيو 2025', '2025-06-15'],
      ['الأحد', '2025-04-27'],
    ]);
    expect(read('أعلنت الشركة في 3 مارس 2025 أنها ستفتتح الفرع الأحد المقبل', '2025-03-05')).toEqual([
      ['3 مارس 2025', '2025-03-03'],
      ['الأحد المقبل', '2025-03-09'],
    ]);
    expect(read('وصل الوفد قبل أسبوعين والتقى الرئيس الأحد', '2025-05-01')).toEqual([
      ['قبل أسبوعين', '2025-04-17'],
      ['الأحد', '2025-04-27'],
    ]);
  });
});

describe('«في نفس الفترة» alone is the period before it, when the text dates one', () => {
  it('the span named before it', () => {
    // alwast.net/arab/fbrayr-2026-alfaalyat-tazz-mwqa (undated; here as if published on 1 February 2026).
    expect(
      read(
        'يشهد منتصف فبراير استضافة المؤتمر الدولي الأول لطب الإنجاب من 5 إلى 7 فبراير، ومعرض آرت بازل قطر في نفس الفترة',
        '2026-02-01',
      ).slice(1),
    ).toEqual([
      ['5 إلى 7 فبراير', '2026-02-05/2026-02-07'],
      ['في نفس الفترة', '2026-02-05/2026-02-07'],
    ]);
  });

  it('but with nothing dated before it, it refers to what the text does not date, and is no date', () => {
    // libyaschannel.com/2022/02/07/… (the first set's sentence, annotated without a date).
    expect(found('وأوضحت الوزارة أن 21 حالة خرجت من مراكز العزل في الفترة نفسها، مشيرة إلى أن')).toEqual([]);
    // djazairess.com/ennahar/882189
    expect(found('كما تم تسجيل 7 وفيات خلال نفس الفترة، ليرتفع الإجمالي إلى 1556 وفاة.')).toEqual([]);
  });
});

describe('«هذه الأيام», and a number before a month', () => {
  it('«هذه الأيام» alone is "nowadays", no date; with a count or «القليلة» it stays one', () => {
    // raya.com/2021/12/06/…
    expect(found('تعيشُ قطر هذه الأيام، أحلى أوقاتها، بوجود المهرجانات')).toEqual([]);
    expect(found('وصل الوفد خلال هذه الأيام القليلة')).toEqual(['هذه الأيام القليلة']);
  });

  it('a number after «الأيام» that a month follows is that month’s day, not a count', () => {
    // kitabat.com/… : «في مثل هذه الأيام 3 آذار 1965م».
    expect(read('مولود أسمرة في مِثل هذه الأيّام 3 آذار 1965م، أوَّل إفريقي يشغل هذا المنصب', null)).toEqual([
      ['3 آذار 1965م', '1965-03-03'],
    ]);
  });
});

describe('lists and years after dates', () => {
  it('days listed each with its weekday are a list, not a span', () => {
    // alsumaria.tv/news/international/519308/…, dated 13 March 2025.
    expect(
      read(
        'فتكون العطلة هي أيام الأحد 30 مارس (باعتباره المتمم لشهر رمضان للعام 1446 هـ) والاثنين 31 مارس والثلاثاء 1 أبريل والأربعاء 2 ابريل والخميس 3 أبريل',
        '2025-03-13',
      ).slice(-4),
    ).toEqual([
      ['الاثنين 31 مارس', '2025-03-31'],
      ['الثلاثاء 1 أبريل', '2025-04-01'],
      ['الأربعاء 2 ابريل', '2025-04-02'],
      ['الخميس 3 أبريل', '2025-04-03'],
    ]);
    // Without weekdays, months (or days) joined by «و» stay one span.
    expect(read('ارتفعت الصادرات في يوليو وأغسطس', '2025-10-13')).toEqual([
      ['يوليو وأغسطس', '2025-07/2025-08'],
    ]);
  });

  it('a year after a comma completes a day and month in digits', () => {
    // microsoft/Recognizers-Text Specs/DateTime/Arabic/MergedExtractor.json
    expect(read('06/06 ، 2015', '2016-11-07')).toEqual([['06/06 ، 2015', '2015-06-06']]);
  });
});

describe('the tense of a bare day in a weather forecast', () => {
  it('a present-tense verb whose subject is the weather speaks of the days ahead', () => {
    // cedarnews.net/sections/…/889388/, dated Thursday 13 November 2025.
    expect(
      read(
        'تبلغ ذروة المنخفض مساء الجمعة حتى صباح السبت، ثم تخف حدته تدريجيًا قبل أن تعود الأمطار ظهر السبت وتستمر حتى صباح الأحد.',
        '2025-11-13',
      ),
    ).toEqual([
      ['مساء الجمعة حتى صباح السبت', '2025-11-14/2025-11-15'],
      ['ظهر السبت', '2025-11-15'],
      ['صباح الأحد', '2025-11-16'],
    ]);
    expect(read('تهطل الأمطار الخميس بغزارة', '2025-11-12')).toEqual([['الخميس', '2025-11-13']]);
  });

  it('but not a verbal noun, a past verb, nor a present verb after «كان»', () => {
    expect(read('أدى تساقط الأمطار الخميس إلى إغلاق الطرق', '2025-11-12')).toEqual([
      ['الخميس', '2025-11-06'],
    ]);
    expect(read('هطلت الأمطار الخميس بغزارة', '2025-11-12')).toEqual([['الخميس', '2025-11-06']]);
    expect(read('كانت تهطل الأمطار الخميس بغزارة', '2025-11-12')).toEqual([['الخميس', '2025-11-06']]);
  });
});

describe('«أول أيام السنة الجديدة» after a date', () => {
  it('is the date before it when that is itself a 1 January, else the next 1 January', () => {
    // alayamegy.com/484693 (undated): «أي» restates the date before it.
    const r = analyseDates(
      'من المتوقع أن يبدأ شهر رجب لعام 1446 هجريًا يوم الأربعاء 1 يناير 2025 ميلاديًا، أي أول أيام السنة الجديدة.',
      null,
    ).at(-1);
    expect([r?.text, r?.value]).toEqual(['أول أيام السنة الجديدة', '2025-01-01']);
    expect(r?.note.en).toBe(
      '“أول أيام السنة الجديدة” is the date before it, itself a 1 January: 2025-01-01.',
    );
    expect(read('احتفلوا يوم 20 ديسمبر 2015 ثم في أول أيام السنة الجديدة', null).at(-1)).toEqual([
      'أول أيام السنة الجديدة',
      '2016-01-01',
    ]);
  });
});
