import { describe, expect, it, vi } from 'vitest';

// How `findDates` joins expressions found side by side into one: weekdays named together, two days
// counted from publication, a weekday or today and the date it falls on, a year after a date without
// one, months or days running to another, years from one to another, and a span of days whose ends
// are each read alone; each beside the words that keep two expressions apart (a list, a span running
// backwards, a gap that is not «حتى» or «إلى»). The sentences are the examples the finder's own
// comments give, each put in a short sentence. As in `date-finder-guards.test.ts`, the finder is
// imported inside each test, so what it builds as it loads is built while a test runs.

type Read = (text: string) => [string, string, unknown][];

async function finder(): Promise<Read> {
  vi.resetModules();
  const { findDates } = await import('../../src/domain/date-finder');
  return (text) => findDates(text).map((d) => [d.text, d.kind, d.parts]);
}

const G = { calendar: 'gregory' } as const;

describe('weekdays and days counted from publication', () => {
  it('joins weekdays named together, each the day after the one before, and lists the others', async () => {
    const read = await finder();
    const friSat = { weekday: 5, to: { weekday: 6 } };
    expect(read('سيزور الوفد يومي الجمعة والسبت')).toStrictEqual([['يومي الجمعة والسبت', 'weekday', friSat]]);
    expect(read('سيزور الوفد يوم الجمعة والسبت')).toStrictEqual([['يوم الجمعة والسبت', 'weekday', friSat]]);
    expect(read('سيزور الوفد أيام الخميس والجمعة والسبت المقبلة')).toStrictEqual([
      ['الخميس والجمعة والسبت المقبلة', 'weekday', { weekday: 4, to: { weekday: 6 }, qualifier: 'next' }],
    ]);
    expect(read('سيزور الوفد الجمعة والسبت')).toStrictEqual([
      ['الجمعة', 'weekday', { weekday: 5 }],
      ['السبت', 'weekday', { weekday: 6 }],
    ]);
    expect(read('سيزور الوفد يومي الجمعة السبت')).toStrictEqual([
      ['يومي الجمعة', 'weekday', { weekday: 5 }],
      ['السبت', 'weekday', { weekday: 6 }],
    ]);
    expect(read('سيزور الوفد يومي الجمعة والأحد')).toStrictEqual([
      ['يومي الجمعة', 'weekday', { weekday: 5 }],
      ['الأحد', 'weekday', { weekday: 0 }],
    ]);
  });

  it('joins a day counted from publication and the day after it, not a day further on', async () => {
    const read = await finder();
    expect(read('سيزور الوفد الغد وبعد الغد')).toStrictEqual([
      ['الغد وبعد الغد', 'deictic', { dayOffset: 1, to: { dayOffset: 2 } }],
    ]);
    expect(read('سيزور الوفد غدًا وبعد غد')).toStrictEqual([
      ['غدًا وبعد غد', 'deictic', { dayOffset: 1, to: { dayOffset: 2 } }],
    ]);
    expect(read('سيزور الوفد اليوم وغدًا')).toStrictEqual([
      ['اليوم وغدًا', 'deictic', { dayOffset: 0, to: { dayOffset: 1 } }],
    ]);
    expect(read('سيزور الوفد اليوم وبعد غد')).toStrictEqual([
      ['اليوم', 'deictic', { dayOffset: 0 }],
      ['بعد غد', 'deictic', { dayOffset: 2 }],
    ]);
  });
});

describe('a day and the date it falls on', () => {
  it('reads today or a weekday and the date after «الموافق» or «الواقع فيه» as one day', async () => {
    const read = await finder();
    expect(read('أعلن اليوم الجمعة الموافق 18/10/2024 القرار')).toStrictEqual([
      ['اليوم الجمعة الموافق 18/10/2024', 'numeric', { ...G, day: 18, month: 10, year: 2024, weekday: 5 }],
    ]);
    expect(read('أعلن يوم الأحد 29 شعبان 1445هـ موافق 10 مارس 2024 القرار')).toStrictEqual([
      [
        'يوم الأحد 29 شعبان 1445هـ موافق 10 مارس 2024',
        'date',
        {
          ...G,
          day: 10,
          month: 3,
          year: 2024,
          weekday: 0,
          hijriAlso: { calendar: 'islamic', month: 8, day: 29, year: 1445, weekday: 0 },
        },
      ],
    ]);
    expect(read('أعلن يوم الإثنين الواقع فيه 19 تشرين الأول القرار')).toStrictEqual([
      ['يوم الإثنين الواقع فيه 19 تشرين الأول', 'date', { ...G, day: 19, month: 10, weekday: 1 }],
    ]);
  });

  it('keeps apart today and the first of a month it announces after a comma, or a day after «و»', async () => {
    const read = await finder();
    expect(read('أعلن اليوم الأربعاء، غرة شهر ذي الحجة')).toStrictEqual([
      ['اليوم الأربعاء', 'deictic', { dayOffset: 0, weekday: 3 }],
      ['غرة شهر ذي الحجة', 'hijri', { calendar: 'islamic', month: 12, day: 1 }],
    ]);
    expect(read('زار الاثنين 31 مارس والثلاثاء 1 أبريل')).toStrictEqual([
      ['الاثنين 31 مارس', 'date', { ...G, day: 31, month: 3, weekday: 1 }],
      ['الثلاثاء 1 أبريل', 'date', { ...G, day: 1, month: 4, weekday: 2 }],
    ]);
  });
});

describe('a year after a date without one', () => {
  it('gives the date, or both ends of a span of dates, that year', async () => {
    const read = await finder();
    expect(read('وصل في العاشر من سبتمبر ، ألفين')).toStrictEqual([
      ['العاشر من سبتمبر ، ألفين', 'date', { ...G, day: 10, month: 9, year: 2000 }],
    ]);
    expect(read('وصل في يناير الثاني والعشرين، 2018')).toStrictEqual([
      ['يناير الثاني والعشرين، 2018', 'date', { ...G, month: 1, day: 22, year: 2018 }],
    ]);
    expect(read('وصل من 2 إلى 7 فبراير ، ألفين')).toStrictEqual([
      [
        '2 إلى 7 فبراير ، ألفين',
        'date',
        { ...G, day: 2, month: 2, year: 2000, to: { ...G, day: 7, month: 2, year: 2000 } },
      ],
    ]);
    expect(read('وصل في 10 سبتمبر من 2015')).toStrictEqual([
      ['10 سبتمبر من 2015', 'date', { ...G, day: 10, month: 9, year: 2015 }],
    ]);
    // A year said with other words between is a year of its own.
    expect(read('وصل في 10 سبتمبر وغادر في 2015')).toStrictEqual([
      ['10 سبتمبر', 'date', { ...G, day: 10, month: 9 }],
      ['2015', 'year', { ...G, year: 2015 }],
    ]);
    expect(read('وصل في 06/06 ، 2015')).toStrictEqual([
      ['06/06 ، 2015', 'numeric', { ...G, day: 6, month: 6, year: 2015 }],
    ]);
  });
});

describe('spans of months, days and years', () => {
  it('joins months or days to the last of them, with or without their years, running forwards', async () => {
    const read = await finder();
    expect(read('عمل من يناير إلى مارس')).toStrictEqual([
      ['يناير إلى مارس', 'month', { ...G, month: 1, to: { ...G, month: 3 } }],
    ]);
    expect(read('عمل في يوليو وأغسطس وسبتمبر 2017')).toStrictEqual([
      ['يوليو وأغسطس وسبتمبر 2017', 'month', { ...G, month: 7, to: { ...G, month: 9, year: 2017 } }],
    ]);
    expect(read('عمل بين كانون الأول وشباط')).toStrictEqual([
      ['كانون الأول وشباط', 'month', { ...G, month: 12, to: { ...G, month: 2 } }],
    ]);
    expect(read('زار من 5 إلى 9 مارس')).toStrictEqual([
      ['5 إلى 9 مارس', 'date', { ...G, day: 5, month: 3, to: { ...G, day: 9, month: 3 } }],
    ]);
    const julyToJune = { ...G, month: 7, year: 2018, to: { ...G, month: 6, year: 2019 } };
    expect(read('عمل من يوليو 2018 إلى يونيو 2019')).toStrictEqual([
      ['يوليو 2018 إلى يونيو 2019', 'month', julyToJune],
    ]);
    expect(read('عمل من يوليو 2018، وحتى يونيو 2019')).toStrictEqual([
      ['يوليو 2018، وحتى يونيو 2019', 'month', julyToJune],
    ]);
    expect(read('عمل من 19 أكتوبر 2020 حتى 26 أكتوبر 2020')).toStrictEqual([
      [
        '19 أكتوبر 2020 حتى 26 أكتوبر 2020',
        'date',
        { ...G, day: 19, month: 10, year: 2020, to: { ...G, day: 26, month: 10, year: 2020 } },
      ],
    ]);
  });

  it('keeps apart months running backwards, listed with «و», or a month and a day', async () => {
    const read = await finder();
    expect(read('عمل من يونيو 2019 إلى يوليو 2018')).toStrictEqual([
      ['يونيو 2019', 'month', { ...G, month: 6, year: 2019 }],
      ['يوليو 2018', 'month', { ...G, month: 7, year: 2018 }],
    ]);
    expect(read('عمل في يوليو 2018 ويونيو 2019')).toStrictEqual([
      ['يوليو 2018', 'month', { ...G, month: 7, year: 2018 }],
      ['يونيو 2019', 'month', { ...G, month: 6, year: 2019 }],
    ]);
    expect(read('عمل من مارس إلى 5 أبريل')).toStrictEqual([
      ['مارس', 'month', { ...G, month: 3 }],
      ['5 أبريل', 'date', { ...G, day: 5, month: 4 }],
    ]);
  });

  it('joins years from one to a later one, not to an earlier one', async () => {
    const read = await finder();
    expect(read('عمل بين عامي 2015 و2019')).toStrictEqual([
      ['عامي 2015 و2019', 'year', { ...G, year: 2015, to: { ...G, year: 2019 } }],
    ]);
    expect(read('عمل من 2014 إلى 2018')).toStrictEqual([
      ['2014 إلى 2018', 'year', { ...G, year: 2014, to: { ...G, year: 2018 } }],
    ]);
    expect(read('عمل من سنة 2021 الى سنة 2022')).toStrictEqual([
      ['سنة 2021 الى سنة 2022', 'year', { ...G, year: 2021, to: { ...G, year: 2022 } }],
    ]);
    expect(read('عمل من 2018 إلى 2014')).toStrictEqual([
      ['2018', 'year', { ...G, year: 2018 }],
      ['2014', 'year', { ...G, year: 2014 }],
    ]);
  });

  it('joins two days each read alone with «حتى» or «إلى», a time of day beside either', async () => {
    const read = await finder();
    expect(read('عمل اليوم حتى الغد')).toStrictEqual([
      ['اليوم حتى الغد', 'deictic', { dayOffset: 0, to: { dayOffset: 1 } }],
    ]);
    expect(read('عمل من يوم الجمعة حتى الأحد القادم')).toStrictEqual([
      ['يوم الجمعة حتى الأحد القادم', 'weekday', { weekday: 5, to: { weekday: 0, qualifier: 'next' } }],
    ]);
    expect(read('عمل من 2 أكتوبر حتى بعد غد')).toStrictEqual([
      ['2 أكتوبر حتى بعد غد', 'date', { ...G, day: 2, month: 10, to: { dayOffset: 2 } }],
    ]);
    expect(read('عمل اليوم الساعة 4 إلى يوم الأربعاء القادم الساعة 5')).toStrictEqual([
      [
        'اليوم الساعة 4 إلى يوم الأربعاء القادم',
        'deictic',
        { dayOffset: 0, to: { weekday: 3, qualifier: 'next' } },
      ],
    ]);
    // With «و» they are two days.
    expect(read('عمل الجمعة والأحد')).toStrictEqual([
      ['الجمعة', 'weekday', { weekday: 5 }],
      ['الأحد', 'weekday', { weekday: 0 }],
    ]);
  });
});

describe('more of the words that join or keep apart', () => {
  it('reads a day and its date after a comma and «الموافق لـ», or «الواقع في», and keeps them apart after «و»', async () => {
    const read = await finder();
    expect(read('أعلن اليوم الجمعة، الموافق لـ 18 أكتوبر القرار')).toStrictEqual([
      ['اليوم الجمعة، الموافق لـ 18 أكتوبر', 'date', { ...G, day: 18, month: 10, weekday: 5 }],
    ]);
    expect(read('أعلن يوم الإثنين الواقع في 19 تشرين الأول القرار')).toStrictEqual([
      ['يوم الإثنين الواقع في 19 تشرين الأول', 'date', { ...G, day: 19, month: 10, weekday: 1 }],
    ]);
    expect(read('أعلن يوم الإثنين و19 تشرين الأول القرار')).toStrictEqual([
      ['يوم الإثنين', 'weekday', { weekday: 1 }],
      ['19 تشرين الأول', 'date', { ...G, day: 19, month: 10 }],
    ]);
    expect(read('أعلن 29 شعبان 1445هـ الموافق 10 مارس 2024 القرار')).toStrictEqual([
      [
        '29 شعبان 1445هـ الموافق 10 مارس 2024',
        'date',
        {
          ...G,
          day: 10,
          month: 3,
          year: 2024,
          hijriAlso: { calendar: 'islamic', month: 8, day: 29, year: 1445 },
        },
      ],
    ]);
    expect(read('أعلن الخميس 10 مارس، 2016 القرار')).toStrictEqual([
      ['الخميس 10 مارس، 2016', 'date', { ...G, day: 10, month: 3, year: 2016, weekday: 4 }],
    ]);
  });

  it('runs a day to a day of the same month, and a span of days of one month or two', async () => {
    const read = await finder();
    expect(read('يعمل من الجمعة 20 مارس إلى يوم الأحد 22 من نفس الشهر')).toStrictEqual([
      [
        'الجمعة 20 مارس إلى يوم الأحد 22 من نفس الشهر',
        'date',
        { ...G, day: 20, month: 3, weekday: 5, to: { day: 22, qualifier: 'same' } },
      ],
    ]);
    expect(read('عمل من 3 حتى 5 مارس')).toStrictEqual([
      ['3 حتى 5 مارس', 'date', { ...G, day: 3, month: 3, to: { ...G, day: 5, month: 3 } }],
    ]);
    expect(read('عمل من 3 مارس حتى 5 أبريل')).toStrictEqual([
      ['3 مارس حتى 5 أبريل', 'date', { ...G, day: 3, month: 3, to: { ...G, day: 5, month: 4 } }],
    ]);
    expect(read('عمل من 5 مارس 2015 إلى 9 مارس 2015')).toStrictEqual([
      [
        '5 مارس 2015 إلى 9 مارس 2015',
        'date',
        { ...G, day: 5, month: 3, year: 2015, to: { ...G, day: 9, month: 3, year: 2015 } },
      ],
    ]);
    expect(read('عمل من يوليو 2018 - يونيو 2019')).toStrictEqual([
      [
        'يوليو 2018 - يونيو 2019',
        'month',
        { ...G, month: 7, year: 2018, to: { ...G, month: 6, year: 2019 } },
      ],
    ]);
  });

  it('keeps apart a span running backwards, a month and a day with their years, a qualified month, a part of a year', async () => {
    const read = await finder();
    expect(read('عمل من 9 مارس 2015 إلى 5 مارس 2015')).toStrictEqual([
      ['9 مارس 2015', 'date', { ...G, day: 9, month: 3, year: 2015 }],
      ['5 مارس 2015', 'date', { ...G, day: 5, month: 3, year: 2015 }],
    ]);
    expect(read('عمل من مارس 2015 حتى 9 مارس 2016')).toStrictEqual([
      ['مارس 2015', 'month', { ...G, month: 3, year: 2015 }],
      ['9 مارس 2016', 'date', { ...G, day: 9, month: 3, year: 2016 }],
    ]);
    expect(read('عمل من يناير الماضي إلى مارس')).toStrictEqual([
      ['يناير الماضي', 'month', { ...G, month: 1, qualifier: 'past' }],
      ['مارس', 'month', { ...G, month: 3 }],
    ]);
    expect(read('عمل من 2014 إلى منتصف 2018')).toStrictEqual([
      ['2014', 'year', { ...G, year: 2014 }],
      ['منتصف 2018', 'year', { ...G, year: 2018, part: 'middle' }],
    ]);
    expect(read('وصل في 10 سبتمبر، مطلع 2015')).toStrictEqual([
      ['10 سبتمبر', 'date', { ...G, day: 10, month: 9 }],
      ['مطلع 2015', 'year', { ...G, year: 2015, part: 'start' }],
    ]);
    expect(read('وصل في سبتمبر، 2015')).toStrictEqual([
      ['سبتمبر، 2015', 'month', { ...G, month: 9, year: 2015 }],
    ]);
  });

  it('reads weekdays after «أيام» that do not follow each other as a frequency, and a run’s qualifier', async () => {
    const read = await finder();
    expect(read('سأغادر أيام الأحد والأربعاء')).toStrictEqual([]);
    expect(read('عمل يوم الأحد الماضي والإثنين')).toStrictEqual([
      ['يوم الأحد الماضي والإثنين', 'weekday', { weekday: 0, qualifier: 'past', to: { weekday: 1 } }],
    ]);
    expect(read('عمل الأحد والإثنين المقبلين')).toStrictEqual([
      ['الأحد', 'weekday', { weekday: 0 }],
      ['الإثنين المقبلين', 'weekday', { weekday: 1, qualifier: 'next' }],
    ]);
  });
});

describe('the week’s turn, a comma, and days counted from publication in threes', () => {
  it('joins Saturday to Sunday, yesterday to today, and two of three days counted from publication', async () => {
    const read = await finder();
    expect(read('سيزور الوفد يومي السبت والأحد')).toStrictEqual([
      ['يومي السبت والأحد', 'weekday', { weekday: 6, to: { weekday: 0 } }],
    ]);
    expect(read('يعمل من الجمعة حتى الأحد')).toStrictEqual([
      ['الجمعة حتى الأحد', 'weekday', { weekday: 5, to: { weekday: 0 } }],
    ]);
    expect(read('سيزور الوفد أمس واليوم')).toStrictEqual([
      ['أمس واليوم', 'deictic', { dayOffset: -1, to: { dayOffset: 0 } }],
    ]);
    expect(read('يعمل اليوم وغدا وبعد غد')).toStrictEqual([
      ['اليوم وغدا', 'deictic', { dayOffset: 0, to: { dayOffset: 1 } }],
      ['بعد غد', 'deictic', { dayOffset: 2 }],
    ]);
    expect(read('سيزور الوفد الجمعة ثم السبت')).toStrictEqual([
      ['الجمعة', 'weekday', { weekday: 5 }],
      ['السبت', 'weekday', { weekday: 6 }],
    ]);
  });

  it('reads «غرة» after tomorrow and a comma as a day of its own, and without the comma as the same day', async () => {
    const read = await finder();
    expect(read('أعلن غدا الخميس، غرة شهر رمضان')).toStrictEqual([
      ['غدا الخميس', 'deictic', { dayOffset: 1, weekday: 4 }],
      ['غرة شهر رمضان', 'hijri', { calendar: 'islamic', month: 9, day: 1 }],
    ]);
    expect(read('أعلن اليوم الأربعاء غرة شهر ذي الحجة')).toStrictEqual([
      ['اليوم الأربعاء غرة شهر ذي الحجة', 'hijri', { calendar: 'islamic', month: 12, day: 1, weekday: 3 }],
    ]);
  });

  it('gives a span of days the year said after its last day', async () => {
    const read = await finder();
    expect(read('يعمل من 2 أكتوبر حتى 5 أكتوبر 2020')).toStrictEqual([
      [
        '2 أكتوبر حتى 5 أكتوبر 2020',
        'date',
        { ...G, day: 2, month: 10, to: { ...G, day: 5, month: 10, year: 2020 } },
      ],
    ]);
  });
});

describe('what is no day to run a span from, and two days counted from publication kept apart', () => {
  it('keeps apart from «حتى» and the day after it a period, a count back, a span already, a named event', async () => {
    const read = await finder();
    expect(read('يعمل من الأسبوع الماضي حتى الغد')).toStrictEqual([
      ['الأسبوع الماضي', 'relative', { period: { unit: 'week', shift: -1 } }],
      ['حتى الغد', 'deictic', { dayOffset: 1 }],
    ]);
    expect(read('يعمل منذ يومين حتى اليوم')).toStrictEqual([
      ['منذ يومين', 'relative', { offset: { n: 2, unit: 'day', dir: -1 } }],
      ['حتى اليوم', 'deictic', { dayOffset: 0 }],
    ]);
    expect(read('يعمل يومي الجمعة والسبت حتى الأحد')).toStrictEqual([
      ['يومي الجمعة والسبت', 'weekday', { weekday: 5, to: { weekday: 6 } }],
      ['الأحد', 'weekday', { weekday: 0 }],
    ]);
    expect(read('ذكرى حرب 6 أكتوبر حتى اليوم')).toStrictEqual([
      ['6 أكتوبر', 'name', { ...G, day: 6, month: 10, name: true }],
      ['حتى اليوم', 'deictic', { dayOffset: 0 }],
    ]);
    // A day and month in figures is a day to run from.
    expect(read('يعمل من 4/10 حتى الغد')).toStrictEqual([
      ['4/10 حتى الغد', 'numeric', { ...G, day: 4, month: 10, swappable: true, to: { dayOffset: 1 } }],
    ]);
  });

  it('keeps today and tomorrow apart after a comma, another word, no «و», or a weekday', async () => {
    const read = await finder();
    const today = ['اليوم', 'deictic', { dayOffset: 0 }];
    expect(read('سيزور الوفد اليوم، وغدًا')).toStrictEqual([today, ['غدًا', 'deictic', { dayOffset: 1 }]]);
    expect(read('سيزور الوفد اليوم وكذلك غدًا')).toStrictEqual([today, ['غدًا', 'deictic', { dayOffset: 1 }]]);
    expect(read('سيزور الوفد اليوم غدًا')).toStrictEqual([today, ['غدًا', 'deictic', { dayOffset: 1 }]]);
    expect(read('سيزور الوفد اليوم الخميس وغدًا')).toStrictEqual([
      ['اليوم الخميس', 'deictic', { dayOffset: 0, weekday: 4 }],
      ['غدًا', 'deictic', { dayOffset: 1 }],
    ]);
  });
});

describe('a night named by the two days it lies between', () => {
  it('is one expression dated by the day it begins on, with the day after it as the night’s end', async () => {
    const read = await finder();
    // Al Jazeera Net, 2 September 2025, the eastern Afghanistan earthquake
    // (aljazeera.net/news/2025/9/2/عاجل-المتحدث-باسم-الحكومة-الأفغانية-4).
    expect(read('ووقعت الهزة على عمق 10 كيلومترات قرب منتصف ليل الأحد/الاثنين.')).toStrictEqual([
      ['منتصف ليل الأحد/الاثنين', 'weekday', { weekday: 0, nightInto: 1 }],
    ]);
    const sunToMon = { weekday: 0, nightInto: 1 };
    expect(read('وقع الزلزال ليلة الأحد إلى الاثنين')).toStrictEqual([
      ['ليلة الأحد إلى الاثنين', 'weekday', sunToMon],
    ]);
    expect(read('وقع الزلزال ليلة الأحد الى الاثنين')).toStrictEqual([
      ['ليلة الأحد الى الاثنين', 'weekday', sunToMon],
    ]);
    expect(read('وقع الزلزال وليلة الأحد - الاثنين')).toStrictEqual([
      ['ليلة الأحد - الاثنين', 'weekday', sunToMon],
    ]);
    // Saturday into Sunday: the week wraps; «ليل» before the weekday is the night's too, and a
    // qualifier after the second day is the night's.
    expect(read('وقع الزلزال ليلة السبت على الأحد')).toStrictEqual([
      ['ليلة السبت على الأحد', 'weekday', { weekday: 6, nightInto: 0 }],
    ]);
    expect(read('وقع الزلزال ليل السبت – الأحد الماضي')).toStrictEqual([
      ['ليل السبت – الأحد الماضي', 'weekday', { weekday: 6, nightInto: 0, qualifier: 'past' }],
    ]);
    expect(read('وقع الزلزال ليلة السبت الماضي على الأحد')).toStrictEqual([
      ['ليلة السبت الماضي على الأحد', 'weekday', { weekday: 6, nightInto: 0, qualifier: 'past' }],
    ]);
  });

  it('reads two days joined by a slash as the two days, and keeps apart days that do not follow each other', async () => {
    const read = await finder();
    const sunMon = { weekday: 0, to: { weekday: 1 } };
    expect(read('أغلقت المدارس الأحد/الاثنين')).toStrictEqual([['الأحد/الاثنين', 'weekday', sunMon]]);
    expect(read('أغلقت المدارس الأحد - الاثنين')).toStrictEqual([['الأحد - الاثنين', 'weekday', sunMon]]);
    // Without a word of the night, «إلى» is the span of days it always was, «على» joins nothing.
    expect(read('أغلقت المدارس الأحد إلى الاثنين')).toStrictEqual([['الأحد إلى الاثنين', 'weekday', sunMon]]);
    expect(read('أغلقت المدارس الأحد على الاثنين')).toStrictEqual([
      ['الأحد', 'weekday', { weekday: 0 }],
      ['الاثنين', 'weekday', { weekday: 1 }],
    ]);
    expect(read('وقع الزلزال ليلة الأحد/الثلاثاء')).toStrictEqual([
      ['ليلة الأحد', 'weekday', { weekday: 0 }],
      ['الثلاثاء', 'weekday', { weekday: 2 }],
    ]);
    expect(read('وقع الزلزال ليلة الاثنين/الأحد')).toStrictEqual([
      ['ليلة الاثنين', 'weekday', { weekday: 1 }],
      ['الأحد', 'weekday', { weekday: 0 }],
    ]);
    expect(read('وقع الزلزال ليلة الأحد، الاثنين')).toStrictEqual([
      ['ليلة الأحد', 'weekday', { weekday: 0 }],
      ['الاثنين', 'weekday', { weekday: 1 }],
    ]);
    // A day already joined to the next is not joined again.
    expect(read('زار الوفد يومي السبت والأحد/الاثنين')).toStrictEqual([
      ['يومي السبت والأحد', 'weekday', { weekday: 6, to: { weekday: 0 } }],
      ['الاثنين', 'weekday', { weekday: 1 }],
    ]);
  });
});

describe('what keeps side-by-side days apart, each beside the words that join them', () => {
  it('joins a run only of weekdays, from a weekday named alone, with the first one’s qualifier', async () => {
    const read = await finder();
    // A date with its weekday, or today with its weekday, does not start a run of weekdays.
    expect(read('زار يوم الجمعة 5 مارس والسبت')).toStrictEqual([
      ['يوم الجمعة 5 مارس', 'date', { calendar: 'gregory', day: 5, month: 3, weekday: 5 }],
      ['السبت', 'weekday', { weekday: 6 }],
    ]);
    expect(read('زار يوم الجمعة واليوم السبت')).toStrictEqual([
      ['يوم الجمعة', 'weekday', { weekday: 5 }],
      ['اليوم السبت', 'deictic', { dayOffset: 0, weekday: 6 }],
    ]);
    expect(read('سيزور الوفد يومي الجمعة، والسبت')).toStrictEqual([
      ['يومي الجمعة', 'weekday', { weekday: 5 }],
      ['السبت', 'weekday', { weekday: 6 }],
    ]);
    expect(read('زار يومي الجمعة الماضي والسبت')).toStrictEqual([
      ['يومي الجمعة الماضي والسبت', 'weekday', { weekday: 5, qualifier: 'past', to: { weekday: 6 } }],
    ]);
  });

  it('reads a weekday and its Hijri date after a comma as one day, and the next Hijri day after «و» as another', async () => {
    const read = await finder();
    expect(read('يبدأ الصيام يوم الأربعاء، غرة شهر رمضان')).toStrictEqual([
      ['يوم الأربعاء، غرة شهر رمضان', 'hijri', { calendar: 'islamic', month: 9, day: 1, weekday: 3 }],
    ]);
    expect(read('يوم الأربعاء 29 شعبان والخميس غرة شهر رمضان')).toStrictEqual([
      ['يوم الأربعاء 29 شعبان', 'hijri', { calendar: 'islamic', month: 8, day: 29, weekday: 3 }],
      ['الخميس غرة شهر رمضان', 'hijri', { calendar: 'islamic', month: 9, day: 1, weekday: 4 }],
    ]);
    // Today without its weekday gives the date none.
    expect(read('أعلن اليوم الموافق 18/10/2024')).toStrictEqual([
      ['اليوم الموافق 18/10/2024', 'numeric', { calendar: 'gregory', day: 18, month: 10, year: 2024 }],
    ]);
  });

  it('runs days or months of one year forwards, and lists days only when both have their weekdays and «و» joins them', async () => {
    const read = await finder();
    const G2020 = { calendar: 'gregory', year: 2020 } as const;
    expect(read('من 30 يناير 2020 إلى 2 فبراير 2020')).toStrictEqual([
      [
        '30 يناير 2020 إلى 2 فبراير 2020',
        'date',
        { ...G2020, day: 30, month: 1, to: { ...G2020, day: 2, month: 2 } },
      ],
    ]);
    expect(read('من يناير 2020 إلى مارس 2020')).toStrictEqual([
      ['يناير 2020 إلى مارس 2020', 'month', { ...G2020, month: 1, to: { ...G2020, month: 3 } }],
    ]);
    expect(read('العطلة من الاثنين 31 مارس إلى الثلاثاء 8 أبريل')).toStrictEqual([
      [
        'الاثنين 31 مارس إلى الثلاثاء 8 أبريل',
        'date',
        { ...G, day: 31, month: 3, weekday: 1, to: { ...G, day: 8, month: 4, weekday: 2 } },
      ],
    ]);
    expect(read('العطلة 31 مارس والثلاثاء 1 أبريل')).toStrictEqual([
      [
        '31 مارس والثلاثاء 1 أبريل',
        'date',
        { ...G, day: 31, month: 3, to: { ...G, day: 1, month: 4, weekday: 2 } },
      ],
    ]);
    expect(read('العطلة الاثنين 31 مارس و1 أبريل')).toStrictEqual([
      [
        'الاثنين 31 مارس و1 أبريل',
        'date',
        { ...G, day: 31, month: 3, weekday: 1, to: { ...G, day: 1, month: 4 } },
      ],
    ]);
  });
});
