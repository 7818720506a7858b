import { describe, expect, it } from 'vitest';
import { applyCommand, checkDraft, eventFromDate, newEventWithQuote, sentenceAround } from '../../src/author';
import { lintCorpus, parseDataset, type Problem } from '../../src/data';
import { analyseDates, derivedDateProblem, derivedReadings, type Dataset } from '../../src/domain';
import { miniJson } from '../fixtures/mini-dataset';

/**
 * The one rule for a derived date (`domain/date-derived.ts`), as the loader, `data:check` and the
 * workbench's "new event from this date" meet it: an event made from an expression passes all three,
 * and a date no reading of its words gives is refused by all three alike.
 */

const HEADLINE = 'خبر للتجربة';

/** A one-article dataset whose only event is dated from `words` in `sentence`, with `fields`. */
function datasetFrom(
  sentence: string,
  published: string,
  words: string,
  pick: (e: ReturnType<typeof analyseDates>[number]) => ReturnType<typeof eventFromDate>,
): Record<string, any> {
  const text = `${HEADLINE}\n${sentence}`;
  const d = miniJson();
  const src = d.sources[0];
  Object.assign(src, { text, published, headline: { start: 0, end: HEADLINE.length }, outOfScope: [] });
  const e = analyseDates(text, published).find((x) => x.text.includes(words));
  if (e === undefined) throw new Error(`no expression holds ${words}`);
  const fields = pick(e);
  if (fields === null) throw new Error('no fields');
  const quote = sentenceAround(text, e);
  const ev = d.events[0];
  Object.assign(ev, { ...fields, id: 'ev' });
  if (fields.end === undefined) delete ev.end;
  ev.accounts[0].quotes = [
    { ...quote, text: text.slice(quote.start, quote.end), en: 'rendering', claims: ['call-made'] },
  ];
  d.events = [ev];
  return d;
}

/** The loader's and the check's problems with the event's basis, apart. */
function verdicts(d: Record<string, any>): { loader: Problem[]; check: Problem[] } {
  const parsed = parseDataset(d);
  const loader = parsed.ok ? [] : parsed.problems.filter((p) => p.code === 'date-basis');
  const check = lintCorpus(d as Dataset).filter((p) => p.code === 'date-basis');
  return { loader, check };
}

describe('one rule for a derived date', () => {
  it('"last Monday" in an article published on a Monday: the Monday before passes the loader and the check', () => {
    const d = datasetFrom('التقى الوزيران يوم الاثنين الماضي في جنيف.', '2024-06-24', 'الاثنين', (e) =>
      eventFromDate(e, { id: 'src-a', published: '2024-06-24' }),
    );
    expect(d.events[0]).toMatchObject({ start: '2024-06-17', basis: 'weekday' });
    expect(parseDataset(d).ok).toBe(true);
    expect(verdicts(d)).toEqual({ loader: [], check: [] });
    // The same day, which the loader once required, is no reading of «الماضي»: both refuse it.
    d.events[0].start = '2024-06-24';
    const both = verdicts(d);
    expect(both.loader.map((p) => p.path)).toEqual(['$.events[0].basis']);
    expect(both.check.map((p) => p.message)).toEqual(both.loader.map((p) => p.message));
    expect(both.check[0]?.message).toContain('"يوم الاثنين الماضي" → 2024-06-17');
  });

  it('a weekday after a future verb with «و» is the next one, and passes both', () => {
    const d = datasetFrom('وسيزور الوزير موسكو يوم الثلاثاء.', '2024-06-26', 'الثلاثاء', (e) =>
      eventFromDate(e, { id: 'src-a', published: '2024-06-26' }),
    );
    expect(d.events[0]).toMatchObject({ start: '2024-07-02', basis: 'weekday' });
    expect(verdicts(d)).toEqual({ loader: [], check: [] });
  });

  it('correcting a misread weekday to the reading the text also allows keeps the basis "weekday"', () => {
    // Read as future (the clause has a future verb); the author knows the meeting was the Thursday before.
    const sentence = 'سيعقد الوزيران اجتماعًا تقرر يوم الخميس.';
    const pub = '2025-10-20';
    const made = datasetFrom(sentence, pub, 'الخميس', (e) =>
      eventFromDate(e, { id: 'src-a', published: pub }),
    );
    expect(made.events[0]).toMatchObject({ start: '2025-10-23', basis: 'weekday' });
    const corrected = datasetFrom(sentence, pub, 'الخميس', (e) =>
      eventFromDate(e, { id: 'src-a', published: pub }, '2025-10-16'),
    );
    expect(corrected.events[0]).toMatchObject({ start: '2025-10-16', basis: 'weekday' });
    expect(corrected.events[0].basisNote.en).toContain('The reading taken is the other one the text allows');
    expect(corrected.events[0].basisNote.en).toContain('Thursday 16 October 2025');
    expect(verdicts(corrected)).toEqual({ loader: [], check: [] });
    // The Date field edited by hand to the same day passes too; a day no reading gives does not.
    made.events[0].start = '2025-10-16';
    expect(verdicts(made)).toEqual({ loader: [], check: [] });
    made.events[0].start = '2025-10-09';
    const wrong = verdicts(made);
    expect(wrong.loader).toHaveLength(1);
    expect(wrong.check).toHaveLength(1);
    expect(wrong.loader[0]?.message).toContain('→ 2025-10-23 or 2025-10-16');
  });

  it('the workbench offers only readings the text allows', () => {
    const [e] = analyseDates('سيعقد الاجتماع يوم الخميس.', '2025-10-20');
    expect(derivedReadings(e!)).toEqual(['2025-10-23', '2025-10-16']);
    expect(eventFromDate(e!, { id: 'a', published: '2025-10-20' }, '2025-10-09')).toBeNull();
    expect(eventFromDate(e!, { id: 'a', published: '2025-10-20' }, null)).toBeNull();
    // The resolver's own reading drafts no "other reading" sentence.
    expect(eventFromDate(e!, { id: 'a', published: '2025-10-20' })?.basisNote?.en).not.toContain(
      'reading taken',
    );
  });

  it('a workbench event made from "last Monday" in a Monday article passes the preview check', () => {
    const d0 = miniJson();
    const text = `${HEADLINE}\nالتقى الوزيران يوم الاثنين الماضي في جنيف.`;
    Object.assign(d0.sources[0], {
      text,
      published: '2024-06-24',
      headline: { start: 0, end: HEADLINE.length },
      outOfScope: [],
    });
    d0.events = [];
    let draft = d0 as Parameters<typeof applyCommand>[0];
    const e = analyseDates(text, '2024-06-24')[0]!;
    const fields = eventFromDate(e, { id: 'src-a', published: '2024-06-24' })!;
    const made = newEventWithQuote(draft, 'src-a', fields, sentenceAround(text, e));
    draft = applyCommand(draft, made.command);
    const problems = checkDraft(draft).problems;
    expect(problems.filter((p) => p.code === 'date-basis')).toEqual([]);
    expect(made.id).toBe('event-2024-06-17');
  });

  it('judges only derived dates of events told by some source', () => {
    const none = () => [];
    expect(derivedDateProblem({ basis: 'stated', start: '2024-01-01', accounts: [] }, none)).toBeNull();
    expect(
      derivedDateProblem(
        {
          basis: 'context',
          start: '2024-01-01',
          accounts: [{ source: 'a', quotes: [{ start: 0, end: 1 }] }],
        },
        none,
      ),
    ).toBeNull();
    expect(derivedDateProblem({ basis: 'relative', start: '2024-01-01', accounts: [] }, none)).toBeNull();
    expect(
      derivedDateProblem(
        {
          basis: 'relative',
          start: '2024-01-01',
          accounts: [{ source: 'a', quotes: [{ start: 0, end: 1 }] }],
        },
        none,
      ),
    ).toContain('its quotes hold no date expression');
    // An expression outside the quote does not count, even with the right value.
    const [e] = analyseDates('أمس وصل', '2024-01-02');
    const ev = {
      basis: 'relative' as const,
      start: '2024-01-01',
      accounts: [{ source: 'a', quotes: [{ start: 4, end: 8 }] }],
    };
    expect(derivedDateProblem(ev, () => [e!])).toContain('its quotes hold no date expression');
    expect(
      derivedDateProblem({ ...ev, accounts: [{ source: 'a', quotes: [{ start: 0, end: 8 }] }] }, () => [e!]),
    ).toBeNull();
    // A span is judged as `start/end`.
    expect(
      derivedDateProblem(
        { ...ev, end: '2024-01-02', accounts: [{ source: 'a', quotes: [{ start: 0, end: 8 }] }] },
        () => [e!],
      ),
    ).toContain('reads as 2024-01-01/2024-01-02');
  });

  it('names every reading it tried, and counts an expression only when the quote holds all of it', () => {
    expect(derivedReadings({ value: null, alternatives: [] })).toEqual([]);
    expect(
      derivedReadings({ value: '2024-01-01', alternatives: [{ value: '2024-01-01', reading: 'same' }] }),
    ).toEqual(['2024-01-01']);
    const text = 'أمس وصل، وفي وقت سابق غادر';
    const found = analyseDates(text, '2024-01-02');
    const ev = (start: number, end: number) => ({
      basis: 'relative' as const,
      start: '2024-01-01',
      accounts: [{ source: 'a', quotes: [{ start, end }] }],
    });
    // The quote ends exactly where «أمس» ends: inside; one character short: not.
    expect(derivedDateProblem(ev(0, 3), () => found)).toBeNull();
    expect(derivedDateProblem(ev(0, 2), () => found)).toContain('its quotes hold no date expression');
    // Two expressions tried, one without a date, each named.
    const message = derivedDateProblem({ ...ev(0, text.length), start: '2023-12-01' }, () => found) ?? '';
    expect(message).toContain('"أمس" → 2024-01-01; ');
    expect(message).toContain('→ no date');
  });
});
