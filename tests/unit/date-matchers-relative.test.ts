import { describe, expect, it, vi } from 'vitest';

// What the finder reads from the relative patterns of `date-matchers.ts`: a period counted from
// publication («الأسبوع الماضي», «مطلع الشهر المقبل», «الأيام القليلة الماضية»), a window of hours or
// days («آخر 24 ساعة»), a day of a month named by its qualifier («4 من الشهر المقبل», «19 من الشهر
// نفسه») and a unit taken from the date before it («في نفس اليوم», «الفترة نفسها من العام الماضي»). Each
// reading is held whole (`toStrictEqual`: a part the text does not give is absent, not undefined), each
// beside the wording that makes it no date. As in `date-matchers.test.ts`, the finder is imported inside
// each test, so its pattern table is built while the test runs.

type Read = (text: string) => [string, unknown][];

async function finder(): Promise<Read> {
  vi.resetModules();
  const { findDates } = await import('../../src/domain/date-finder');
  return (text) => findDates(text).map((d) => [d.text, d.parts]);
}

describe('a period counted from publication', () => {
  it('reads the unit, its qualifier and «هذا» before or after it', async () => {
    const read = await finder();
    expect(read('خلال الشهر الماضي')).toStrictEqual([
      ['الشهر الماضي', { period: { unit: 'month', shift: -1 } }],
    ]);
    expect(read('سيعود هذا العام')).toStrictEqual([['هذا العام', { period: { unit: 'year', shift: 0 } }]]);
    expect(read('سيعود العام هذا')).toStrictEqual([['العام هذا', { period: { unit: 'year', shift: 0 } }]]);
    expect(read('تغير كثيرا في العقد الماضي')).toStrictEqual([
      ['العقد الماضي', { period: { unit: 'decade', shift: -1 } }],
    ]);
    // The unit alone is no date, nor a duration «طوال», «طيلة» or «على مدار» one.
    expect(read('ارتفع الإنتاج هذا الأسبوع')).toStrictEqual([
      ['هذا الأسبوع', { period: { unit: 'week', shift: 0 } }],
    ]);
    expect(read('عمل طوال الأسبوع الماضي')).toStrictEqual([]);
    expect(read('عمل طيلة الشهر الماضي')).toStrictEqual([]);
    expect(read('عمل على مدار العام الماضي')).toStrictEqual([]);
    expect(read('عمل في الأسبوع')).toStrictEqual([]);
  });

  it('reads «هذه الأيام» alone as nowadays, and the few days before or after as a vague span', async () => {
    const read = await finder();
    expect(read('تعيش قطر هذه الأيام أحلى أوقاتها')).toStrictEqual([]);
    expect(read('تعيش قطر الأيام هذه أحلى أوقاتها')).toStrictEqual([]);
    expect(read('ارتفعت الأسعار في هذه الأيام القليلة')).toStrictEqual([
      ['هذه الأيام القليلة', { period: { unit: 'day', shift: 0, vague: true } }],
    ]);
    expect(read('خلال الأيام القليلة الماضية')).toStrictEqual([
      ['الأيام القليلة الماضية', { period: { unit: 'day', shift: -1, vague: true } }],
    ]);
    expect(read('خلال مطلع هذه الأيام')).toStrictEqual([
      ['مطلع هذه الأيام', { period: { unit: 'day', shift: 0, part: 'start', vague: true } }],
    ]);
    expect(read('في الأيام الأخيرة')).toStrictEqual([
      ['الأيام الأخيرة', { period: { unit: 'day', shift: -1, vague: true } }],
    ]);
    expect(read('في الأسابيع الأخيرة')).toStrictEqual([
      ['الأسابيع الأخيرة', { period: { unit: 'week', shift: -1, vague: true } }],
    ]);
    expect(read('خلال السنين الماضية')).toStrictEqual([
      ['السنين الماضية', { period: { unit: 'year', shift: -1, vague: true } }],
    ]);
  });

  it('reads a count of units, in digits, in words or as a dual', async () => {
    const read = await finder();
    expect(read('خلال الأسبوعين الماضيين')).toStrictEqual([
      ['الأسبوعين الماضيين', { period: { unit: 'week', shift: -1, n: 2 } }],
    ]);
    expect(read('خلال الشهرين المقبلين')).toStrictEqual([
      ['الشهرين المقبلين', { period: { unit: 'month', shift: 1, n: 2 } }],
    ]);
    expect(read('خلال الساعات الـ24 الماضية')).toStrictEqual([
      ['الساعات الـ24 الماضية', { period: { unit: 'hour', shift: -1, n: 24 } }],
    ]);
    expect(read('خلال الأيام الثلاثة الماضية')).toStrictEqual([
      ['الأيام الثلاثة الماضية', { period: { unit: 'day', shift: -1, n: 3 } }],
    ]);
    // «الأخير» of one unit is the one before; of a count, the last ones.
    expect(read('خلال الأسبوع الأخير')).toStrictEqual([
      ['الأسبوع الأخير', { period: { unit: 'week', shift: -1 } }],
    ]);
    expect(read('خلال العام المقبل')).toStrictEqual([
      ['العام المقبل', { period: { unit: 'year', shift: 1 } }],
    ]);
  });

  it('reads the part of the period: its start, middle, end, weekend, early or late in it', async () => {
    const read = await finder();
    const part = (unit: string, shift: number, p: string) => ({ period: { unit, shift, part: p } });
    expect(read('مطلع الأسبوع الجاري')).toStrictEqual([['مطلع الأسبوع الجاري', part('week', 0, 'start')]]);
    expect(read('بداية الشهر المقبل')).toStrictEqual([['بداية الشهر المقبل', part('month', 1, 'start')]]);
    expect(read('منتصف العام الجاري')).toStrictEqual([['منتصف العام الجاري', part('year', 0, 'middle')]]);
    expect(read('أواسط العام الجاري')).toStrictEqual([['أواسط العام الجاري', part('year', 0, 'middle')]]);
    expect(read('أواخر الشهر الماضي')).toStrictEqual([['أواخر الشهر الماضي', part('month', -1, 'end')]]);
    expect(read('نهاية الشهر الماضي')).toStrictEqual([['نهاية الشهر الماضي', part('month', -1, 'end')]]);
    expect(read('خلال عطلة نهاية الأسبوع المقبل')).toStrictEqual([
      ['عطلة نهاية الأسبوع المقبل', part('week', 1, 'weekend')],
    ]);
    expect(read('حدث في وقت مبكر من هذا الشهر')).toStrictEqual([
      ['في وقت مبكر من هذا الشهر', part('month', 0, 'start')],
    ]);
    expect(read('يصل في وقت متأخر من هذا الأسبوع')).toStrictEqual([
      ['في وقت متأخر من هذا الأسبوع', part('week', 0, 'end')],
    ]);
    // With no qualifier and no «هذا», the middle of the month just named.
    expect(read('ستبدأ في سبتمبر ربما بمنتصف الشهر')).toStrictEqual([
      ['سبتمبر', { calendar: 'gregory', month: 9 }],
      ['منتصف الشهر', { period: { unit: 'month', shift: 0, bare: true, part: 'middle' } }],
    ]);
    expect(read('ستبدأ في سبتمبر ربما بمنتصف الشهر الجاري')).toStrictEqual([
      ['سبتمبر', { calendar: 'gregory', month: 9 }],
      ['منتصف الشهر الجاري', part('month', 0, 'middle')],
    ]);
    expect(read('ستبدأ ربما بمنتصف هذا الشهر')).toStrictEqual([
      ['منتصف هذا الشهر', part('month', 0, 'middle')],
    ]);
    expect(read('ستبدأ ربما بمنتصف الشهر هذا')).toStrictEqual([
      ['منتصف الشهر هذا', part('month', 0, 'middle')],
    ]);
    expect(read('ستبدأ ربما بمنتصف العام')).toStrictEqual([['منتصف العام', part('year', 0, 'middle')]]);
  });

  it('reads «الليلة» with a qualifier or «هذه» as a night', async () => {
    const read = await finder();
    expect(read('وصل في هذه الليلة')).toStrictEqual([
      ['هذه الليلة', { dayOffset: 0, period: { unit: 'day', shift: 0, night: true } }],
    ]);
    expect(read('وصل في الليلة المقبلة')).toStrictEqual([
      ['الليلة المقبلة', { period: { unit: 'day', shift: 1, night: true } }],
    ]);
  });
});

describe('a window of hours or days', () => {
  it('reads «آخر» or a qualifier after the count, and nothing without either', async () => {
    const read = await finder();
    expect(read('سجلت آخر 24 ساعة')).toStrictEqual([
      ['آخر 24 ساعة', { period: { unit: 'hour', shift: -1, n: 24 } }],
    ]);
    expect(read('خلال 48 ساعة المقبلة')).toStrictEqual([
      ['48 ساعة المقبلة', { period: { unit: 'hour', shift: 1, n: 48 } }],
    ]);
    expect(read('خلال الثلاث ساعات المقبلة')).toStrictEqual([
      ['الثلاث ساعات المقبلة', { period: { unit: 'hour', shift: 1, n: 3 } }],
    ]);
    expect(read('سجلت الـ24 ساعة الماضية')).toStrictEqual([
      ['الـ24 ساعة الماضية', { period: { unit: 'hour', shift: -1, n: 24 } }],
    ]);
    expect(read('سجلت 24 ساعة نفسها')).toStrictEqual([]);
    expect(read('سجلت 3 أيام الجارية')).toStrictEqual([]);
    expect(read('سجلت 24 ساعة')).toStrictEqual([]);
  });
});

describe('a day of a month named by its qualifier', () => {
  it('reads the day and the month’s qualifier, «نفس» or «منه» as the month before it', async () => {
    const read = await finder();
    expect(read('يوم 4 من الشهر المقبل')).toStrictEqual([
      ['يوم 4 من الشهر المقبل', { day: 4, qualifier: 'next' }],
    ]);
    expect(read('في 15 الشهر الماضي')).toStrictEqual([['15 الشهر الماضي', { day: 15, qualifier: 'past' }]]);
    expect(read('في 5 من الشهر بعد المقبل')).toStrictEqual([
      ['5 من الشهر بعد المقبل', { day: 5, qualifier: 'next', step: 2 }],
    ]);
    expect(read('في 22 من هذا الشهر')).toStrictEqual([
      ['22 من هذا الشهر', { day: 22, qualifier: 'current' }],
    ]);
    expect(read('في 22 هذا الشهر')).toStrictEqual([['22 هذا الشهر', { day: 22, qualifier: 'current' }]]);
    expect(read('في 19 من الشهر نفسه')).toStrictEqual([['19 من الشهر نفسه', { day: 19, qualifier: 'same' }]]);
    expect(read('في 28 من نفس الشهر')).toStrictEqual([['28 من نفس الشهر', { day: 28, qualifier: 'same' }]]);
    expect(read('في 28 من ذات الشهر')).toStrictEqual([['28 من ذات الشهر', { day: 28, qualifier: 'same' }]]);
    // «22 الشهر» alone, with neither «من», «هذا» nor a qualifier, is not a date.
    expect(read('دفع 22 الشهر')).toStrictEqual([]);
  });
});

describe('a unit taken from the date before it', () => {
  it('reads the unit of «نفس» or «نفسه», and the year of «الفترة نفسها»', async () => {
    const read = await finder();
    expect(read('وصل ثم غادر في نفس اليوم')).toStrictEqual([['في نفس اليوم', { anaphor: 'day' }]]);
    expect(read('وصل ثم غادر في التاريخ نفسه')).toStrictEqual([['في التاريخ نفسه', { anaphor: 'day' }]]);
    expect(read('وصل ثم غادر في الشهر ذاته')).toStrictEqual([['في الشهر ذاته', { anaphor: 'month' }]]);
    expect(read('وصل ثم غادر في الأسبوع ذاته')).toStrictEqual([['في الأسبوع ذاته', { anaphor: 'week' }]]);
    expect(read('وصل ثم غادر في نفس العام')).toStrictEqual([['في نفس العام', { anaphor: 'year' }]]);
    expect(read('وصل ثم غادر في نفس السنة')).toStrictEqual([['في نفس السنة', { anaphor: 'year' }]]);
    expect(read('مقارنة مع الفترة نفسها من العام الماضي')).toStrictEqual([
      ['الفترة نفسها من العام الماضي', { anaphor: 'period', yearShift: -1 }],
    ]);
    expect(read('مقارنة مع الفترة ذاتها من العام المقبل')).toStrictEqual([
      ['الفترة ذاتها من العام المقبل', { anaphor: 'period', yearShift: 1 }],
    ]);
    expect(read('مقارنة مع الفترة نفسها من العام الحالي')).toStrictEqual([
      ['الفترة نفسها من العام الحالي', { anaphor: 'period', yearShift: 0 }],
    ]);
    expect(read('مقارنة مع الفترة ذاتها من العام الماضي 2017')).toStrictEqual([
      ['الفترة ذاتها من العام الماضي 2017', { anaphor: 'period', year: 2017 }],
    ]);
    expect(read('مقارنة مع نفس الفترة من عام 2020')).toStrictEqual([
      ['نفس الفترة من عام 2020', { anaphor: 'period', year: 2020 }],
    ]);
    expect(read('مقارنة مع للفترة المماثلة من عام 2020')).toStrictEqual([
      ['للفترة المماثلة من عام 2020', { anaphor: 'period', year: 2020 }],
    ]);
  });
});

describe('weekdays and days counted from publication', () => {
  it('reads a weekday’s qualifier in Arabic or English, and the Egyptian «يوم الحد»', async () => {
    const read = await finder();
    expect(read('وصل last Friday')).toStrictEqual([['last Friday', { weekday: 5, qualifier: 'past' }]]);
    expect(read('يصل next Monday')).toStrictEqual([['next Monday', { weekday: 1, qualifier: 'next' }]]);
    expect(read('يصل this Sunday')).toStrictEqual([['this Sunday', { weekday: 0, qualifier: 'current' }]]);
    expect(read('وصل on Friday')).toStrictEqual([['on Friday', { weekday: 5 }]]);
    expect(read('يصل هذا الأحد')).toStrictEqual([['هذا الأحد', { weekday: 0, qualifier: 'current' }]]);
    expect(read('تصل هذه الجمعة')).toStrictEqual([['هذه الجمعة', { weekday: 5, qualifier: 'current' }]]);
    expect(read('وصل الأحد قبل الماضي')).toStrictEqual([
      ['الأحد قبل الماضي', { weekday: 0, qualifier: 'past', step: 2 }],
    ]);
    expect(read('وصل يوم الحد')).toStrictEqual([['يوم الحد', { weekday: 0 }]]);
  });

  it('reads the day before yesterday, yesterday, tomorrow and the day after in every spelling', async () => {
    const read = await finder();
    expect(read('وقع أول أمس')).toStrictEqual([['أول أمس', { dayOffset: -2 }]]);
    expect(read('وقع أول من أمس')).toStrictEqual([['أول من أمس', { dayOffset: -2 }]]);
    expect(read('وقع أمس الأول')).toStrictEqual([['أمس الأول', { dayOffset: -2 }]]);
    expect(read('وقع أول امبارح')).toStrictEqual([['أول امبارح', { dayOffset: -2 }]]);
    expect(read('وقع امبارح')).toStrictEqual([['امبارح', { dayOffset: -1 }]]);
    expect(read('وقع البارحة')).toStrictEqual([['البارحة', { dayOffset: -1 }]]);
    expect(read('يصل بعد بكرة')).toStrictEqual([['بعد بكرة', { dayOffset: 2 }]]);
    expect(read('it happened yesterday')).toStrictEqual([['yesterday', { dayOffset: -1 }]]);
    expect(read('it happens tomorrow')).toStrictEqual([['tomorrow', { dayOffset: 1 }]]);
    expect(read('وقع الليلة الماضية')).toStrictEqual([
      ['الليلة الماضية', { dayOffset: -1, period: { unit: 'day', shift: -1, night: true } }],
    ]);
  });

  it('turns away a day that is a unit, a rate, a count or a duration', async () => {
    const read = await finder();
    expect(read('عمل طوال اليوم')).toStrictEqual([]);
    expect(read('عمل طيلة اليوم')).toStrictEqual([]);
    expect(read('عمل اليوم')).toStrictEqual([['اليوم', { dayOffset: 0 }]]);
    expect(read('احتفل في يومه الثالث')).toStrictEqual([]);
    expect(read('احتفل لليوم السابع عشر')).toStrictEqual([]);
    expect(read('أجرى جراحات اليوم الواحد')).toStrictEqual([]);
    expect(read('يتناوله ثلاث مرات في اليوم')).toStrictEqual([]);
    expect(read('تطابق اليوم والشهر')).toStrictEqual([]);
  });
});

describe('counts from publication, vague times and feasts', () => {
  it('reads a count back or forward, approximate, few or of two units', async () => {
    const read = await finder();
    expect(read('وصل قبل عدة أيام')).toStrictEqual([
      ['قبل عدة أيام', { offset: { n: null, unit: 'day', dir: -1 } }],
    ]);
    expect(read('وصل قبل أيام')).toStrictEqual([['قبل أيام', { offset: { n: null, unit: 'day', dir: -1 } }]]);
    expect(read('وصل قبل ساعة')).toStrictEqual([['قبل ساعة', { offset: { n: 1, unit: 'hour', dir: -1 } }]]);
    expect(read('وصل منذ أكثر من عامين')).toStrictEqual([
      ['منذ أكثر من عامين', { offset: { n: 2, unit: 'year', dir: -1, approximate: true } }],
    ]);
    expect(read('وصل منذ شهرين ويوم واحد')).toStrictEqual([
      ['منذ شهرين ويوم واحد', { offset: { n: 2, unit: 'month', dir: -1, days: 1 } }],
    ]);
    expect(read('وصل منذ عامين وثلاثة أشهر')).toStrictEqual([
      ['منذ عامين وثلاثة أشهر', { offset: { n: 27, unit: 'month', dir: -1 } }],
    ]);
    // A unit no finer than the one before it is left unread.
    expect(read('وصل قبل يومين وشهر')).toStrictEqual([
      ['قبل يومين وشهر', { offset: { n: 2, unit: 'day', dir: -1 } }],
    ]);
    expect(read('يتحسن يوما بعد يوم')).toStrictEqual([]);
    expect(read('يتحسن عاما بعد عام')).toStrictEqual([]);
  });

  it('reads «في» and a count after a future verb, not of hours or decades', async () => {
    const read = await finder();
    expect(read('سأخرج في 3 أسابيع')).toStrictEqual([
      ['في 3 أسابيع', { offset: { n: 3, unit: 'week', dir: 1 } }],
    ]);
    expect(read('سنعود في شهرين')).toStrictEqual([['في شهرين', { offset: { n: 2, unit: 'month', dir: 1 } }]]);
    expect(read('سنعود في ساعتين')).toStrictEqual([]);
    expect(read('سنعود في عقدين')).toStrictEqual([]);
    expect(read('سنعود في الأسابيع')).toStrictEqual([]);
  });

  it('reads a moment ago and later, not a moment before another event', async () => {
    const read = await finder();
    expect(read('وصل منذ قليل')).toStrictEqual([['منذ قليل', { vague: 'now' }]]);
    expect(read('وصل قبل لحظات')).toStrictEqual([['قبل لحظات', { vague: 'now' }]]);
    expect(read('يصل في وقت لاحق')).toStrictEqual([['في وقت لاحق', { vague: 'later' }]]);
    expect(read('وصل قبل لحظات من تحطم الطائرة')).toStrictEqual([]);
  });

  it('reads the feasts by their names, with the year printed beside them', async () => {
    const read = await finder();
    expect(read('احتفلوا بعيد العمال')).toStrictEqual([
      ['عيد العمال', { calendar: 'gregory', month: 5, day: 1 }],
    ]);
    expect(read('احتفلوا بعيد الميلاد المجيد')).toStrictEqual([
      ['عيد الميلاد المجيد', { calendar: 'gregory', month: 12, day: 25 }],
    ]);
    // A year printed after a feast of a fixed Gregorian day is its year; after the Prophet's birthday,
    // a Hijri feast, it is the Gregorian year it falls in.
    expect(read('احتفلوا بعيد الميلاد 2024')).toStrictEqual([
      ['عيد الميلاد 2024', { calendar: 'gregory', month: 12, day: 25, year: 2024 }],
    ]);
    expect(read('احتفلوا بعيد العمال 2025')).toStrictEqual([
      ['عيد العمال 2025', { calendar: 'gregory', month: 5, day: 1, year: 2025 }],
    ]);
    expect(read('احتفلوا بالمولد النبوي 2024')).toStrictEqual([
      ['المولد النبوي 2024', { calendar: 'islamic', month: 3, day: 12, gregorianYear: 2024 }],
    ]);
    expect(read('احتفلوا بالمولد النبوي الشريف')).toStrictEqual([
      ['المولد النبوي الشريف', { calendar: 'islamic', month: 3, day: 12 }],
    ]);
    expect(read('صاموا عاشوراء')).toStrictEqual([['عاشوراء', { holiday: 'ashura', calendar: 'islamic' }]]);
    expect(read('احتفلوا ليلة رأس السنة')).toStrictEqual([
      ['ليلة رأس السنة', { holiday: 'new-year-eve', calendar: 'gregory' }],
    ]);
    expect(read('احتفلوا برأس السنة الهجرية')).toStrictEqual([
      ['رأس السنة الهجرية', { holiday: 'hijri-new-year', calendar: 'islamic' }],
    ]);
    expect(read('احتفلوا برأس السنة 2020')).toStrictEqual([
      ['رأس السنة 2020', { holiday: 'new-year', calendar: 'gregory', year: 2020 }],
    ]);
    expect(read('احتفلوا برأس السنة')).toStrictEqual([]);
    expect(read('احتفلوا بعيد الفطر 2024')).toStrictEqual([
      ['عيد الفطر 2024', { holiday: 'fitr', calendar: 'islamic', gregorianYear: 2024 }],
    ]);
    expect(read('احتفلوا بعيد الفطر 1445')).toStrictEqual([
      ['عيد الفطر 1445', { holiday: 'fitr', calendar: 'islamic', year: 1445 }],
    ]);
  });
});
