import { describe, expect, it } from 'vitest';
import { parseDataset, type Problem } from '../../src/data';
import { miniJson } from '../fixtures/mini-dataset';

function problemsOf(mutate: (d: Record<string, any>) => void): [string, string][] {
  const d = miniJson();
  mutate(d);
  const r = parseDataset(d);
  return r.ok ? [] : r.problems.map((p: Problem) => [p.path, p.code]);
}

const wire = (extra: Record<string, unknown> = {}) => ({
  origin: 'reuters',
  name: { ar: 'رويترز', en: 'Reuters' },
  basis: 'inferred',
  note: { ar: 'صياغة مشتركة', en: 'shared wording' },
  ...extra,
});

describe('provenance rules', () => {
  it('accepts a dataset without provenance and one with an anchored credit', () => {
    expect(problemsOf(() => {})).toEqual([]);
    expect(
      problemsOf((d) => {
        d.sources[0].restsOn = [
          wire({ basis: 'credited', extent: 'whole', anchor: { start: 31, end: 36, text: 'أوستن' } }),
        ];
        d.sources[0].credits.push({
          start: 31,
          end: 36,
          text: 'أوستن',
          name: { ar: 'أ', en: 'A' },
          role: 'photo',
          note: { ar: 'صورة', en: 'photo' },
        });
      }),
    ).toEqual([]);
  });

  it('requires the crediting words of a credited report, and their exact slice', () => {
    expect(problemsOf((d) => (d.sources[0].restsOn = [wire({ basis: 'credited' })]))).toEqual([
      ['$.sources[0].restsOn[0].anchor', 'required'],
    ]);
    // One hamza seat for another at the same offsets: same length, different text.
    expect(
      problemsOf((d) => (d.sources[0].restsOn = [wire({ anchor: { start: 31, end: 36, text: 'اوستن' } })])),
    ).toEqual([['$.sources[0].restsOn[0].anchor.text', 'quote-mismatch']]);
    expect(
      problemsOf((d) => (d.sources[0].restsOn = [wire({ anchor: { start: 31, end: 9999, text: 'x' } })])),
    ).toEqual([['$.sources[0].restsOn[0].anchor', 'offset-range']]);
  });

  it('checks a passage’s provenance against its own article', () => {
    expect(
      problemsOf(
        (d) =>
          (d.events[0].accounts[0].quotes[0].restsOn = [
            wire({ basis: 'credited', anchor: { start: 32, end: 36, text: 'أوستن' } }),
          ]),
      ),
    ).toEqual([['$.events[0].accounts[0].quotes[0].restsOn[0].anchor.text', 'quote-mismatch']]);
  });

  it('refuses a chain through a report the text does not rest on, and an origin listed twice', () => {
    expect(problemsOf((d) => (d.sources[0].restsOn = [wire({ via: 'alhurra' })]))).toEqual([
      ['$.sources[0].restsOn[0].via', 'dangling-reference'],
    ]);
    expect(problemsOf((d) => (d.sources[0].restsOn = [wire(), wire()]))).toEqual([
      ['$.sources[0].restsOn[1].origin', 'duplicate-id'],
    ]);
  });

  it('accepts an unknown origin only as inferred, unanchored and not a chain', () => {
    const unknown = (extra: Record<string, unknown> = {}) =>
      wire({ origin: 'unknown', name: { ar: 'مصدر غير معروف', en: 'an unknown report' }, ...extra });
    expect(problemsOf((d) => (d.events[0].accounts[0].quotes[0].restsOn = [unknown()]))).toEqual([]);
    expect(problemsOf((d) => (d.sources[0].restsOn = [unknown({ basis: 'credited' })]))).toEqual([
      ['$.sources[0].restsOn[0].anchor', 'required'],
      ['$.sources[0].restsOn[0].basis', 'enum'],
    ]);
    expect(problemsOf((d) => (d.sources[0].restsOn = [wire(), unknown({ via: 'reuters' })]))).toEqual([
      ['$.sources[0].restsOn[1].basis', 'enum'],
    ]);
    expect(problemsOf((d) => (d.sources[0].restsOn = [unknown(), wire({ via: 'unknown' })]))).toEqual([
      ['$.sources[0].restsOn[1].via', 'dangling-reference'],
    ]);
    // Inferred, but anchored at words of the text: still refused.
    const anchor = { start: 31, end: 36, text: 'أوستن' };
    expect(problemsOf((d) => (d.sources[0].restsOn = [unknown({ anchor })]))).toEqual([
      ['$.sources[0].restsOn[0].basis', 'enum'],
    ]);
  });

  it('says what is wrong in words', () => {
    const messages = (mutate: (d: Record<string, any>) => void): string[] => {
      const d = miniJson();
      mutate(d);
      const r = parseDataset(d);
      return r.ok ? [] : r.problems.map((p: Problem) => p.message);
    };
    const unknown = wire({ origin: 'unknown', name: { ar: 'غير معروف', en: 'unknown' } });
    expect(messages((d) => (d.sources[0].restsOn = [wire(), wire()]))).toEqual([
      'origin "reuters" is listed twice; merge the entries',
    ]);
    expect(messages((d) => (d.sources[0].restsOn = [{ ...unknown, via: 'reuters' }, wire()]))).toEqual([
      'an unknown origin is inferred, with no crediting words and no report it came through',
    ]);
    expect(messages((d) => (d.sources[0].restsOn = [unknown, wire({ via: 'unknown' })]))).toEqual([
      'no report can be said to come through an unknown origin',
    ]);
  });

  it('refuses an unknown credit role and an unknown provenance basis', () => {
    expect(
      problemsOf((d) =>
        d.sources[0].credits.push({
          start: 31,
          end: 36,
          text: 'أوستن',
          name: { ar: 'أ', en: 'A' },
          role: 'x',
        }),
      ),
    ).toEqual([['$.sources[0].credits[0].role', 'enum']]);
    expect(problemsOf((d) => (d.sources[0].restsOn = [wire({ basis: 'guessed' })]))).toEqual([
      ['$.sources[0].restsOn[0].basis', 'enum'],
    ]);
  });

  it('says what is wrong in words, and where', () => {
    const d = miniJson();
    d.sources[0].restsOn = [
      wire({ basis: 'credited' }),
      { ...wire({ via: 'ghost' }), origin: 'afp' },
      { ...wire({ anchor: { start: 31, end: 31, text: 'x' } }), origin: 'ap' },
      { ...wire({ anchor: { start: 31, end: 36, text: 'اوستن' } }), origin: 'upi' },
    ];
    const r = parseDataset(d);
    const messages = r.ok ? [] : r.problems.map((p) => p.message);
    expect(messages).toEqual([
      'a credited report needs the words that credit it',
      '"ghost" is not another report this text rests on',
      '31–31 is not a range of the article',
      `is not the article's text at 31–36, which reads "أوستن"`,
    ]);
  });

  it('accepts an anchor that ends the article, and refuses a report relayed through itself', () => {
    const d = miniJson();
    const text: string = d.sources[0].text;
    const last = text.slice(-5);
    d.sources[0].restsOn = [wire({ anchor: { start: text.length - 5, end: text.length, text: last } })];
    expect(parseDataset(d).ok).toBe(true);
    expect(problemsOf((x) => (x.sources[0].restsOn = [wire({ via: 'reuters' })]))).toEqual([
      ['$.sources[0].restsOn[0].via', 'dangling-reference'],
    ]);
  });

  it('lets a passage name, as the report it came through, one its whole source rests on', () => {
    expect(
      problemsOf((d) => {
        d.sources[0].restsOn = [{ ...wire(), origin: 'alhurra', extent: 'whole' }];
        d.events[0].accounts[0].quotes[0].restsOn = [wire({ via: 'alhurra' })];
      }),
    ).toEqual([]);
    expect(
      problemsOf((d) => {
        d.events[0].accounts[0].quotes[0].restsOn = [wire({ via: 'alhurra' })];
      }),
    ).toEqual([['$.events[0].accounts[0].quotes[0].restsOn[0].via', 'dangling-reference']]);
  });

  it('reports a passage of an unknown source once, as a dangling source, not as bad provenance', () => {
    expect(
      problemsOf((d) => {
        d.events[0].accounts[0].source = 'ghost';
        d.events[0].accounts[0].quotes[0].restsOn = [wire({ basis: 'credited' })];
      }),
    ).toEqual([
      ['$.events[0].accounts[0].source', 'dangling-reference'],
      ['$.events[0].basis', 'date-basis'],
    ]);
  });
});
