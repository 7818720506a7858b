import { describe, expect, it } from 'vitest';
import { claimMatrix, diffWords, normalizeForMatch, tokenize, type Source } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const n = normalizeForMatch;

describe('normalising Arabic for matching', () => {
  it('drops diacritics and tatweel', () => {
    expect(n('شدَّد')).toBe(n('شدد'));
    expect(n('اتصالًا هاتفيًا')).toBe('اتصالا هاتفيا');
    expect(n('مـــوسكو')).toBe('موسكو');
  });

  it('unifies alef forms, hamza seats, ta marbuta and alef maqsura', () => {
    expect(n('أوستن')).toBe('اوستن');
    expect(n('إبريل')).toBe(n('أبريل'));
    expect(n('آذار')).toBe('اذار');
    expect(n('أيار')).toBe(n('ايار'));
    expect(n('الأمريكية')).toBe(n('الامريكيه'));
    expect(n('مستوى')).toBe(n('مستوي'));
    expect(n('مسؤولة')).toBe(n('مسوولة'));
    expect(n('الرئيس')).toBe(n('الرييس'));
  });

  it('leaves different letters different: the two spellings of Shoigu stay two spellings', () => {
    expect(n('شويجو')).not.toBe(n('شويغو'));
    expect(n('الأميركية')).not.toBe(n('الأمريكية'));
  });

  it('folds English case and accents, and Arabic-Indic digits', () => {
    expect(n('Café RÉSUMÉ')).toBe('cafe resume');
    expect(n('١٥ مارس ٢٠٢٣')).toBe('15 مارس 2023');
  });

  it('tokenises words with their original text and offsets', () => {
    const text = 'قال البنتاغون: «أوستن» بدأ المحادثة.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['قال', 'البنتاغون', 'أوستن', 'بدأ', 'المحادثة']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens[2]?.key).toBe('اوستن');
  });
});

describe('comparing two tellings word by word', () => {
  it('marks what one source has and the other lacks, keeping the original words', () => {
    const a = 'وقال المتحدث باسم البنتاغون، باتريك رايدر، للصحفيين إن أوستن هو من بدأ المحادثة';
    const b = 'وقال المتحدث باسم البنتاغون، اللواء باتريك رايدر، إن أوستن هو من بدأ المحادثة';
    const d = diffWords(a, b);
    const removed = d.a.filter((p) => p.op === 'removed').flatMap((p) => p.tokens.map((t) => t.text));
    const added = d.b.filter((p) => p.op === 'added').flatMap((p) => p.tokens.map((t) => t.text));
    expect(removed).toEqual(['للصحفيين']);
    expect(added).toEqual(['اللواء']);
    expect(d.similarity).toBeCloseTo(12 / 13, 5);
  });

  it('treats spelling variants that normalise together as the same word', () => {
    const d = diffWords('اتصالاً هاتفياً مع أوستن', 'اتصالا هاتفيا مع اوستن');
    expect(d.a.map((p) => p.op)).toEqual(['same']);
    expect(d.similarity).toBe(1);
  });

  it('handles empty and disjoint texts', () => {
    expect(diffWords('', '').similarity).toBe(1);
    const d = diffWords('موسكو', 'واشنطن');
    expect(d.a).toEqual([{ op: 'removed', tokens: [expect.objectContaining({ text: 'موسكو' })] }]);
    expect(d.b).toEqual([{ op: 'added', tokens: [expect.objectContaining({ text: 'واشنطن' })] }]);
    expect(d.similarity).toBe(0);
  });
});

describe('the claims matrix of the June 2024 call', () => {
  const dataset = loadCorpus();
  const call = dataset.events.find((e) => e.id === 'call-2024-06-25')!;
  const reporting = dataset.sources.filter((s) => call.accounts.some((a) => a.source === s.id)) as Source[];
  const rows = claimMatrix(call, reporting);

  it('has a row per claim and a cell per reporting source', () => {
    expect(rows).toHaveLength(call.claims.length);
    for (const r of rows) expect(r.cells.map((c) => c.source.id)).toEqual(reporting.map((s) => s.id));
  });

  it('counts who carries each claim from the quotes, and flags single-source claims', () => {
    for (const r of rows) {
      // A claim's support counts its variants' quotes; a variant's is its own and never flagged.
      const ids = [r.claim.id, ...r.variants.map((v) => v.id)];
      const expected = call.accounts.filter((a) =>
        a.quotes.some((q) => q.claims.some((c) => ids.includes(c))),
      ).length;
      expect(r.carriedBy, r.claim.id).toBe(expected);
      expect(r.singleSource).toBe(expected === 1 && r.variantOf === null);
    }
    expect(rows.some((r) => r.singleSource)).toBe(true);
  });

  it('flags a claim several sources word differently', () => {
    const warning = rows.find((r) => r.claim.id === 'warning-weapons')!;
    expect(warning.carriedBy).toBe(3);
    expect(warning.wordedDifferently).toBe(true);
  });
});
