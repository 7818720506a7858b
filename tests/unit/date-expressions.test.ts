import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../../src/domain';

const texts = (s: string): string[] => findDateExpressions(s).map((e) => e.text);

describe('finding date expressions in Arabic news text', () => {
  it('finds Levantine and Egyptian month names with their day and year', () => {
    expect(texts('إلى 13 ايار قبل أيام')).toEqual(['13 ايار', 'قبل أيام']);
    expect(texts('منذ آذار/مارس 2023.')).toEqual(['آذار/مارس 2023']);
    expect(texts('في 24 فبراير/شباط الماضي')).toEqual(['24 فبراير/شباط الماضي']);
    expect(texts('في تشرين الأول 2022')).toEqual(['تشرين الأول 2022']);
    expect(texts('في أيار/ مايو المنصرم')).toEqual(['أيار/ مايو المنصرم']);
    expect(texts('26-يونيو-2024')).toEqual(['26-يونيو-2024']);
    expect(texts('تاريخ النشر: 26th, June 2024 GMT')).toEqual(['26th, June 2024']);
  });

  it('finds "the 19th of the same month"', () => {
    expect(texts('في 19 من الشهر نفسه.')).toEqual(['19 من الشهر نفسه']);
  });

  it('finds years on their own and after عام', () => {
    expect(texts('أزمة الصواريخ الكوبية عام 1962 بعد')).toEqual(['عام 1962']);
    expect(texts('التي ضمتها روسيا 2014.')).toEqual(['2014']);
    expect(texts('مسافة 150 كم و 12345 شخصاً')).toEqual([]);
  });

  it('finds weekday names with a proclitic and "last"', () => {
    expect(texts('قال، الجمعة، إن')).toEqual(['الجمعة']);
    expect(texts('والإثنين الماضي هدد')).toEqual(['الإثنين الماضي']);
    expect(texts('يوم الأحد')).toEqual(['يوم الأحد']);
  });

  it('finds relative phrases', () => {
    expect(texts('قالت موسكو مطلع الأسبوع الجاري إن')).toEqual(['مطلع الأسبوع الجاري']);
    expect(texts('خلال عطلة نهاية الأسبوع، قالت')).toEqual(['عطلة نهاية الأسبوع']);
    expect(texts('في الحرب المستمرة منذ 28 شهرًا.')).toEqual(['منذ 28 شهرًا']);
    expect(texts('لأول مرة منذ 15 شهرا')).toEqual(['منذ 15 شهرا']);
    expect(texts('للمرة الأولى منذ أكثر من عام')).toEqual(['منذ أكثر من عام']);
    expect(texts('أوضحت في وقت سابق أن')).toEqual(['في وقت سابق']);
    expect(texts('خلال السنوات الأخيرة')).toEqual(['السنوات الأخيرة']);
    expect(texts('أمس الاثنين')).toEqual(['أمس الاثنين']);
  });

  it('does not take words that merely contain a month or weekday name', () => {
    // "آبار" (wells) contains آب (August); "مارسته" (practised it) contains مارس; "الجمعية" (society).
    expect(texts('حفر آبار مارسته الجمعية')).toEqual([]);
  });

  it('finds deictic words, times of day and qualifiers in every spelling', () => {
    expect(texts('يصل غدًا ويغادر بعد غد')).toEqual(['غدًا', 'بعد غد']);
    expect(texts('وقع الهجوم أول أمس')).toEqual(['أول أمس']);
    expect(texts('قال بالأمس وفي الليلة الماضية')).toEqual(['الأمس', 'الليلة الماضية']);
    expect(texts('صرّح صباح اليوم ومساء الثلاثاء وفجر الجمعة')).toEqual([
      'صباح اليوم',
      'مساء الثلاثاء',
      'فجر الجمعة',
    ]);
    expect(texts('الاسبوع القادم والشهر الفائت وهذه السنة')).toEqual([
      'الاسبوع القادم',
      'الشهر الفائت',
      'هذه السنة',
    ]);
    expect(texts('منذ ثلاثة اشهر وقبل سبعة أيام')).toEqual(['منذ ثلاثة اشهر', 'قبل سبعة أيام']);
    expect(texts('يَوْمَ الجُمُعَةِ')).toEqual(['يَوْمَ الجُمُعَةِ']);
    expect(texts('الجمعه')).toEqual(['الجمعه']);
  });

  it('ends words where they end: «السنة الماضية», not «السنة الماضي»', () => {
    expect(texts('في السنة الماضية قال')).toEqual(['السنة الماضية']);
  });

  it('finds windows, "moments ago", Hijri dates, Maghrebi months, ordinal and numeric days', () => {
    expect(texts('خلال الـ24 ساعة الماضية')).toEqual(['الـ24 ساعة الماضية']);
    expect(texts('أعلن منذ قليل')).toEqual(['منذ قليل']);
    expect(texts('في ١٥ رمضان ١٤٤٥ هـ')).toEqual(['١٥ رمضان ١٤٤٥ هـ']);
    expect(texts('في ماي وجوان وجويلية 2023')).toEqual(['ماي وجوان وجويلية 2023']);
    expect(texts('منذ شتنبر الماضي إلى غشت')).toEqual(['شتنبر الماضي', 'غشت']);
    expect(texts('في الخامس عشر من أيار')).toEqual(['الخامس عشر من أيار']);
    expect(texts('في 18/07/2023 و٢٠٢٣/٧/١٨.')).toEqual(['18/07/2023', '٢٠٢٣/٧/١٨']);
  });

  it('tells durations, counts and names apart from dates', () => {
    expect(texts('سُجن لمدة 28 شهرًا ويُنفَّذ خلال عامين')).toEqual([]);
    expect(texts('قرر النائب العام والأمين العام')).toEqual([]);
    expect(texts('في سوق الجمعة نقلًا عن المصري اليوم')).toEqual([]);
    expect(texts('سجلت 1811 إصابة و45 حالة')).toEqual([]);
  });

  it('reports offsets that slice back to the expression', () => {
    const s = 'شدَّد الوزير، الجمعة، على أهمية';
    for (const e of findDateExpressions(s)) expect(s.slice(e.start, e.end)).toBe(e.text);
  });
});
