import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

// What the date finder makes of real news sentences, word for word: for each sentence, every expression
// it finds (where it starts, its words, its kind and what it literally gives). The sentences
// (tests/fixtures/date-matchers-sentences.txt) are those of the two annotated test sets on which each
// pattern of `date-matchers.ts` matches and keeps its match, matches and turns it away, or is gated in
// and does not match; the snapshot was read against their gold annotations when it was written.
//
// The finder's pattern table is built as its module loads. Imported afresh inside each test (never at
// the top of this file), it is built while that test runs, so mutation testing learns which tests run
// each pattern instead of running every test for each one (see the README's "Mutation testing").

interface Sentence {
  readonly id: string;
  readonly text: string;
}

function sentences(): { readonly key: string; readonly text: string }[] {
  const sets = new Map<string, Map<string, string>>();
  const set = (file: string): Map<string, string> => {
    let s = sets.get(file);
    if (s === undefined) {
      s = new Map();
      for (const line of readFileSync(`tests/fixtures/${file}`, 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const x = JSON.parse(line) as Sentence;
        if (!s.has(x.id)) s.set(x.id, x.text);
      }
      sets.set(file, s);
    }
    return s;
  };
  return readFileSync('tests/fixtures/date-matchers-sentences.txt', 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const [file = '', id = ''] = l.split(' ');
      const text = set(file).get(id);
      if (text === undefined) throw new Error(`no sentence ${id} in ${file}`);
      return { key: `${file.replace(/\.jsonl$/, '')} ${id}`, text };
    });
}

const ALL = sentences();

describe('the date finder on real sentences, each pattern of its table at work', () => {
  it('reads every sentence named, from both sets', () => {
    expect(ALL.length).toBeGreaterThan(100);
    expect(new Set(ALL.map((s) => s.key)).size).toBe(ALL.length);
  });

  // The guards' own cases, as the patterns' comments name them: each pair differs in the one word or
  // sign a guard reads.
  it('turns away a count, a rate or an idiom, and keeps the date beside it', async () => {
    vi.resetModules();
    const { findDates } = await import('../../src/domain/date-finder');
    const read = (text: string): [string, unknown][] => findDates(text).map((d) => [d.text, d.parts]);
    // A rate («في اليوم» after a count), a repetition, a count from another event.
    expect(read('يتناول الدواء ثلاث مرات في اليوم')).toEqual([]);
    expect(read('يستقبل المستشفى 500 مريض في اليوم')).toEqual([]);
    expect(read('تتحسن الأوضاع يومًا بعد يوم')).toEqual([]);
    expect(read('قبل لحظات من تحطم الطائرة')).toEqual([]);
    expect(read('وقع الحادث منذ لحظات')).toEqual([['منذ لحظات', { vague: 'now' }]]);
    expect(read('بعد يومين من الهجوم')).toEqual([]);
    expect(read('مرور عام على الحرب')).toEqual([]);
    // «من» that the verb before governs: counted from publication.
    expect(read('حذر قبل أيام من تزايد الحالات')).toEqual([
      ['قبل أيام', { offset: { n: null, unit: 'day', dir: -1 } }],
    ]);
    // «الغد»: the future, but tomorrow at a clause's end after «قبل», or as a scheduled event's day.
    expect(read('سيعود قبل الغد.')).toEqual([['الغد', { dayOffset: 1 }]]);
    expect(read('سيعود قبل الغد لكنه')).toEqual([]);
    expect(read('حضر جلسة الغد')).toEqual([['الغد', { dayOffset: 1 }]]);
    expect(read('انطلقت رحلة الغد')).toEqual([['الغد', { dayOffset: 1 }]]);
    expect(read('جيل الغد')).toEqual([]);
    // The words read before and after the match: where a guard's window starts and ends.
    expect(read('حتى الغد.')).toEqual([['حتى الغد', { dayOffset: 1 }]]);
    expect(read('سيعود قبل الغد .')).toEqual([['الغد', { dayOffset: 1 }]]);
    expect(read('جلسة الغد حاسمة')).toEqual([['الغد', { dayOffset: 1 }]]);
    expect(read('حضروا لجلسة الغد')).toEqual([['الغد', { dayOffset: 1 }]]);
    // Any of the date proclitics before the event's name, an outlet's name or «بقية» («ومباراة الغد»،
    // «في حديث لروسيا اليوم»، «فبقية العام»).
    expect(read('ومباراة الغد حاسمة')).toEqual([['الغد', { dayOffset: 1 }]]);
    expect(read('قال في حديث لروسيا اليوم')).toEqual([]);
    expect(read('وسافر ببقية الأسبوع')).toEqual([
      ['بقية الأسبوع', { period: { part: 'rest', shift: 0, unit: 'week' } }],
    ]);
    expect(read('في رجب سافر')).toEqual([['رجب', { calendar: 'islamic', month: 7 }]]);
    expect(read('سافر في رجب إلى مكة')).toEqual([['رجب', { calendar: 'islamic', month: 7 }]]);
    expect(read('جرى بعد لقاء رجب مع الوزير')).toEqual([]);
    expect(read('وتحدث بعد رجب طيب أردوغان وزير الخارجية')).toEqual([]);
    expect(read('قال اليوم إن الفريق الواحد لا يكفي')).toEqual([['اليوم', { dayOffset: 0 }]]);
    expect(read('تطابق اليوم والشهر')).toEqual([]);
    expect(read('خلال اليوم والشهرين المقبلين')[0]).toEqual(['اليوم', { dayOffset: 0 }]);
    expect(read('500 مريض في اليوم')).toEqual([]);
    expect(read('يموت 5 أطفال في اليوم')).toEqual([]);
    expect(read('في 14-09-32 هـ')).toEqual([]);
    expect(read('حذرت بعد يومين من الهجوم')).toEqual([
      ['بعد يومين', { offset: { n: 2, unit: 'day', dir: 1 } }],
    ]);
    expect(read('وصل بعد يومين على الهجوم')).toEqual([]);
    // A day the month does not have is no date; «هـ» makes a numeric date Hijri.
    expect(read('في 2016-2-30 وقع')).toEqual([]);
    expect(read('في 2016-2-29 وقع')).toEqual([
      ['2016-2-29', { calendar: 'gregory', day: 29, month: 2, year: 2016 }],
    ]);
    expect(read('عقد الاجتماع في 14-09-1432 هـ')).toEqual([
      ['14-09-1432 هـ', { calendar: 'islamic', day: 14, month: 9, year: 1432 }],
    ]);
    expect(read('عقد الاجتماع في 14-09-1432')).toEqual([
      ['14-09-1432', { calendar: 'gregory', day: 14, month: 9, year: 1432 }],
    ]);
    // A two-digit year only with «/» or a month's name; «7 منه» only as a span's end.
    expect(read('في 2-10-17 وصل')).toEqual([]);
    expect(read('في 2/10/17 وصل')).toEqual([
      ['2/10/17', { calendar: 'gregory', day: 2, month: 10, year: 2017 }],
    ]);
    expect(read('في 02-Oct-17 وصل')).toEqual([
      ['02-Oct-17', { calendar: 'gregory', day: 2, month: 10, year: 2017 }],
    ]);
    expect(read('أنفق 7 منه')).toEqual([]);
    // A span that starts in the match, from a day before the weekday of its end: the whole span.
    expect(read('من الخامس حتى الثلاثاء 7 منه')).toEqual([
      ['الخامس حتى الثلاثاء 7 منه', { day: 5, qualifier: 'same', to: { day: 7, qualifier: 'same' } }],
    ]);
    expect(read('اشترى 5 و7 منه')).toEqual([]);
    // Day and month both up to 12 and different: either order is possible.
    expect(read('تصل في 5/15')).toEqual([['5/15', { calendar: 'gregory', day: 15, month: 5 }]]);
    expect(read('تصل في 5/5')).toEqual([['5/5', { calendar: 'gregory', day: 5, month: 5 }]]);
    expect(read('تصل في 5/10')).toEqual([
      ['5/10', { calendar: 'gregory', day: 5, month: 10, swappable: true }],
    ]);
  });

  // One test: importing the finder afresh costs more than reading the sentences. Each sentence is checked
  // as it is read, so the first one read differently ends the test.
  it('finds in each sentence what it found when the snapshot was written', async () => {
    vi.resetModules();
    const { findDates } = await import('../../src/domain/date-finder');
    for (const s of ALL)
      expect(
        findDates(s.text).map((d) => `${d.start} «${d.text}» ${d.kind} ${JSON.stringify(d.parts)}`),
      ).toMatchSnapshot(s.key);
  });
});
