/**
 * The checker cannot be fooled: a quote retyped at the same length, an invisible bidi control, or a
 * slice that only looks right are all refused. Quotes are compared here with an independent reading
 * of the article (its UTF-16 code units as bytes), never with the validator's own slice.
 */
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { parseDataset, type Problem } from '../../src/data';
import { loadCorpus } from '../fixtures/corpus';

const corpus = loadCorpus();
const json = (): any => structuredClone(corpus);
const check = (d: unknown): Problem[] => {
  const r = parseDataset(d);
  return r.ok ? [] : [...r.problems];
};

/** The article's code units [start, end) read from its UTF-16LE bytes: independent of String#slice. */
function unitsSlice(text: string, start: number, end: number): string {
  return Buffer.from(text, 'utf16le')
    .subarray(start * 2, end * 2)
    .toString('utf16le');
}

interface Located {
  e: number;
  a: number;
  q: number;
  source: string;
  start: number;
  end: number;
  text: string;
}
const quotes: Located[] = corpus.events.flatMap((ev, e) =>
  ev.accounts.flatMap((acc, a) =>
    acc.quotes.map((q, i) => ({ e, a, q: i, source: acc.source, start: q.start, end: q.end, text: q.text })),
  ),
);
const article = (id: string): string => corpus.sources.find((s) => s.id === id)?.text ?? '';
const quotePath = (l: Located): string => `$.events[${l.e}].accounts[${l.a}].quotes[${l.q}]`;

describe('quotes against an independent slice of their article', () => {
  it('every quote of the corpus is the article’s code units at its offsets, and the validator agrees', () => {
    expect(quotes.length).toBeGreaterThan(90);
    for (const l of quotes) expect(unitsSlice(article(l.source), l.start, l.end), quotePath(l)).toBe(l.text);
    expect(check(json())).toEqual([]);
  });

  it('refuses exactly the quotes whose shifted offsets no longer read their text', () => {
    const d = json();
    const expected: string[] = [];
    quotes.forEach((l, n) => {
      // Shift every third quote by one code unit either way, or widen it: the text stays as it was.
      if (n % 3 !== 0) return;
      const q = d.events[l.e].accounts[l.a].quotes[l.q];
      // A quote that opens its article moves forward (a negative offset is a shape error, not a mismatch).
      const shift = n % 2 === 0 || q.start === 0 ? 1 : -1;
      q.start += shift;
      q.end += shift;
      if (unitsSlice(article(l.source), q.start, q.end) !== l.text) expected.push(`${quotePath(l)}.text`);
    });
    const found = check(d)
      .filter((p) => p.code === 'quote-mismatch')
      .map((p) => p.path);
    expect(expected.length).toBeGreaterThan(20);
    expect(found.sort()).toEqual(expected.sort());
  });
});

describe('a quote retyped at the same length', () => {
  // Each pair: a letter in a real quote, and a look-alike that keeps the quote's length.
  const swaps: [string, string][] = [
    ['أ', 'ا'],
    ['أ', 'إ'],
    ['إ', 'أ'],
    ['آ', 'ا'],
    ['ؤ', 'و'],
    ['ئ', 'ي'],
    ['ة', 'ه'],
    ['ى', 'ي'],
    ['ي', 'ى'],
    ['ه', 'ة'],
  ];
  it.each(swaps)('refuses %s typed as %s at the same offsets', (from, to) => {
    const l = quotes.find((x) => x.text.includes(from));
    expect(l, `a quote with ${from}`).toBeDefined();
    if (l === undefined) return;
    const d = json();
    const q = d.events[l.e].accounts[l.a].quotes[l.q];
    q.text = l.text.replace(from, to);
    expect(q.text.length).toBe(l.text.length);
    expect(check(d).map((p) => [p.path, p.code])).toEqual([[`${quotePath(l)}.text`, 'quote-mismatch']]);
  });

  it('refuses the same retyping in a credit and in a provenance anchor', () => {
    const d = json();
    const s = d.sources.findIndex((x: any) => x.id === 'art-002');
    d.sources[s].credits[0].text = d.sources[s].credits[0].text.replace('ي', 'ى');
    d.sources[s].restsOn[0].anchor.text = d.sources[s].restsOn[0].anchor.text.replace('ر', 'ز');
    expect(check(d).map((p) => [p.path, p.code])).toEqual([
      [`$.sources[${s}].credits[0].text`, 'quote-mismatch'],
      [`$.sources[${s}].restsOn[0].anchor.text`, 'quote-mismatch'],
    ]);
  });
});

describe('bidi isolates', () => {
  const isolates = ['\u2066', '\u2067', '\u2068', '\u2069'];
  it.each(isolates)('refuses U+%s wherever text is shown or counted', (ch) => {
    const code = ch.codePointAt(0)!.toString(16).toUpperCase();
    const l = quotes[0]!;
    // In a quote, even when the article carries the same character at the same place.
    const d = json();
    const q = d.events[l.e].accounts[l.a].quotes[l.q];
    q.text = ch + q.text;
    q.end += 1;
    const s = d.sources.findIndex((x: any) => x.id === l.source);
    d.sources[s].text = d.sources[s].text.slice(0, l.start) + ch + d.sources[s].text.slice(l.start);
    d.events[1].title.en = `x${ch}y`;
    d.entities[0].name.ar = `${ch}أ`;
    const found = check(d)
      .filter((p) => p.code === 'control-character')
      .map((p) => p.path);
    expect(found).toEqual(
      expect.arrayContaining([
        `$.sources[${s}].text`,
        `${quotePath(l)}.text`,
        '$.events[1].title.en',
        '$.entities[0].name.ar',
      ]),
    );
    expect(check(d).find((p) => p.path === `${quotePath(l)}.text`)?.message).toContain(`U+${code}`);
  });
});

describe('spans that are not ranges of the article', () => {
  it('refuses an empty or reversed span and one past the end, as offset problems', () => {
    const l = quotes[0]!;
    const len = article(l.source).length;
    const at = (mutate: (q: any) => void) => {
      const d = json();
      mutate(d.events[l.e].accounts[l.a].quotes[l.q]);
      return check(d).map((p) => [p.path, p.code, p.message]);
    };
    expect(at((q) => (q.end = q.start))).toEqual([
      [quotePath(l), 'offset-range', `end (${l.start}) must be after start (${l.start})`],
    ]);
    expect(at((q) => (q.end = q.start - 1))[0]?.[1]).toBe('offset-range');
    expect(at((q) => (q.end = len + 1)).filter((p) => p[1] === 'offset-range')).toEqual([
      [
        `${quotePath(l)}.end`,
        'offset-range',
        `end ${len + 1} is past the end of the article (${len} characters)`,
      ],
    ]);
  });
});
