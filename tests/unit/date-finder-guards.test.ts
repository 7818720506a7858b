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
    expect(read('أعلن الحكم “أليوم نيانت” نهاية المباراة')).toEqual([]);
    expect(read('أعلن الحكم اليوم نهاية المباراة')).toEqual([['اليوم', 'deictic', { dayOffset: 0 }]]);
    expect(read('بين أمسٍ حُمِلَ على راحاتِ الوفودِ الجوَّالة')).toEqual([]);
    expect(read('بين أمس حُمِلَ على راحاتِ الوفودِ الجوَّالة')).toEqual([['أمس', 'deictic', { dayOffset: -1 }]]);
    // Another mark after «أمس» (a kasra) leaves it yesterday.
    expect(read('وصل أمسِ الوفد')).toEqual([['أمسِ', 'deictic', { dayOffset: -1 }]]);
  });

  it('finds no date in a day of every year or in a frequency, and finds the date said once', async () => {
    const read = await finder();
    expect(read('يحتفل الموظفون في العاشر من مارس من كل عام بذكرى التأسيس')).toEqual([]);
    expect(read('يحتفل الموظفون في مارس من كل سنة')).toEqual([]);
    expect(read('يحتفل الموظفون في العاشر من مارس من العام المقبل بذكرى التأسيس')).toEqual([
      ['العاشر من مارس من العام المقبل', 'date', { calendar: 'gregory', day: 10, month: 3, yearShift: 1 }],
    ]);
    expect(read('سأغادر كل يوم اثنين الساعة 4 مساءً')).toEqual([]);
    expect(read('سأغادر أيام الأحد')).toEqual([]);
    expect(read('سأغادر كل سبت، وثلاثاء')).toEqual([]);
    expect(read('سأغادر الأحد')).toEqual([['الأحد', 'weekday', { weekday: 0 }]]);
    expect(read('سأغادر كل 4/15')).toEqual([]);
    expect(read('سأغادر في 4/15')).toEqual([['4/15', 'numeric', { calendar: 'gregory', day: 15, month: 4 }]]);
    // Consecutive days after «أيام» are a span of days, not a frequency.
    expect(read('سأغادر أيام الجمعة والسبت')).toEqual([
      ['الجمعة والسبت', 'weekday', { weekday: 5, to: { weekday: 6 } }],
    ]);
  });

  it('finds nothing in a street named for a date, nor a period with nothing before it to refer to', async () => {
    const read = await finder();
    expect(read('وصل إلى شارع 7 نوفمبر')).toEqual([]);
    expect(read('وصل في 7 نوفمبر')).toEqual([
      ['7 نوفمبر', 'date', { calendar: 'gregory', day: 7, month: 11 }],
    ]);
    expect(read('وقعت حوادث مماثلة في الفترة نفسها')).toEqual([]);
    expect(read('وقعت حوادث في مارس 2020 وأخرى في الفترة نفسها')).toEqual([
      ['مارس 2020', 'month', { calendar: 'gregory', month: 3, year: 2020 }],
      ['في الفترة نفسها', 'relative', { anaphor: 'period' }],
    ]);
  });

  it('reads «أول أيام العيد» as the first day of the feast named before it, or just after it', async () => {
    const read = await finder();
    const adha = { holiday: 'adha', calendar: 'islamic' };
    expect(read('عيد الأضحى المبارك تعطل يوم الوقوف بعرفة وأول أيام العيد')).toEqual([
      ['عيد الأضحى المبارك', 'holiday', adha],
      ['يوم الوقوف بعرفة', 'holiday', { holiday: 'arafa', calendar: 'islamic' }],
      ['أول أيام العيد', 'holiday', { calendar: 'islamic', holiday: 'adha' }],
    ]);
    expect(read('أول أيام العيد السعيد، عيد الأضحى')).toEqual([
      ['أول أيام العيد', 'holiday', { calendar: 'islamic', holiday: 'adha' }],
      ['عيد الأضحى', 'holiday', adha],
    ]);
    // With no feast named, or one more than two words after it, it stays a named day with no value.
    const named = { name: true, eidDay: 1 };
    expect(read('تعطل الدوائر أول أيام العيد')).toEqual([['أول أيام العيد', 'holiday', named]]);
    expect(read('أول أيام العيد في مدينة غزة الكبرى، عيد الأضحى')).toEqual([
      ['أول أيام العيد', 'holiday', named],
      ['عيد الأضحى', 'holiday', adha],
    ]);
  });
});

describe('what the finder keeps beside what it turns away', () => {
  it('carries the feast’s year into «أول أيام العيد», Hijri or Gregorian, after «عيد الفطر» too', async () => {
    const read = await finder();
    expect(read('عيد الفطر 1445 وأول أيام العيد')).toEqual([
      ['عيد الفطر 1445', 'holiday', { holiday: 'fitr', calendar: 'islamic', year: 1445 }],
      ['أول أيام العيد', 'holiday', { calendar: 'islamic', holiday: 'fitr', year: 1445 }],
    ]);
    expect(read('عيد الأضحى لعام 2024 وأول أيام العيد')).toEqual([
      ['عيد الأضحى لعام 2024', 'holiday', { holiday: 'adha', calendar: 'islamic', gregorianYear: 2024 }],
      ['أول أيام العيد', 'holiday', { calendar: 'islamic', holiday: 'adha', gregorianYear: 2024 }],
    ]);
    // The feast just after it, a comma between; another holiday there is no feast.
    expect(read('أول أيام العيد، عيد الفطر')).toEqual([
      ['أول أيام العيد', 'holiday', { calendar: 'islamic', holiday: 'fitr' }],
      ['عيد الفطر', 'holiday', { holiday: 'fitr', calendar: 'islamic' }],
    ]);
    expect(read('أول أيام العيد، يوم عرفة')).toEqual([
      ['أول أيام العيد', 'holiday', { name: true, eidDay: 1 }],
      ['يوم عرفة', 'holiday', { holiday: 'arafa', calendar: 'islamic' }],
    ]);
  });

  it('finds no date in a score or a place named for a date, and the same date elsewhere', async () => {
    const read = await finder();
    const april = ['4/15', 'numeric', { calendar: 'gregory', day: 15, month: 4 }];
    expect(read('فاز الفريق بنتيجة 4/3 في المباراة')).toEqual([]);
    expect(read('فاز الفريق في 4/3 بالمباراة')).toEqual([
      ['4/3', 'numeric', { calendar: 'gregory', day: 4, month: 3, swappable: true }],
    ]);
    // After «النتيجة», a day with its month's name is still a date.
    expect(read('أعلنت النتيجة 4 مارس')).toEqual([
      ['4 مارس', 'date', { calendar: 'gregory', day: 4, month: 3 }],
    ]);
    expect(read('وصل إلى شارع 4/15')).toEqual([]);
    expect(read('وصل في 4/15')).toEqual([april]);
    expect(read('وصل إلى ميدان نوفمبر')).toEqual([]);
    expect(read('وصل في نوفمبر')).toEqual([['نوفمبر', 'month', { calendar: 'gregory', month: 11 }]]);
    // A date after the street's name is found, and one before it.
    const eighth = ['8 نوفمبر', 'date', { calendar: 'gregory', day: 8, month: 11 }];
    expect(read('وصل إلى شارع 7 نوفمبر في 8 نوفمبر')).toEqual([eighth]);
    expect(read('في 8 نوفمبر وصل إلى شارع 7 نوفمبر')).toEqual([eighth]);
  });

  it('takes a day or month after the name of a war for the name of an event, not a year', async () => {
    const read = await finder();
    expect(read('ذكرى حرب أكتوبر')).toEqual([
      ['أكتوبر', 'name', { calendar: 'gregory', month: 10, name: true }],
    ]);
    expect(read('ذكرى حرب 6 أكتوبر')).toEqual([
      ['6 أكتوبر', 'name', { calendar: 'gregory', day: 6, month: 10, name: true }],
    ]);
    expect(read('ذكرى حرب 1973')).toEqual([['1973', 'year', { calendar: 'gregory', year: 1973 }]]);
  });

  it('keeps a period or a day after «كل» that is no frequency, and a date after «أيام»', async () => {
    const read = await finder();
    expect(read('سأغادر كل الأسبوع المقبل')).toEqual([
      ['الأسبوع المقبل', 'relative', { period: { unit: 'week', shift: 1 } }],
    ]);
    expect(read('ظل يعمل كل اليوم')).toEqual([['اليوم', 'deictic', { dayOffset: 0 }]]);
    expect(read('تقام الاحتفالات أيام 6 أكتوبر')).toEqual([
      ['6 أكتوبر', 'date', { calendar: 'gregory', day: 6, month: 10 }],
    ]);
    // Consecutive days after «كل» are still a frequency.
    expect(read('يغلق المتجر كل الجمعة والسبت')).toEqual([]);
    expect(read('سأغادر كل سبت، والثلاثاء')).toEqual([]);
  });

  it('finds no yearly day however the words are spaced, and keeps a feast or another date before one', async () => {
    const read = await finder();
    expect(read('في العاشر من مارس  من  كل  عام')).toEqual([]);
    expect(read('احتفلوا في 7 مارس وليس من كل عام')).toEqual([
      ['7 مارس', 'date', { calendar: 'gregory', day: 7, month: 3 }],
    ]);
    expect(read('يحتفلون بعيد الفطر من كل عام')).toEqual([
      ['عيد الفطر', 'holiday', { holiday: 'fitr', calendar: 'islamic' }],
    ]);
  });

  it('reads «أمس» as yesterday whatever tanwin the words around it carry', async () => {
    const read = await finder();
    const yesterday = ['أمس', 'deictic', { dayOffset: -1 }];
    expect(read('وصل أمس وفدٌ كبير')).toEqual([yesterday]);
    expect(read('وصل وفدٌ أمس')).toEqual([yesterday]);
  });

  it('keeps the longer of two expressions that overlap, though it starts later', async () => {
    const read = await finder();
    // «مساء اليوم» (this evening) and «اليوم نفسه» (that same day): the day is the one named before.
    expect(read('تقام المباراة يوم السبت، في الثامنة مساء اليوم نفسه')).toEqual([
      ['يوم السبت', 'weekday', { weekday: 6 }],
      ['اليوم نفسه', 'relative', { anaphor: 'day' }],
    ]);
  });

  it('ends a day at its last word, not at the space after it', async () => {
    const read = await finder();
    expect(read('أعلنت الوزارة اليوم الإثنين ارتفاع العدد')).toEqual([
      ['اليوم الإثنين', 'deictic', { dayOffset: 0, weekday: 1 }],
    ]);
  });

  it('keeps a period at the start of the text that gives its own year', async () => {
    const read = await finder();
    expect(read('وقعت حوادث مماثلة في الفترة نفسها من عام 2019')).toEqual([
      ['في الفترة نفسها من عام 2019', 'relative', { anaphor: 'period', year: 2019 }],
    ]);
    expect(read('وقعت حوادث مماثلة في الفترة نفسها من العام الماضي')).toEqual([
      ['في الفترة نفسها من العام الماضي', 'relative', { anaphor: 'period', yearShift: -1 }],
    ]);
  });

  it('starts a date at its own words, not at a conjunction or a preposition glued to the first', async () => {
    vi.resetModules();
    const { findDates } = await import('../../src/domain/date-finder');
    const spans = (text: string) => findDates(text).map((d) => [d.start, d.end, d.text]);
    // TRT Arabi, 2 September 2025 (trt.global/arabi/article/fe11bd750601).
    expect(spans('والأحد، أعلنت هيئة المسح الجيولوجي الأمريكية أن زلزالا ضرب جلال آباد')).toEqual([
      [1, 6, 'الأحد'],
    ]);
    expect(spans('قال وأمس التقى')).toEqual([[5, 8, 'أمس']]);
    expect(spans('التقى بالأمس الوفد')).toEqual([[7, 12, 'الأمس']]);
    expect(spans('وصل وفي الأحد غادر')).toEqual([[8, 13, 'الأحد']]);
    expect(spans('وصل ومساء الأحد غادر')).toEqual([[5, 15, 'مساء الأحد']]);
    expect(spans('وقبل يومين غادر')).toEqual([[1, 10, 'قبل يومين']]);
    expect(spans('احتفلوا بعيد الفطر')).toEqual([[9, 18, 'عيد الفطر']]);
    expect(spans('وصل بفبراير 2024')).toEqual([[5, 16, 'فبراير 2024']]);
    // «لليوم» has lost the article's alif to its «ل», «بعد» and «فبراير» begin with their own letters:
    // without them nothing is a date, and they stay.
    expect(spans('سيصل لليوم الموعود')).toEqual([[5, 10, 'لليوم']]);
    expect(spans('سيصل بعد غد')).toEqual([[5, 11, 'بعد غد']]);
    expect(spans('وصل فبراير 2024')).toEqual([[4, 15, 'فبراير 2024']]);
    // The joined days start where their first does.
    expect(spans('وصل يومي الجمعة والسبت')).toEqual([[4, 22, 'يومي الجمعة والسبت']]);
    expect(spans('وصل والجمعة حتى الأحد')).toEqual([[5, 21, 'الجمعة حتى الأحد']]);
  });
});
