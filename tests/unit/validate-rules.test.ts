/**
 * The dataset's rules beyond its shape, one at a time, at their edges: a span of one character and of
 * none, one that ends at the article's last character and one past it; out-of-scope parts on whole
 * lines; dates at the event's precision and ends after starts; references that resolve; and each
 * problem's path and words, which is what a person fixing the file reads.
 */
import { describe, expect, it } from 'vitest';
import { parseDataset, validateDataset, type Problem } from '../../src/data';
import { MINI_TEXT, miniDataset, miniJson } from '../fixtures/mini-dataset';

/** The problems of the small dataset after `mutate`, as `path [code] message` lines. */
function problemsOf(mutate: (d: Record<string, any>) => void): string[] {
  const d = miniJson();
  mutate(d);
  const r = parseDataset(d);
  return r.ok ? [] : r.problems.map((p: Problem) => `${p.path} [${p.code}] ${p.message}`);
}

const LINE_3 = MINI_TEXT.indexOf('اقرأ');
const END = MINI_TEXT.length;
const credit = (start: number, end: number, text = MINI_TEXT.slice(start, end)) => ({
  start,
  end,
  text,
  name: { ar: 'س', en: 'S' },
  role: 'cited',
});

describe('spans', () => {
  it('take one character, and refuse none, with both offsets named', () => {
    expect(problemsOf((d) => d.sources[0].credits.push(credit(0, 1)))).toEqual([]);
    expect(problemsOf((d) => d.sources[0].credits.push(credit(5, 5, 'x')))).toEqual([
      '$.sources[0].credits[0] [offset-range] end (5) must be after start (5)',
    ]);
    expect(problemsOf((d) => d.sources[0].credits.push(credit(6, 5, 'x')))).toEqual([
      '$.sources[0].credits[0] [offset-range] end (5) must be after start (6)',
    ]);
  });

  it('may end at the article’s last character, and not one past it', () => {
    expect(problemsOf((d) => d.sources[0].credits.push(credit(LINE_3, END)))).toEqual([]);
    expect(problemsOf((d) => d.sources[0].credits.push(credit(LINE_3, END + 1, 'x')))).toEqual([
      `$.sources[0].credits[0].end [offset-range] end ${END + 1} is past the end of the article (${END} characters)`,
    ]);
  });

  it('must hold the article’s exact text, and say what it reads (its first 80 characters)', () => {
    expect(problemsOf((d) => d.sources[0].credits.push(credit(0, 5, 'xxxxx')))).toEqual([
      `$.sources[0].credits[0].text [quote-mismatch] is not the article's text at 0–5, which reads ${JSON.stringify(MINI_TEXT.slice(0, 5))}`,
    ]);
    const long = problemsOf((d) => d.sources[0].credits.push(credit(0, 100, 'x'.repeat(100))));
    expect(long).toEqual([
      `$.sources[0].credits[0].text [quote-mismatch] is not the article's text at 0–100, which reads ${JSON.stringify(MINI_TEXT.slice(0, 80))}`,
    ]);
  });

  it('start and end between characters, never between the halves of a surrogate pair', () => {
    const withEmoji = (c: ReturnType<typeof credit>) =>
      problemsOf((d) => {
        d.sources[0].text = `${MINI_TEXT}\n😀`;
        d.sources[0].credits.push(c);
      });
    expect(withEmoji(credit(END + 1, END + 3, '😀'))).toEqual([]);
    expect(withEmoji(credit(END + 1, END + 2, '\uD83D'))).toEqual([
      `$.sources[0].credits[0].end [offset-range] ${END + 2} falls inside a character (between the halves of a surrogate pair)`,
    ]);
    expect(withEmoji(credit(END + 2, END + 3, 'x'))).toEqual([
      `$.sources[0].credits[0].start [offset-range] ${END + 2} falls inside a character (between the halves of a surrogate pair)`,
    ]);
  });

  it('check a headline’s context even when it gives no text', () => {
    expect(problemsOf((d) => (d.sources[0].headline.suffix = 'zz'))).toEqual([
      `$.sources[0].headline.suffix [context-mismatch] is not the article's text after ${MINI_TEXT.indexOf('\n')}, which reads "\\nأ"; run npm run data:anchor`,
    ]);
    expect(problemsOf((d) => (d.sources[0].headline = { start: 3, end: 3 }))).toEqual([
      '$.sources[0].headline [offset-range] end (3) must be after start (3)',
    ]);
    expect(problemsOf((d) => (d.sources[0].headline.text = 'x'))).toEqual([
      expect.stringMatching(/^\$\.sources\[0\]\.headline\.text \[quote-mismatch\]/) as string,
    ]);
  });
});

describe('out-of-scope parts', () => {
  it('lie on whole lines: from the article’s start or a line’s, to its end or a line’s', () => {
    const firstLine = { start: 0, end: MINI_TEXT.indexOf('\n'), kind: 'site-furniture' };
    expect(problemsOf((d) => d.sources[0].outOfScope.unshift(firstLine))).toEqual([]);
    expect(problemsOf((d) => (d.sources[0].outOfScope[0].start = LINE_3 + 1))).toEqual([
      `$.sources[0].outOfScope[0].start [offset-range] ${LINE_3 + 1} is not at the start of a line`,
    ]);
    expect(problemsOf((d) => (d.sources[0].outOfScope[0].end = END - 1))).toEqual([
      `$.sources[0].outOfScope[0].end [offset-range] ${END - 1} is not at the end of a line`,
    ]);
  });

  it('must not overlap, nor hold a text other than the article’s', () => {
    expect(problemsOf((d) => d.sources[0].outOfScope.push({ ...d.sources[0].outOfScope[0] }))).toEqual([
      '$.sources[0].outOfScope[1] [overlap] overlaps outOfScope[0]',
    ]);
    expect(problemsOf((d) => (d.sources[0].outOfScope[0].text = 'x'))).toEqual([
      expect.stringMatching(/^\$\.sources\[0\]\.outOfScope\[0\]\.text \[quote-mismatch\]/) as string,
    ]);
    expect(problemsOf((d) => Object.assign(d.sources[0].outOfScope[0], { end: END + 1, text: 'x' }))).toEqual(
      [
        `$.sources[0].outOfScope[0].end [offset-range] end ${END + 1} is past the end of the article (${END} characters)`,
      ],
    );
    expect(problemsOf((d) => (d.sources[0].outOfScope[0].end = END + 1))).toEqual([
      `$.sources[0].outOfScope[0].end [offset-range] end ${END + 1} is past the end of the article (${END} characters)`,
    ]);
  });

  it('hold no quote', () => {
    expect(
      problemsOf((d) => {
        const q = d.events[1].accounts[0].quotes[0];
        Object.assign(q, { start: LINE_3, end: LINE_3 + 4, text: MINI_TEXT.slice(LINE_3, LINE_3 + 4) });
      }),
    ).toEqual([
      "$.events[1].accounts[0].quotes[0] [overlap] lies in the article's out-of-scope part (sources: src-a, outOfScope[0])",
    ]);
  });
});

describe('publication dates', () => {
  it('are null exactly when unknown, and say how they are known unless stated', () => {
    expect(problemsOf((d) => (d.sources[0].publishedBasis = 'unknown'))).toEqual([
      '$.sources[0].published [date-basis] must be null when publishedBasis is "unknown"',
      '$.sources[0].publishedNote [required] must say how the date is known when publishedBasis is "unknown"',
    ]);
    expect(
      problemsOf((d) => {
        d.sources[0].published = null;
        d.sources[0].publishedNote = { ar: 'س', en: 'S' };
        d.events[0].basis = 'stated';
      }),
    ).toEqual(['$.sources[0].published [date-basis] is null but publishedBasis is "stated"']);
    expect(
      problemsOf((d) => {
        Object.assign(d.sources[0], { published: null, publishedBasis: 'unknown', publishedNote: d.title });
        d.events[0].basis = 'stated';
      }),
    ).toEqual([]);
  });
});

describe('events', () => {
  it('write dates at their precision', () => {
    expect(problemsOf((d) => (d.events[1].start = '2023-03'))).toEqual([
      '$.events[1].start [date] "2023-03" is written at month precision but precision is "day"',
    ]);
  });

  it('end after they start: the next day passes, the same day does not', () => {
    expect(problemsOf((d) => (d.events[1].end = '2023-03-16'))).toEqual([]);
    expect(problemsOf((d) => (d.events[1].end = '2023-03-15'))).toEqual([
      '$.events[1].end [date-order] "2023-03-15" must be after start "2023-03-15"',
    ]);
    expect(problemsOf((d) => (d.events[1].end = '2023-02'))).toEqual([
      '$.events[1].end [date] "2023-02" is written at month precision but precision is "day"',
    ]);
  });

  it('name each id once', () => {
    expect(problemsOf((d) => d.sources.push({ ...d.sources[0] }))).toEqual([
      '$.sources[1].id [duplicate-id] Source id "src-a" is used more than once',
    ]);
    expect(problemsOf((d) => (d.events[1].id = d.events[0].id))).toEqual([
      '$.events[1].id [duplicate-id] Event id "call-2024-06-25" is used more than once',
    ]);
    expect(problemsOf((d) => d.entities.push({ ...d.entities[0] }))).toEqual([
      '$.entities[1].id [duplicate-id] Entity id "austin" is used more than once',
    ]);
    expect(problemsOf((d) => d.entities[0].aliases.push('أوستن'))).toEqual([
      '$.entities[0].aliases[1] [duplicate-id] alias "أوستن" is listed twice',
    ]);
    expect(problemsOf((d) => d.events[0].claims.push({ ...d.events[0].claims[0] }))).toEqual([
      '$.events[0].claims[1].id [duplicate-id] Claim id "call-made" is used more than once',
    ]);
  });

  it('name what a dangling reference names', () => {
    expect(
      problemsOf((d) => {
        d.events[0].claims[0].by = 'ghost';
        d.events[0].accounts[0].quotes[0].claims.push('none');
        d.events[1].accounts[0].source = 'src-z';
      }),
    ).toEqual([
      '$.events[0].claims[0].by [dangling-reference] no entity has id "ghost"',
      '$.events[0].accounts[0].quotes[0].claims[1] [dangling-reference] event "call-2024-06-25" has no claim "none"',
      '$.events[1].accounts[0].source [dangling-reference] no source has id "src-z"',
    ]);
  });

  it('take one account per source, each with a quote, and quotes side by side but not overlapping', () => {
    expect(problemsOf((d) => d.events[1].accounts.push({ ...d.events[1].accounts[0] }))).toEqual([
      '$.events[1].accounts[1].source [duplicate-id] source "src-a" has two accounts of this event; merge them',
    ]);
    expect(problemsOf((d) => (d.events[1].accounts[0].quotes = []))).toEqual([
      '$.events[1].accounts[0].quotes [empty] an account needs at least one quote',
    ]);
    const split = (d: Record<string, any>, cut: number): void => {
      const q = d.events[1].accounts[0].quotes[0];
      const first = { ...q, end: q.start + cut, text: MINI_TEXT.slice(q.start, q.start + cut) };
      const second = { ...q, start: q.start + 4, text: MINI_TEXT.slice(q.start + 4, q.end) };
      d.events[1].accounts[0].quotes = [first, second];
    };
    expect(problemsOf((d) => split(d, 4))).toEqual([]);
    expect(
      problemsOf((d) => {
        split(d, 4);
        d.events[1].accounts[0].quotes.reverse();
      }),
    ).toEqual([]);
    expect(problemsOf((d) => split(d, 5))).toEqual([
      '$.events[1].accounts[0].quotes[1] [overlap] overlaps quotes[0] of the same account',
    ]);
  });
});

describe('claim variants', () => {
  const claim = (id: string, variantOf?: string) => ({
    id,
    text: { ar: 'س', en: 'S' },
    ...(variantOf === undefined ? {} : { variantOf }),
  });
  const withClaims = (...claims: ReturnType<typeof claim>[]) =>
    problemsOf((d) => {
      d.events[0].claims.push(...claims);
      d.events[0].accounts[0].quotes[0].claims.push(...claims.map((c) => c.id));
    });

  it('name another claim of the event, which is no variant itself', () => {
    expect(withClaims(claim('v', 'call-made'))).toEqual([]);
    expect(withClaims(claim('v', 'v'))).toEqual([
      '$.events[0].claims[1].variantOf [dangling-reference] claim "v" cannot be a variant of itself',
    ]);
    expect(withClaims(claim('v', 'nothing'))).toEqual([
      '$.events[0].claims[1].variantOf [dangling-reference] event "call-2024-06-25" has no claim "nothing"',
    ]);
    expect(withClaims(claim('v', 'call-made'), claim('w', 'v'))).toEqual([
      '$.events[0].claims[2].variantOf [dangling-reference] "v" is itself a variant (of "call-made"): name the claim it is a variant of',
    ]);
  });
});

describe('rules the schema already guards, checked again for data handed over directly', () => {
  const lines = (d: ReturnType<typeof miniDataset>): string[] =>
    validateDataset(d).map((p) => `${p.path} [${p.code}] ${p.message}`);

  it('name a publication day or event date no calendar has, and compare no order with it', () => {
    const d = miniDataset();
    Object.assign(d.sources[0]!, { published: '2023-02-29' });
    Object.assign(d.events[1]!, { start: '2023-02-30', end: '2023-03-02' });
    Object.assign(d.events[0]!, { basis: 'stated', end: '2024-02-30' });
    expect(lines(d)).toEqual([
      '$.sources[0].published [date] "2023-02-29" is not a real day',
      '$.events[0].end [date] "2024-02-30" is not a real date',
      '$.events[1].start [date] "2023-02-30" is not a real date',
    ]);
  });
});

describe('version 1 files', () => {
  it('hold neither briefings nor claim variants', () => {
    const d = miniDataset();
    const v1 = {
      ...d,
      briefings: [],
      events: [
        { ...d.events[0]!, claims: [{ ...d.events[0]!.claims[0]!, variantOf: d.events[0]!.claims[0]!.id }] },
      ],
    };
    expect(validateDataset(v1, undefined, 1).map((p) => `${p.path} [${p.code}]`)).toEqual([
      '$.events[0].claims[0].variantOf [dangling-reference]',
      '$.briefings [unsupported-format]',
      '$.events[0].claims[0].variantOf [unsupported-format]',
    ]);
  });
});

it('checks briefings against the events they name', () => {
  const d = miniDataset();
  const briefing = { id: 'b', title: d.title, items: [{ event: 'nothing' }] };
  expect(
    validateDataset({ ...d, briefings: [briefing] } as never).map(
      (p) => `${p.path} [${p.code}] ${p.message}`,
    ),
  ).toEqual(['$.briefings[0].items[0].event [dangling-reference] no event has id "nothing"']);
});
