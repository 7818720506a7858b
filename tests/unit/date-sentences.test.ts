import { describe, expect, it } from 'vitest';
import { loadSentences, pct, score } from '../support/date-score';

// 294 real sentences (tests/fixtures/date-sentences.md); the held-out quarter was split off before
// the finder was written, and its failures were never looked at while tuning.
const sentences = loadSentences();

describe('date expressions on real news sentences', () => {
  it('has the set it claims: sources cited, offsets that slice to the gold text, both splits', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(250);
    for (const s of sentences) {
      expect(Object.keys(s)).toContain('source');
      for (const e of s.expressions) expect(s.text.slice(e.start, e.end)).toBe(e.text);
    }
    const held = sentences.filter((s) => s.split === 'heldout').length;
    expect(held / sentences.length).toBeGreaterThan(0.2);
  });

  for (const split of ['dev', 'heldout'] as const) {
    it(`meets the targets on the ${split} sentences`, () => {
      const r = score(sentences.filter((s) => s.split === split));
      expect(pct(r.total.found, r.total.gold), 'share of gold expressions found').toBeGreaterThanOrEqual(
        0.95,
      );
      expect(pct(r.flagged, r.dateFree), 'share of date-free sentences flagged').toBeLessThanOrEqual(0.05);
      expect(
        pct(r.total.resolved, r.total.resolvable),
        'share of resolvable expressions resolved right',
      ).toBeGreaterThanOrEqual(0.9);
    });
  }
});

// 2,075 sentences from sources the first set does not use (date-sentences-unseen.md), in eight batches, each
// annotated before the code was changed for it; the held-out sources were never looked at while changing
// it. A page's sentences are read after the earlier ones of that page (`analyseInPage`). The floors are the figures measured after each batch's work, so that none of them slips back.
/**
 * The floors: each batch's figures as measured after the third batch's second round of rules (December
 * 2026), rounded down, so that none of them slips back. Batch 3's held-out part is 22 sentences from eight news sites.
 * Batch 4's, measured after its own rules: its held-out part has four date-free sentences, one of them flagged.
 * Batch 5's and the raised floors of batches 1, 3 and 4, measured after the fifth batch's rules.
 * Batch 6's and the raised floors of batches 2, 4 and 5, measured after the sixth batch's rules.
 * Batch 7's and the raised floors of batches 2, 3 and 6, measured after the seventh batch's rules.
 * Batch 8's and the raised floors of batches 1, 4 and 6, measured after the eighth batch's rules.
 * The raised floors of batches 1–8 measured after the rules written by class on the tuning split (December 2026).
 * The raised floors of batches 2 and 4–8 measured after a page's sentences were read as one text and the rules
 * for dates given in an earlier sentence (December 2026).
 * The raised floors of batches 2, 3 and 6 measured after the second round of rules by class on the tuning split.
 */
const FLOORS = {
  2: {
    tune: { found: 0.93, flagged: 0.01, resolved: 0.93 },
    heldout: { found: 0.95, flagged: 0.02, resolved: 0.76 },
  },
  3: {
    tune: { found: 0.97, flagged: 0.06, resolved: 0.95 },
    heldout: { found: 0.96, flagged: 0.01, resolved: 0.91 },
  },
  4: {
    tune: { found: 0.97, flagged: 0.01, resolved: 0.96 },
    heldout: { found: 0.96, flagged: 0.25, resolved: 0.93 },
  },
  5: {
    tune: { found: 0.99, flagged: 0.04, resolved: 0.96 },
    heldout: { found: 0.94, flagged: 0.01, resolved: 0.88 },
  },
  6: {
    tune: { found: 0.99, flagged: 0.1, resolved: 0.96 },
    heldout: { found: 0.99, flagged: 0.23, resolved: 0.98 },
  },
  7: {
    tune: { found: 0.99, flagged: 0.01, resolved: 0.97 },
    heldout: { found: 0.96, flagged: 0.01, resolved: 0.88 },
  },
  8: {
    tune: { found: 0.99, flagged: 0.01, resolved: 0.98 },
    heldout: { found: 0.93, flagged: 0.01, resolved: 0.88 },
  },
};
const unseen = loadSentences('tests/fixtures/date-sentences-unseen.jsonl');

describe('date expressions on the unseen sentences', () => {
  it('has the set it claims: sources cited, offsets that slice to the gold text, a held-out split', () => {
    expect(unseen.length).toBeGreaterThanOrEqual(2050);
    for (const s of unseen) {
      expect(Object.keys(s)).toContain('source');
      for (const e of s.expressions) expect(s.text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(unseen.filter((s) => s.split === 'heldout').length / unseen.length).toBeGreaterThan(0.3);
  });

  // [batch, split, found, flagged at most, resolved]
  for (const [batch, split, found, flagged, resolved] of [
    [1, 'tune', 0.95, 0.05, 1],
    [1, 'heldout', 0.95, 0.05, 0.93],
    ...([2, 3, 4, 5, 6, 7, 8] as const).flatMap((b) =>
      (['tune', 'heldout'] as const).map(
        (split) =>
          [b, split, FLOORS[b][split].found, FLOORS[b][split].flagged, FLOORS[b][split].resolved] as const,
      ),
    ),
  ] as const) {
    it(`keeps its figures on batch ${batch}'s ${split} sentences`, () => {
      const r = score(unseen.filter((s) => s.split === split && (s.batch ?? 1) === batch));
      expect(pct(r.total.found, r.total.gold), 'share of gold expressions found').toBeGreaterThanOrEqual(
        found,
      );
      expect(pct(r.flagged, r.dateFree), 'share of date-free sentences flagged').toBeLessThanOrEqual(flagged);
      expect(pct(r.total.resolved, r.total.resolvable), 'share resolved right').toBeGreaterThanOrEqual(
        resolved,
      );
    });
  }
});
