/**
 * TimelineJS import and export (`src/data/timelinejs.ts`): what the import says of each malformed part
 * (path, code and words), the parts it takes as absent, the ids it makes, and the export's slide text
 * word for word in both languages. Everything is built inside each test, so that each runs alone.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/data/dataset-schema';
import { exportTimelineJs, importTimelineJs, kindOfGroup } from '../../src/data/timelinejs';
import { BUNDLED_KINDS } from '../../src/domain';
import { miniDataset } from '../fixtures/mini-dataset';

type Result = ReturnType<typeof importTimelineJs>;
const problems = (r: Result): string[][] => (r.ok ? [] : r.problems.map((p) => [p.path, p.code, p.message]));
const START = { year: '2024', month: '5', day: '1' };
const one = (slide: Record<string, unknown>): Result => importTimelineJs({ events: [slide] });

describe('TimelineJS import: what it says of each malformed part', () => {
  it('names a timeline that is no object, has no events, an empty list or one past the limit', () => {
    expect(problems(importTimelineJs('x'))).toEqual([
      ['$', 'type', 'expected a TimelineJS timeline (an object with "events"), found string'],
    ]);
    expect(problems(importTimelineJs({}))).toEqual([['$.events', 'required', 'is missing']]);
    expect(problems(importTimelineJs({ events: {} }))).toEqual([
      ['$.events', 'type', 'expected an array of events, found object'],
    ]);
    expect(problems(importTimelineJs({ events: [] }))).toEqual([
      ['$.events', 'empty', 'a timeline needs at least one event'],
    ]);
    const n = LIMITS.events + 1;
    expect(problems(importTimelineJs({ events: new Array<null>(n).fill(null) }))).toEqual([
      ['$.events', 'too-many', `has ${n} events; at most ${LIMITS.events} allowed`],
    ]);
  });

  it('names an event, a title slide or a date that is no object', () => {
    expect(problems(importTimelineJs({ events: [[]] }))).toEqual([
      ['$.events[0]', 'type', 'expected an event object, found array'],
    ]);
    expect(problems(importTimelineJs({ title: 'x', events: [{ start_date: START }] }))).toEqual([
      ['$.title', 'type', 'expected a title slide object, found string'],
    ]);
    expect(problems(importTimelineJs({ title: { text: 5 }, events: [{ start_date: START }] }))).toEqual([
      ['$.title.text', 'type', 'expected {"headline": …, "text": …}, found number'],
    ]);
    expect(problems(one({ start_date: '2024' }))).toEqual([
      [
        '$.events[0].start_date',
        'type',
        'expected a date object such as {"year": "2024", "month": "6"}, found string',
      ],
    ]);
  });

  it('requires a start date, and a month beside a day', () => {
    expect(problems(one({}))).toEqual([
      ['$.events[0].start_date', 'required', 'is missing: every event needs a start date'],
    ]);
    expect(problems(one({ start_date: { year: '2024', day: '5' } }))).toEqual([
      ['$.events[0].start_date.month', 'required', 'is missing: a date with a day needs a month'],
    ]);
    // An end date with only a day is no empty end date: its year is missing.
    expect(problems(one({ start_date: START, end_date: { year: '', month: '', day: '5' } }))).toEqual([
      ['$.events[0].end_date.year', 'required', 'is missing: a date needs at least a year'],
    ]);
  });

  it('points a part that is no whole number at that part, and says nothing more of the date', () => {
    const found = 'expected a whole number (a number or a string of digits), found "x"';
    expect(problems(one({ start_date: { year: '2024', month: 'x' } }))).toEqual([
      ['$.events[0].start_date.month', 'type', found],
    ]);
    expect(problems(one({ start_date: { year: '2024', month: '1', day: 'x' } }))).toEqual([
      ['$.events[0].start_date.day', 'type', found],
    ]);
  });

  it('names a headline that is no string, and a group that is none', () => {
    expect(problems(one({ start_date: START, text: { headline: 5 } }))).toEqual([
      ['$.events[0].text.headline', 'type', 'expected a string of text or HTML, found number'],
    ]);
    expect(problems(one({ start_date: START, group: 5 }))).toEqual([
      ['$.events[0].group', 'type', 'expected a string, found number'],
    ]);
  });

  it('refuses a text longer than an article before reading it, and one as long by its length as text', () => {
    const max = LIMITS.articleChars;
    const over = problems(one({ start_date: START, text: { text: 'a'.repeat(max + 1) } }));
    expect(over).toEqual([
      ['$.events[0].text.text', 'too-long', `is ${max + 1} characters long; at most ${max} allowed`],
    ]);
    const at = problems(one({ start_date: START, text: { text: 'a'.repeat(max) } }));
    expect(at).toEqual([
      [
        '$.events[0].text.text',
        'too-long',
        `is ${max} characters long as text; at most ${LIMITS.textChars} allowed`,
      ],
    ]);
  });
});

describe('TimelineJS import: what it takes as absent, and what it makes', () => {
  const event = (r: Result) => {
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.dataset.events[0]!;
  };

  it('takes null parts, a null end date, a null text and a null headline as absent', () => {
    expect(event(one({ start_date: { year: '2024', month: null, day: '  ' } })).start).toBe('2024');
    expect(event(one({ start_date: START, end_date: null }))).not.toHaveProperty('end');
    const untitled = event(one({ start_date: START, text: null }));
    expect(untitled.title).toEqual({ ar: '(بلا عنوان)', en: '(untitled)' });
    expect(untitled.summary).toEqual(untitled.title);
    expect(event(one({ start_date: START, text: { headline: null, text: 'نص' } })).title.ar).toBe('نص');
  });

  it('makes a headline of several lines one line', () => {
    expect(event(one({ start_date: START, text: { headline: 'اتصال<br>هاتفي' } })).title.ar).toBe(
      'اتصال هاتفي',
    );
  });

  it('reads a lane name given as a string group, with no problem', () => {
    const r = one({ start_date: START, group: 'Diplomacy' });
    expect(problems(r)).toEqual([]);
    expect(event(r).kind).toBe('diplomacy');
  });

  it('drops an end on the start’s day, or the same once both are written at the coarser precision', () => {
    const same = event(one({ start_date: START, end_date: START }));
    expect(same).not.toHaveProperty('end');
    expect(same.start).toBe('2024-05-01');
    const coarse = event(one({ start_date: START, end_date: { year: '2024', month: '5' } }));
    expect([coarse.start, coarse.precision]).toEqual(['2024-05', 'month']);
    expect(coarse).not.toHaveProperty('end');
  });

  it('makes an id past one a slide took as its own, so no two events share one', () => {
    const r = importTimelineJs({
      events: [{ start_date: START, unique_id: 'tl-2' }, { start_date: START }],
    });
    expect(r.ok && r.dataset.events.map((e) => e.id)).toEqual(['tl-2', 'tl-4']);
  });

  it('knows every lane by its English and its Arabic name', () => {
    for (const kind of BUNDLED_KINDS) {
      expect(kindOfGroup(kind.name.en)?.id).toBe(kind.id);
      expect(kindOfGroup(kind.name.ar)?.id).toBe(kind.id);
    }
    // Written out, so that a name emptied or changed is seen.
    expect(BUNDLED_KINDS.map((k) => k.name)).toEqual([
      { ar: 'اتصالات وزيرَي الدفاع', en: "Defence ministers' calls" },
      { ar: 'دبلوماسية', en: 'Diplomacy' },
      { ar: 'تصريحات وتحذيرات', en: 'Statements and warnings' },
      { ar: 'أحداث عسكرية', en: 'Military events' },
      { ar: 'السياسة الأميركية', en: 'US politics' },
      { ar: 'محطات مرجعية', en: 'Reference points' },
    ]);
  });
});

describe('TimelineJS export: the slide, word for word', () => {
  const QUOTE = 'أجرى الوزير أوستن، الثلاثاء، اتصالاً هاتفياً مع نظيره.';

  it('writes an Arabic slide: the summary, the outlet in bold and each quote, all right-to-left', () => {
    const slide = exportTimelineJs(miniDataset(), 'ar').events[0]!;
    expect(slide.text.text).toBe(
      `<p dir="rtl" lang="ar">اتصال هاتفي</p><p><strong dir="rtl" lang="ar">المصدر أ</strong></p><blockquote dir="rtl" lang="ar">${QUOTE}</blockquote>`,
    );
    expect(slide.group).toBe('اتصالات وزيرَي الدفاع');
  });

  it('writes an English slide with each Arabic quote followed by its marked rendering', () => {
    const slide = exportTimelineJs(miniDataset(), 'en').events[0]!;
    expect(slide.text).toStrictEqual({
      headline: 'Call',
      text: `<p lang="en">A phone call</p><p><strong lang="en">Source A</strong></p><blockquote dir="rtl" lang="ar">${QUOTE}</blockquote><p lang="en"><em>English rendering:</em> Minister Austin, on Tuesday, made a phone call with his counterpart.</p>`,
    });
    expect(slide.group).toBe('Defence ministers&#39; calls');
    expect(slide.start_date).toStrictEqual({ year: '2024', month: '6', day: '25' });
  });

  it('names a source the dataset does not list by its id', () => {
    const d = { ...miniDataset(), sources: [] };
    expect(exportTimelineJs(d, 'en').events[0]!.text.text).toContain(
      '<p><strong lang="en">src-a</strong></p>',
    );
  });

  it('writes a year alone with no month or day keys', () => {
    const d = miniDataset();
    const ev = { ...d.events[0]!, start: '2023', precision: 'year' as const };
    expect(exportTimelineJs({ ...d, events: [ev] }, 'en').events[0]!.start_date).toStrictEqual({
      year: '2023',
    });
  });
});
