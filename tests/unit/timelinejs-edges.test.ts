/**
 * TimelineJS import and export (`src/data/timelinejs.ts`) at the edges of each rule: the years, months
 * and days a date may have, date parts as numbers and strings, the ids kept and made, the title's
 * and the headline's cuts and limits, the title slide, and the export's ids, dates and groups.
 */
import { describe, expect, it } from 'vitest';
import { exportTimelineJs, importTimelineJs, kindOfGroup } from '../../src/data/timelinejs';
import type { Dataset, TimelineEvent } from '../../src/domain';
import { miniDataset } from '../fixtures/mini-dataset';

type Result = ReturnType<typeof importTimelineJs>;
const problems = (r: Result): string[][] => (r.ok ? [] : r.problems.map((p) => [p.path, p.code, p.message]));
const events = (r: Result): readonly TimelineEvent[] => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.dataset.events;
};
const one = (slide: Record<string, unknown>): Result => importTimelineJs({ events: [slide] });
const at = (start: Record<string, unknown>): Result => one({ start_date: start });

describe('TimelineJS dates', () => {
  it('takes the years 100 to 9999, and refuses 99 and 10000 saying so', () => {
    expect(events(at({ year: '100' }))[0]?.start).toBe('0100');
    expect(events(at({ year: 9999 }))[0]?.start).toBe('9999');
    expect(problems(at({ year: '99' }))).toEqual([
      ['$.events[0].start_date.year', 'date', '99 is outside the years Riwayat shows (100 to 9999)'],
    ]);
    expect(problems(at({ year: 10000 }))[0]?.[2]).toBe(
      '10000 is outside the years Riwayat shows (100 to 9999)',
    );
  });

  it('takes the months 1 to 12, and refuses 0 and 13 saying so', () => {
    expect(events(at({ year: '2015', month: '1' }))[0]).toMatchObject({
      start: '2015-01',
      precision: 'month',
    });
    expect(events(at({ year: '2015', month: '12' }))[0]?.start).toBe('2015-12');
    expect(problems(at({ year: '2015', month: '0' }))).toEqual([
      ['$.events[0].start_date.month', 'date', '0 is not a month (1 to 12)'],
    ]);
    expect(problems(at({ year: '2015', month: 13 }))[0]?.[2]).toBe('13 is not a month (1 to 12)');
  });

  it('takes the days 1 to the month’s last, and refuses 0 and one past it saying so', () => {
    expect(events(at({ year: '2024', month: '2', day: '1' }))[0]?.start).toBe('2024-02-01');
    expect(events(at({ year: '2024', month: '2', day: '29' }))[0]?.start).toBe('2024-02-29');
    expect(problems(at({ year: '2023', month: '2', day: '29' }))).toEqual([
      ['$.events[0].start_date.day', 'date', '2023-2 has no day 29'],
    ]);
    expect(problems(at({ year: '2023', month: '2', day: '0' }))[0]?.[2]).toBe('2023-2 has no day 0');
  });

  it('reads a part as a whole number or a string of up to seven digits, with spaces around it', () => {
    expect(events(at({ year: ' 2015 ', month: 3 }))[0]?.start).toBe('2015-03');
    // Seven digits read, and are then too late a year; eight are no number at all.
    expect(problems(at({ year: '1234567' }))[0]?.[1]).toBe('date');
    expect(problems(at({ year: '12345678' }))).toEqual([
      [
        '$.events[0].start_date.year',
        'type',
        'expected a whole number (a number or a string of digits), found "12345678"',
      ],
    ]);
    expect(problems(at({ year: 2015.5 }))[0]?.[2]).toBe(
      'expected a whole number (a number or a string of digits), found number',
    );
    expect(problems(at({ year: 'x'.repeat(41) }))[0]?.[2]).toBe(
      `expected a whole number (a number or a string of digits), found "${'x'.repeat(40)}…"`,
    );
    expect(problems(at({ year: 'x'.repeat(40) }))[0]?.[2]).toContain(`"${'x'.repeat(40)}"`);
  });

  it('takes an end date of empty parts for none, and refuses one with a month but no year', () => {
    expect(
      events(one({ start_date: { year: '2015' }, end_date: { year: '', month: '', day: '' } }))[0]?.end,
    ).toBe(undefined);
    expect(problems(one({ start_date: { year: '2015' }, end_date: { year: '', month: '3' } }))).toEqual([
      ['$.events[0].end_date.year', 'required', 'is missing: a date needs at least a year'],
    ]);
    expect(problems(at({ year: '' }))[0]?.slice(0, 2)).toEqual(['$.events[0].start_date.year', 'required']);
  });

  it('writes both dates at the coarser precision, and refuses an end before the start at it', () => {
    const span = one({ start_date: { year: '2015', month: '2', day: '12' }, end_date: { year: '2016' } });
    expect(events(span)[0]).toMatchObject({ start: '2015', end: '2016', precision: 'year' });
    const before = one({
      start_date: { year: '2015', month: '3' },
      end_date: { year: '2015', month: '2', day: '1' },
    });
    expect(problems(before)).toEqual([
      ['$.events[0].end_date', 'date-order', '2015-02 is before the start date 2015-03'],
    ]);
  });
});

describe('TimelineJS ids, titles and limits', () => {
  it('keeps an id of 100 characters, and makes one for 101 characters or an id used before', () => {
    const long = `a${'b'.repeat(99)}`;
    const r = importTimelineJs({
      events: [
        { start_date: { year: '2015' }, unique_id: long },
        { start_date: { year: '2015' }, unique_id: `${long}c` },
        { start_date: { year: '2015' }, unique_id: long },
        { start_date: { year: '2015' }, unique_id: 'Bad Id' },
      ],
    });
    expect(events(r).map((e) => e.id)).toEqual([long, 'tl-2', 'tl-3', 'tl-4']);
  });

  it('makes an id no slide has, stepping past a slide that took `tl-<n>` as its own', () => {
    const r = importTimelineJs({
      events: [
        { start_date: { year: '2015' } },
        { start_date: { year: '2015' }, unique_id: 'tl-1' },
        { start_date: { year: '2015' }, unique_id: 'tl-6' },
      ],
    });
    // The first would be tl-1, which the second has: three slides on, tl-4.
    expect(events(r).map((e) => e.id)).toEqual(['tl-4', 'tl-1', 'tl-6']);
  });

  it('titles an event without a headline by its text’s first line, cut after 120 characters', () => {
    const title = (text: string) =>
      events(one({ start_date: { year: '2015' }, text: { text } }))[0]?.title.en;
    const words = 'كلمة '.repeat(30); // 150 characters
    expect(title(`${'a'.repeat(120)}<br>more`)).toBe('a'.repeat(120));
    expect(title('a'.repeat(121))).toBe(`${'a'.repeat(120)}…`);
    // Cut between code points, and without the space before the cut.
    expect(title(words)).toBe(`${words.slice(0, 119)}…`);
    expect(title('😀'.repeat(121))).toBe(`${'😀'.repeat(120)}…`);
  });

  it('takes a headline of 500 characters and a text of 20,000, and refuses one more of either', () => {
    const slide = (headline: string, text: string) =>
      one({ start_date: { year: '2015' }, text: { headline, text } });
    expect(events(slide('h'.repeat(500), 't'.repeat(20_000)))[0]?.title.en).toHaveLength(500);
    expect(problems(slide('h'.repeat(500), 't'.repeat(20_001)))).toEqual([
      ['$.events[0].text.text', 'too-long', 'is 20001 characters long as text; at most 20000 allowed'],
    ]);
    expect(problems(slide('h'.repeat(501), ''))).toEqual([
      ['$.events[0].text.headline', 'too-long', 'is 501 characters long as text; at most 500 allowed'],
    ]);
  });

  it('cleans imported text: controls and bidi overrides dropped, tabs and runs of spaces made one space, empty lines dropped', () => {
    const text = 'a\u0007b\u202Ec\td   e<br><br>  f  ';
    expect(events(one({ start_date: { year: '2015' }, text: { text } }))[0]?.summary.en).toBe('abc d e\nf');
  });

  it('titles the dataset by the title slide’s headline, else its first line, else "Imported timeline"', () => {
    const titled = (title: unknown) => {
      const r = importTimelineJs({ title, events: [{ start_date: { year: '2015' } }] });
      return r.ok ? r.dataset.title.en : null;
    };
    expect(titled({ text: { headline: 'Minsk', text: 'ignored' } })).toBe('Minsk');
    expect(titled({ text: { text: '<p>First line</p><p>second</p>' } })).toBe('First line');
    expect(titled({ text: { headline: '', text: '' } })).toBe('Imported timeline');
    expect(titled(undefined)).toBe('Imported timeline');
    expect(titled(null)).toBe('Imported timeline');
  });

  it('refuses a field of the wrong type, saying what it found', () => {
    expect(problems(importTimelineJs({ events: 'x' }))).toEqual([
      ['$.events', 'type', 'expected an array of events, found string'],
    ]);
    expect(problems(one({ start_date: { year: '2015' }, text: 'x' }))).toEqual([
      ['$.events[0].text', 'type', 'expected {"headline": …, "text": …}, found string'],
    ]);
    expect(problems(one({ start_date: { year: '2015' }, text: { text: 7 } }))[0]?.slice(0, 2)).toEqual([
      '$.events[0].text.text',
      'type',
    ]);
    expect(problems(one({ start_date: { year: '2015' }, group: 3 }))).toEqual([
      ['$.events[0].group', 'type', 'expected a string, found number'],
    ]);
    expect(problems(importTimelineJs(null))[0]?.[2]).toBe(
      'expected a TimelineJS timeline (an object with "events"), found null',
    );
  });

  it('takes a group of null for none, and reads a lane’s Arabic name or its English one in any case', () => {
    expect(events(one({ start_date: { year: '2015' }, group: null }))[0]?.kind).toBe('history');
    expect(kindOfGroup('أحداث عسكرية')?.id).toBe('military');
    expect(kindOfGroup('US POLITICS')?.id).toBe('us-politics');
    expect(kindOfGroup('Statement')?.id).toBe('statement');
    expect(kindOfGroup('statements')).toBeNull();
    const own = [
      { id: 'protest', name: { ar: 'احتجاجات', en: 'Street protests' }, colour: 'orange' as const },
    ];
    expect(kindOfGroup('street PROTESTS', own)?.id).toBe('protest');
    expect(kindOfGroup('احتجاجات', own)?.id).toBe('protest');
    expect(kindOfGroup('Diplomacy', own)).toBeNull();
  });
});

describe('TimelineJS export at its edges', () => {
  const dataset = (ids: string[]): Dataset => {
    const d = miniDataset();
    const base = d.events[0];
    if (base === undefined) throw new Error('mini dataset');
    return { ...d, events: ids.map((id) => ({ ...base, id: id as TimelineEvent['id'] })) };
  };

  it('gives the title slide an id no event has', () => {
    expect(exportTimelineJs(dataset(['a']), 'en').title.unique_id).toBe('title');
    expect(exportTimelineJs(dataset(['title', 'title-1']), 'en').title.unique_id).toBe('title-2');
  });

  it('writes dates as TimelineJS reads them, without leading zeros, and the end only when there is one', () => {
    const d = miniDataset();
    const [call, last] = d.events;
    if (call === undefined || last === undefined) throw new Error('mini dataset');
    const doc = exportTimelineJs({ ...d, events: [{ ...call, start: '2022-03', end: '2023' }, last] }, 'en');
    expect(doc.events[0]?.start_date).toEqual({ year: '2022', month: '3' });
    expect(doc.events[0]?.end_date).toEqual({ year: '2023' });
    expect(doc.events[1]?.start_date).toEqual({ year: '2023', month: '3', day: '15' });
    expect(doc.events[1]).not.toHaveProperty('end_date');
  });

  it('marks an Arabic headline right-to-left, and escapes an English one bare', () => {
    const d = { ...miniDataset(), title: { ar: 'عنوان <b>', en: 'Title & <b>' } };
    expect(exportTimelineJs(d, 'ar').title.text.headline).toBe(
      '<span dir="rtl" lang="ar">عنوان &lt;b&gt;</span>',
    );
    expect(exportTimelineJs(d, 'en').title.text.headline).toBe('Title &amp; &lt;b&gt;');
    expect(exportTimelineJs(d, 'en').title.text.text).toBe('');
  });
});
