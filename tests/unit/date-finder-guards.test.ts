import { describe, expect, it, vi } from 'vitest';

// What `findDates` turns away after a pattern has matched, each beside the sentence that differs in the
// one word the guard reads: a name with a hamza, «أمسٍ» with tanwin, a yearly day, a frequency, a
// street named for a date, a period that refers to nothing before it, and which feast «أول أيام العيد»
// is the first day of. The sentences are those of the resolver's tests (`date-rules-batch7`,
// `date-rules-narrated`, `date-rules-more`, `date-patterns`, `date-rules-feasts-spans`) and of the first
// annotated set's dev split (`aljadeed-tv-05`), each pared to the words that matter. As in
// `date-matchers.test.ts`, the finder is imported inside each test, so what it builds as it loads is
// built while a test runs (see the README's "Mutation testing").

type Read = (text: string) => [string, string, unknown][];

async function finder(): Promise<Read> {
  vi.resetModules();
  const { findDates } = await import('../../src/domain/date-finder');
  return (text) => findDates(text).map((d) => [d.text, d.kind, d.parts]);
}

describe('what the finder turns away once a pattern has matched', () => {
  it('takes «أليوم» with a hamza for a name and «أمسٍ» with tanwin for "the past"', async () => {
    const read = await finder();
    expect(read('أعلن الحكم “أليوم نيانت” نهاية المباراة')).toStrictEqual([]);
    expect(read('أعلن الحكم اليوم نهاية المباراة')).toStrictEqual([['اليوم', 'deictic', { dayOffset: 0 }]]);
    expect(read('بين أمسٍ حُمِلَ على راحاتِ الوفودِ الجوَّالة')).toStrictEqual([]);
    expect(read('بين أمس حُمِلَ على راحاتِ الوفودِ الجوَّالة')).toStrictEqual([
      ['أمس', 'deictic', { dayOffset: -1 }],
    ]);
    // Another mark after «أمس» (a kasra) leaves it yesterday.
    expect(read('وصل أمسِ الوفد')).toStrictEqual([['أمسِ', 'deictic', { dayOffset: -1 }]]);
  });

  it('finds no date in a day of every year or in a frequency, and finds the date said once', async () => {
    const read = await finder();
    expect(read('يحتفل الموظفون في العاشر من مارس من كل عام بذكرى التأسيس')).toStrictEqual([]);
    expect(read('يحتفل الموظفون في مارس من كل سنة')).toStrictEqual([]);
    expect(read('يحتفل الموظفون في العاشر من مارس من العام المقبل بذكرى التأسيس')).toStrictEqual([
      ['العاشر من مارس من العام المقبل', 'date', { calendar: 'gregory', day: 10, month: 3, yearShift: 1 }],
    ]);
    expect(read('سأغادر كل يوم اثنين الساعة 4 مساءً')).toStrictEqual([]);
    expect(read('سأغادر أيام الأحد')).toStrictEqual([]);
    expect(read('سأغادر كل سبت، وثلاثاء')).toStrictEqual([]);
    expect(read('سأغادر الأحد')).toStrictEqual([['الأحد', 'weekday', { weekday: 0 }]]);
    expect(read('سأغادر كل 4/15')).toStrictEqual([]);
    expect(read('سأغادر في 4/15')).toStrictEqual([
      ['4/15', 'numeric', { calendar: 'gregory', day: 15, month: 4 }],
    ]);
    // Consecutive days after «أيام» are a span of days, not a frequency.
    expect(read('سأغادر أيام الجمعة والسبت')).toStrictEqual([
      ['الجمعة والسبت', 'weekday', { weekday: 5, to: { weekday: 6 } }],
    ]);
  });

  it('finds nothing in a street named for a date, nor a period with nothing before it to refer to', async () => {
    const read = await finder();
    expect(read('وصل إلى شارع 7 نوفمبر')).toStrictEqual([]);
    expect(read('وصل في 7 نوفمبر')).toStrictEqual([
      ['7 نوفمبر', 'date', { calendar: 'gregory', day: 7, month: 11 }],
    ]);
    expect(read('وقعت حوادث مماثلة في الفترة نفسها')).toStrictEqual([]);
    expect(read('وقعت حوادث في مارس 2020 وأخرى في الفترة نفسها')).toStrictEqual([
      ['مارس 2020', 'month', { calendar: 'gregory', month: 3, year: 2020 }],
      ['في الفترة نفسها', 'relative', { anaphor: 'period' }],
    ]);
  });

  it('reads «أول أيام العيد» as the first day of the feast named before it, or just after it', async () => {
    const read = await finder();
    const adha = { holiday: 'adha', calendar: 'islamic' };
    expect(read('عيد الأضحى المبارك تعطل يوم الوقوف بعرفة وأول أيام العيد')).toStrictEqual([
      ['عيد الأضحى المبارك', 'holiday', adha],
      ['يوم الوقوف بعرفة', 'holiday', { holiday: 'arafa', calendar: 'islamic' }],
      ['أول أيام العيد', 'holiday', { calendar: 'islamic', holiday: 'adha' }],
    ]);
    expect(read('أول أيام العيد السعيد، عيد الأضحى')).toStrictEqual([
      ['أول أيام العيد', 'holiday', { calendar: 'islamic', holiday: 'adha' }],
      ['عيد الأضحى', 'holiday', adha],
    ]);
    // With no feast named, or one more than two words after it, it stays a named day with no value.
    const named = { name: true, eidDay: 1 };
    expect(read('تعطل الدوائر أول أيام العيد')).toStrictEqual([['أول أيام العيد', 'holiday', named]]);
    expect(read('أول أيام العيد في مدينة غزة الكبرى، عيد الأضحى')).toStrictEqual([
      ['أول أيام العيد', 'holiday', named],
      ['عيد الأضحى', 'holiday', adha],
    ]);
  });
});

describe('what the finder keeps beside what it turns away', () => {
  it('carries the feast’s year into «أول أيام العيد», Hijri or Gregorian, after «عيد الفطر» too', async () => {
    const read = await finder();
    expect(read('عيد الفطر 1445 وأول أيام العيد')).toStrictEqual([
      ['عيد الفطر 1445', 'holiday', { holiday: 'fitr', calendar: 'islamic', year: 1445 }],
      ['أول أيام العيد', 'holiday', { calendar: 'islamic', holiday: 'fitr', year: 1445 }],
    ]);
    expect(read('عيد الأضحى لعام 2024 وأول أيام العيد')).toStrictEqual([
      ['عيد الأضحى لعام 2024', 'holiday', { holiday: 'adha', calendar: 'islamic', gregorianYear: 2024 }],
      ['أول أيام العيد', 'holiday', { calendar: 'islamic', holiday: 'adha', gregorianYear: 2024 }],
    ]);
    // The feast just after it, a comma between; another holiday there is no feast.
    expect(read('أول أيام العيد، عيد الفطر')).toStrictEqual([
      ['أول أيام العيد', 'holiday', { calendar: 'islamic', holiday: 'fitr' }],
      ['عيد الفطر', 'holiday', { holiday: 'fitr', calendar: 'islamic' }],
    ]);
    expect(read('أول أيام العيد، يوم عرفة')).toStrictEqual([
      ['أول أيام العيد', 'holiday', { name: true, eidDay: 1 }],
      ['يوم عرفة', 'holiday', { holiday: 'arafa', calendar: 'islamic' }],
    ]);
  });

  it('finds no date in a score or a place named for a date, and the same date elsewhere', async () => {
    const read = await finder();
    const april = ['4/15', 'numeric', { calendar: 'gregory', day: 15, month: 4 }];
    expect(read('فاز الفريق بنتيجة 4/3 في المباراة')).toStrictEqual([]);
    expect(read('فاز الفريق في 4/3 بالمباراة')).toStrictEqual([
      ['4/3', 'numeric', { calendar: 'gregory', day: 4, month: 3, swappable: true }],
    ]);
    // After «النتيجة», a day with its month's name is still a date.
    expect(read('أعلنت النتيجة 4 مارس')).toStrictEqual([
      ['4 مارس', 'date', { calendar: 'gregory', day: 4, month: 3 }],
    ]);
    expect(read('وصل إلى شارع 4/15')).toStrictEqual([]);
    expect(read('وصل في 4/15')).toStrictEqual([april]);
    expect(read('وصل إلى ميدان نوفمبر')).toStrictEqual([]);
    expect(read('وصل في نوفمبر')).toStrictEqual([['نوفمبر', 'month', { calendar: 'gregory', month: 11 }]]);
    // A date after the street's name is found, and one before it.
    const eighth = ['8 نوفمبر', 'date', { calendar: 'gregory', day: 8, month: 11 }];
    expect(read('وصل إلى شارع 7 نوفمبر في 8 نوفمبر')).toStrictEqual([eighth]);
    expect(read('في 8 نوفمبر وصل إلى شارع 7 نوفمبر')).toStrictEqual([eighth]);
  });

  it('takes a day or month after the name of a war for the name of an event, not a year', async () => {
    const read = await finder();
    expect(read('ذكرى حرب أكتوبر')).toStrictEqual([
      ['أكتوبر', 'name', { calendar: 'gregory', month: 10, name: true }],
    ]);
    expect(read('ذكرى حرب 6 أكتوبر')).toStrictEqual([
      ['6 أكتوبر', 'name', { calendar: 'gregory', day: 6, month: 10, name: true }],
    ]);
    expect(read('ذكرى حرب 1973')).toStrictEqual([['1973', 'year', { calendar: 'gregory', year: 1973 }]]);
  });

  it('keeps a period or a day after «كل» that is no frequency, and a date after «أيام»', async () => {
    const read = await finder();
    expect(read('سأغادر كل الأسبوع المقبل')).toStrictEqual([
      ['الأسبوع المقبل', 'relative', { period: { unit: 'week', shift: 1 } }],
    ]);
    expect(read('ظل يعمل كل اليوم')).toStrictEqual([['اليوم', 'deictic', { dayOffset: 0 }]]);
    expect(read('تقام الاحتفالات أيام 6 أكتوبر')).toStrictEqual([
      ['6 أكتوبر', 'date', { calendar: 'gregory', day: 6, month: 10 }],
    ]);
    // Consecutive days after «كل» are still a frequency.
    expect(read('يغلق المتجر كل الجمعة والسبت')).toStrictEqual([]);
    expect(read('سأغادر كل سبت، والثلاثاء')).toStrictEqual([]);
  });

  it('finds no yearly day however the words are spaced, and keeps a feast or another date before one', async () => {
    const read = await finder();
    expect(read('في العاشر من مارس  من  كل  عام')).toStrictEqual([]);
    expect(read('احتفلوا في 7 مارس وليس من كل عام')).toStrictEqual([
      ['7 مارس', 'date', { calendar: 'gregory', day: 7, month: 3 }],
    ]);
    expect(read('يحتفلون بعيد الفطر من كل عام')).toStrictEqual([
      ['عيد الفطر', 'holiday', { holiday: 'fitr', calendar: 'islamic' }],
    ]);
  });

  it('reads «أمس» as yesterday whatever tanwin the words around it carry', async () => {
    const read = await finder();
    const yesterday = ['أمس', 'deictic', { dayOffset: -1 }];
    expect(read('وصل أمس وفدٌ كبير')).toStrictEqual([yesterday]);
    expect(read('وصل وفدٌ أمس')).toStrictEqual([yesterday]);
  });

  it('keeps the longer of two expressions that overlap, though it starts later', async () => {
    const read = await finder();
    // «مساء اليوم» (this evening) and «اليوم نفسه» (that same day): the day is the one named before.
    expect(read('تقام المباراة يوم السبت، في الثامنة مساء اليوم نفسه')).toStrictEqual([
      ['يوم السبت', 'weekday', { weekday: 6 }],
      ['اليوم نفسه', 'relative', { anaphor: 'day' }],
    ]);
  });

  it('ends a day at its last word, not at the space after it', async () => {
    const read = await finder();
    expect(read('أعلنت الوزارة اليوم الإثنين ارتفاع العدد')).toStrictEqual([
      ['اليوم الإثنين', 'deictic', { dayOffset: 0, weekday: 1 }],
    ]);
  });

  it('keeps a period at the start of the text that gives its own year', async () => {
    const read = await finder();
    expect(read('وقعت حوادث مماثلة في الفترة نفسها من عام 2019')).toStrictEqual([
      ['في الفترة نفسها من عام 2019', 'relative', { anaphor: 'period', year: 2019 }],
    ]);
    expect(read('وقعت حوادث مماثلة في الفترة نفسها من العام الماضي')).toStrictEqual([
      ['في الفترة نفسها من العام الماضي', 'relative', { anaphor: 'period', yearShift: -1 }],
    ]);
  });

  it('starts a date at its own words, not at a conjunction or a preposition glued to the first', async () => {
    vi.resetModules();
    const { findDates } = await import('../../src/domain/date-finder');
    const spans = (text: string) => findDates(text).map((d) => [d.start, d.end, d.text]);
    // TRT Arabi, 2 September 2025 (trt.global/arabi/article/fe11bd750601).
    expect(spans('والأحد، أعلنت هيئة المسح الجيولوجي الأمريكية أن زلزالا ضرب جلال آباد')).toStrictEqual([
      [1, 6, 'الأحد'],
    ]);
    expect(spans('قال وأمس التقى')).toStrictEqual([[5, 8, 'أمس']]);
    expect(spans('التقى بالأمس الوفد')).toStrictEqual([[7, 12, 'الأمس']]);
    expect(spans('وصل وفي الأحد غادر')).toStrictEqual([[8, 13, 'الأحد']]);
    expect(spans('وصل ومساء الأحد غادر')).toStrictEqual([[5, 15, 'مساء الأحد']]);
    expect(spans('وقبل يومين غادر')).toStrictEqual([[1, 10, 'قبل يومين']]);
    expect(spans('احتفلوا بعيد الفطر')).toStrictEqual([[9, 18, 'عيد الفطر']]);
    expect(spans('وصل بفبراير 2024')).toStrictEqual([[5, 16, 'فبراير 2024']]);
    // «لليوم» has lost the article's alif to its «ل», «بعد» and «فبراير» begin with their own letters:
    // without them nothing is a date, and they stay.
    expect(spans('سيصل لليوم الموعود')).toStrictEqual([[5, 10, 'لليوم']]);
    expect(spans('سيصل بعد غد')).toStrictEqual([[5, 11, 'بعد غد']]);
    expect(spans('وصل فبراير 2024')).toStrictEqual([[4, 15, 'فبراير 2024']]);
    // The joined days start where their first does.
    expect(spans('وصل يومي الجمعة والسبت')).toStrictEqual([[4, 22, 'يومي الجمعة والسبت']]);
    expect(spans('وصل والجمعة حتى الأحد')).toStrictEqual([[5, 21, 'الجمعة حتى الأحد']]);
  });
});
