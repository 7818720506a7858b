import { describe, expect, it } from 'vitest';
import { parseDataset, type Problem } from '../../src/data';
import { miniJson } from '../fixtures/mini-dataset';

/** The fixture with a second source telling the first event and a briefing that names it all. */
function withBriefing(): Record<string, any> {
  const d = miniJson();
  d.sources.push({ ...structuredClone(d.sources[0]), id: 'src-b', file: 'articles/src-b.txt' });
  const call = d.events[0];
  call.claims.push({ id: 'tuesday', text: { ar: 'يوم الثلاثاء', en: 'On Tuesday' } });
  call.accounts.push({ source: 'src-b', quotes: structuredClone(call.accounts[0].quotes) });
  const q = call.accounts[0].quotes[0];
  d.briefings = [
    {
      id: 'calls',
      title: { ar: 'الاتصالات', en: 'The calls' },
      items: [
        {
          event: 'call-2024-06-25',
          sources: ['src-b', 'src-a'],
          quotes: [{ source: 'src-a', start: q.start, end: q.end }],
          claims: ['tuesday', 'call-made'],
        },
        { event: 'call-2023-03-15' },
      ],
    },
  ];
  return d;
}

/** Each problem as path, code and the words the user reads. */
function problemsOf(mutate: (d: Record<string, any>) => void): [string, string, string][] {
  const d = withBriefing();
  mutate(d);
  const r = parseDataset(d);
  return r.ok ? [] : r.problems.map((p: Problem) => [p.path, p.code, p.message]);
}
const item = (d: Record<string, any>): Record<string, any> => d.briefings[0].items[0];
const first = (d: Record<string, any>): Record<string, any> => d.events[0].accounts[0].quotes[0];

describe('what the briefing rules say', () => {
  it('names what is listed twice', () => {
    expect(problemsOf((d) => d.briefings.push(structuredClone(d.briefings[0])))).toEqual([
      ['$.briefings[1]', 'duplicate-id', 'the briefing id "calls" is listed more than once'],
    ]);
    expect(problemsOf((d) => d.briefings[0].items.push({ event: 'call-2023-03-15' }))).toEqual([
      ['$.briefings[0].items[2]', 'duplicate-id', 'the event "call-2023-03-15" is listed more than once'],
    ]);
    expect(problemsOf((d) => item(d).sources.push('src-a'))).toEqual([
      ['$.briefings[0].items[0].sources[2]', 'duplicate-id', 'the source "src-a" is listed more than once'],
    ]);
    expect(problemsOf((d) => item(d).claims.push('tuesday'))).toEqual([
      ['$.briefings[0].items[0].claims[2]', 'duplicate-id', 'the claim "tuesday" is listed more than once'],
    ]);
    const d0 = withBriefing();
    const q = first(d0);
    expect(problemsOf((d) => item(d).quotes.push({ ...item(d).quotes[0] }))).toEqual([
      [
        '$.briefings[0].items[0].quotes[1]',
        'duplicate-id',
        `the quote src-a ${q.start}–${q.end} is listed more than once`,
      ],
    ]);
  });

  it('names the source, the event, the quote and the claim that do not fit', () => {
    expect(problemsOf((d) => (d.briefings[0].items[1].sources = ['src-b']))).toEqual([
      [
        '$.briefings[0].items[1].sources[0]',
        'dangling-reference',
        'source "src-b" does not tell event "call-2023-03-15"',
      ],
    ]);
    expect(
      problemsOf((d) => (d.briefings[0].items[1].quotes = [{ source: 'src-b', start: 0, end: 5 }])),
    ).toEqual([
      [
        '$.briefings[0].items[1].quotes[0].source',
        'dangling-reference',
        'source "src-b" does not tell event "call-2023-03-15"',
      ],
    ]);
    const q = first(withBriefing());
    expect(problemsOf((d) => (item(d).quotes[0].end = q.end - 1))).toEqual([
      [
        '$.briefings[0].items[0].quotes[0]',
        'dangling-reference',
        `is not one of src-a's quotes of event "call-2024-06-25": no quote runs from ${q.start} to ${q.end - 1}`,
      ],
    ]);
    expect(problemsOf((d) => (item(d).sources = ['src-b']))).toEqual([
      [
        '$.briefings[0].items[0].quotes[0].source',
        'dangling-reference',
        'source "src-a" is not among the item\'s sources',
      ],
    ]);
    expect(problemsOf((d) => (item(d).claims = ['no-such']))).toEqual([
      [
        '$.briefings[0].items[0].claims[0]',
        'dangling-reference',
        'event "call-2024-06-25" has no claim "no-such"',
      ],
    ]);
  });

  it('takes a quote that is one of several of its source, and a quote of an item that lists no sources', () => {
    expect(
      problemsOf((d) => {
        const q = first(d);
        const cut = q.start + 5;
        const head = { ...structuredClone(q), end: cut, text: q.text.slice(0, 5) };
        const tail = { ...structuredClone(q), start: cut, text: q.text.slice(5) };
        d.events[0].accounts[0].quotes = [head, tail];
        item(d).quotes = [{ source: 'src-a', start: cut, end: q.end }];
      }),
    ).toEqual([]);
    expect(problemsOf((d) => delete item(d).sources)).toEqual([]);
  });

  it('tells a version 1 file what came with version 2', () => {
    expect(problemsOf((d) => (d.version = 1))).toEqual([
      ['$.briefings', 'unsupported-format', 'briefings came with version 2: set "version": 2'],
    ]);
    expect(
      problemsOf((d) => {
        d.version = 1;
        delete d.briefings;
        d.events[0].claims[1].variantOf = 'call-made';
      }),
    ).toEqual([
      [
        '$.events[0].claims[1].variantOf',
        'unsupported-format',
        'claim variants came with version 2: set "version": 2',
      ],
    ]);
    const outlet = {
      id: 'reuters',
      name: { ar: 'رويترز', en: 'Reuters' },
      country: { ar: 'بريطانيا', en: 'UK' },
      kind: { ar: 'وكالة أنباء', en: 'news agency' },
      note: {
        ar: 'معرفة من خارج المقالات: وكالة أنباء دولية.',
        en: 'Outside knowledge, not from any article: an international news agency.',
      },
      refs: ['https://en.wikipedia.org/wiki/Reuters'],
    };
    expect(problemsOf((d) => (d.outlets = [outlet]))).toEqual([]);
    expect(
      problemsOf((d) => {
        d.version = 1;
        delete d.briefings;
        d.outlets = [outlet];
      }),
    ).toEqual([['$.outlets', 'unsupported-format', 'outlets came with version 2: set "version": 2']]);
  });
});
