import { describe, expect, it } from 'vitest';
import { parseDataset, type Problem } from '../../src/data';
import { miniJson } from '../fixtures/mini-dataset';

/**
 * The fixture with a second source telling the first event, a second claim, and one briefing that
 * names everything there is to name: the base every case breaks once.
 */
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
      subtitle: { ar: 'إحاطة', en: 'A briefing' },
      notes: { ar: 'ملاحظة', en: 'A note' },
      items: [
        {
          event: 'call-2024-06-25',
          sources: ['src-b', 'src-a'],
          quotes: [{ source: 'src-a', start: q.start, end: q.end }],
          claims: ['tuesday', 'call-made'],
          notes: { ar: 'قل هذا', en: 'Say this' },
        },
        { event: 'call-2023-03-15' },
      ],
    },
  ];
  return d;
}

function problemsOf(mutate: (d: Record<string, any>) => void): [string, string][] {
  const d = withBriefing();
  mutate(d);
  const r = parseDataset(d);
  return r.ok ? [] : r.problems.map((p: Problem) => [p.path, p.code]);
}

const item = (d: Record<string, any>): Record<string, any> => d.briefings[0].items[0];

describe('briefings in the dataset', () => {
  it('accepts a briefing that names what the dataset holds, and keeps it', () => {
    const r = parseDataset(withBriefing());
    expect(r.ok).toBe(true);
    expect(r.ok && r.dataset.briefings?.[0]?.items).toHaveLength(2);
    expect(r.ok && r.dataset.version).toBe(2);
  });

  it('refuses an item whose event does not exist', () => {
    expect(problemsOf((d) => (item(d).event = 'call-1999'))).toEqual([
      ['$.briefings[0].items[0].event', 'dangling-reference'],
    ]);
  });

  it('refuses a source that does not tell the event', () => {
    expect(problemsOf((d) => (d.briefings[0].items[1].sources = ['src-b']))).toEqual([
      ['$.briefings[0].items[1].sources[0]', 'dangling-reference'],
    ]);
    expect(problemsOf((d) => (item(d).sources = ['src-z']))).toContainEqual([
      '$.briefings[0].items[0].sources[0]',
      'dangling-reference',
    ]);
  });

  it('takes a quote only at exactly one of that source’s quotes for the event', () => {
    const shift = (by: 'start' | 'end', n: number) => (d: Record<string, any>) => {
      item(d).quotes[0][by] += n;
    };
    expect(problemsOf(shift('start', 1))).toEqual([
      ['$.briefings[0].items[0].quotes[0]', 'dangling-reference'],
    ]);
    expect(problemsOf(shift('end', -1))).toEqual([
      ['$.briefings[0].items[0].quotes[0]', 'dangling-reference'],
    ]);
    // The same words of the other event's quote are not this event's.
    expect(
      problemsOf((d) => {
        const other = d.events[1].accounts[0].quotes[0];
        item(d).quotes = [{ source: 'src-a', start: other.start, end: other.end }];
      }),
    ).toEqual([['$.briefings[0].items[0].quotes[0]', 'dangling-reference']]);
    // A quote of a source that does not tell the event, or one the item does not show.
    expect(
      problemsOf((d) => (d.briefings[0].items[1].quotes = [{ source: 'src-b', start: 0, end: 5 }])),
    ).toEqual([['$.briefings[0].items[1].quotes[0].source', 'dangling-reference']]);
    expect(problemsOf((d) => (item(d).sources = ['src-b']))).toEqual([
      ['$.briefings[0].items[0].quotes[0].source', 'dangling-reference'],
    ]);
  });

  it('refuses a claim of another event', () => {
    expect(problemsOf((d) => (d.briefings[0].items[1].claims = ['call-made']))).toEqual([
      ['$.briefings[0].items[1].claims[0]', 'dangling-reference'],
    ]);
  });

  it('wants ids unique and nothing listed twice', () => {
    expect(problemsOf((d) => d.briefings.push(structuredClone(d.briefings[0])))).toEqual([
      ['$.briefings[1]', 'duplicate-id'],
    ]);
    expect(problemsOf((d) => d.briefings[0].items.push({ event: 'call-2023-03-15' }))).toEqual([
      ['$.briefings[0].items[2]', 'duplicate-id'],
    ]);
    expect(problemsOf((d) => item(d).sources.push('src-a'))).toEqual([
      ['$.briefings[0].items[0].sources[2]', 'duplicate-id'],
    ]);
    expect(problemsOf((d) => item(d).quotes.push({ ...item(d).quotes[0] }))).toEqual([
      ['$.briefings[0].items[0].quotes[1]', 'duplicate-id'],
    ]);
    expect(problemsOf((d) => item(d).claims.push('tuesday'))).toEqual([
      ['$.briefings[0].items[0].claims[2]', 'duplicate-id'],
    ]);
  });

  it('wants at least one item; an empty choice of quotes or claims is a choice', () => {
    expect(problemsOf((d) => (d.briefings[0].items = []))).toEqual([['$.briefings[0].items', 'empty']]);
    expect(problemsOf((d) => (d.briefings = []))).toEqual([]);
    expect(
      problemsOf((d) => {
        item(d).quotes = [];
        item(d).claims = [];
      }),
    ).toEqual([]);
  });

  it('wants every text in both languages, not blank', () => {
    expect(
      problemsOf((d) => {
        d.briefings[0].title.en = '';
        delete d.briefings[0].subtitle.ar;
        d.briefings[0].notes.ar = ' \u200b ';
        item(d).notes.en = '';
      }),
    ).toEqual([
      ['$.briefings[0].title.en', 'empty'],
      ['$.briefings[0].items[0].notes.en', 'empty'],
      ['$.briefings[0].subtitle.ar', 'required'],
      ['$.briefings[0].notes.ar', 'empty'],
    ]);
    // Notes may run over several lines; a title may not.
    expect(problemsOf((d) => (item(d).notes.en = 'First.\nThen.'))).toEqual([]);
    expect(problemsOf((d) => (d.briefings[0].title.ar = 'سطر\nآخر'))).toEqual([
      ['$.briefings[0].title.ar', 'control-character'],
    ]);
  });

  it('refuses unknown fields in a briefing or an item', () => {
    expect(problemsOf((d) => (item(d).html = '<b>x</b>'))).toEqual([
      ['$.briefings[0].items[0].html', 'unknown-field'],
    ]);
  });
});

describe('the format version', () => {
  it('reads a version 1 file as version 2', () => {
    const d = miniJson();
    d.version = 1;
    const r = parseDataset(d);
    expect(r.ok && r.dataset.version).toBe(2);
  });

  it('refuses briefings or claim variants in a file that says version 1, and unknown versions', () => {
    expect(problemsOf((d) => (d.version = 1))).toEqual([['$.briefings', 'unsupported-format']]);
    expect(
      problemsOf((d) => {
        d.version = 1;
        delete d.briefings;
        d.events[0].claims[1].variantOf = 'call-made';
      }),
    ).toEqual([['$.events[0].claims[1].variantOf', 'unsupported-format']]);
    expect(problemsOf((d) => (d.version = 3))).toEqual([['$.version', 'unsupported-format']]);
  });
});

describe('claim variants', () => {
  const variant = (of: string, extra?: (d: Record<string, any>) => void) => (d: Record<string, any>) => {
    d.events[0].claims[1].variantOf = of;
    extra?.(d);
  };

  it('accept a variant of a claim of the same event', () => {
    expect(problemsOf(variant('call-made'))).toEqual([]);
  });

  it('refuse a variant of a missing claim, of itself, or of another event’s claim', () => {
    const path = '$.events[0].claims[1].variantOf';
    expect(problemsOf(variant('no-such'))).toEqual([[path, 'dangling-reference']]);
    expect(problemsOf(variant('tuesday'))).toEqual([[path, 'dangling-reference']]);
    expect(
      problemsOf(
        variant('other', (d) => d.events[1].claims.push({ id: 'other', text: { ar: 'آخر', en: 'Other' } })),
      ),
    ).toEqual([[path, 'dangling-reference']]);
  });

  it('refuse chains deeper than one, and so cycles', () => {
    const third = (d: Record<string, any>) =>
      d.events[0].claims.push({ id: 'third', text: { ar: 'ثالث', en: 'Third' }, variantOf: 'tuesday' });
    // third → tuesday → call-made: a chain of two.
    expect(problemsOf(variant('call-made', third))).toEqual([
      ['$.events[0].claims[2].variantOf', 'dangling-reference'],
    ]);
    // tuesday ↔ call-made: a cycle.
    expect(problemsOf(variant('call-made', (d) => (d.events[0].claims[0].variantOf = 'tuesday')))).toEqual([
      ['$.events[0].claims[0].variantOf', 'dangling-reference'],
      ['$.events[0].claims[1].variantOf', 'dangling-reference'],
    ]);
  });
});
