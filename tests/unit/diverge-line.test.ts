import { describe, expect, it } from 'vitest';
import {
  divergeLine,
  indexDataset,
  originsEither,
  partingOf,
  reportingSources,
  supportLine,
  type ClaimRow,
  type Entity,
  type SupportWords,
} from '../../src/domain';
import { divergenceHeight, type SlideBox } from '../../src/view/present';
import { loadCorpus } from '../fixtures/corpus';

const index = indexDataset(loadCorpus());
const call = index.events.get('call-2024-06-25')!;
const rows = partingOf(call, reportingSources(index, call));
const row = rows[0]!;
const WORDS: SupportWords = {
  support: (outlets, origins) => `${outlets} outlets, ${origins} origins`,
  supportUnknown: (outlets, low, high, unknown) => `${outlets} outlets, ${low}-${high} origins (${unknown})`,
};
/** A row carried by three of four sources, with the counts given. */
function carried(more: Partial<ClaimRow>): ClaimRow {
  return {
    ...row,
    carriedBy: 3,
    origins: 3,
    originsAtLeast: 3,
    unknownOrigins: 0,
    singleOrigin: false,
    ...more,
  };
}
const PROJECTOR: SlideBox = { width: 1843, height: 545, fontPx: 29.16 };

describe('divergeLine: one composition of a divergence line for every medium', () => {
  it('joins the names as the language joins a list, never with a bare separator', () => {
    const many = rows.find((r) => divergeLine(r, { lang: 'en', words: WORDS }).labels.length > 2);
    expect(many).toBeDefined();
    const en = divergeLine(many!, { lang: 'en', words: WORDS });
    const [a, b, ...rest] = en.labels;
    expect(en.names).toBe(rest.length === 1 ? `${a}, ${b} and ${rest[0]}` : 'three names');
    const ar = divergeLine(many!, { lang: 'ar', words: WORDS });
    expect(ar.names).toMatch(/ و/);
    expect(ar.names).not.toContain(' · ');
  });

  it('counts support and the single-origin tag only for a claim several outlets carry', () => {
    const lone = divergeLine({ ...row, carriedBy: 1, singleOrigin: true }, { lang: 'en', words: WORDS });
    expect([lone.support, lone.singleOrigin]).toEqual([null, false]);
    const shared = divergeLine(carried({ origins: 1, originsAtLeast: 1, singleOrigin: true }), {
      lang: 'en',
      words: WORDS,
    });
    expect([shared.support, shared.singleOrigin]).toEqual(['3 outlets, 1 origins', true]);
  });

  it('turns the origins into a range when some do not say their source, and only then', () => {
    expect(supportLine(carried({ origins: 3, originsAtLeast: 2, unknownOrigins: 1 }), WORDS)).toBe(
      '3 outlets, 2-3 origins (1)',
    );
    // An unknown origin that changes nothing (it joins no group either way) is a plain count.
    expect(supportLine(carried({ origins: 2, originsAtLeast: 2, unknownOrigins: 1 }), WORDS)).toBe(
      '3 outlets, 2 origins',
    );
    expect([originsEither(1, 2), originsEither(1, 3)]).toEqual([true, false]);
  });

  it("names the claim's speaker in the interface's language and digits", () => {
    const speaker: Entity = {
      ...[...index.entities.values()][0]!,
      name: { ar: 'اللواء 12', en: 'General 12' },
    };
    const entities = new Map([[speaker.id, speaker]]);
    const said = { ...row, claim: { ...row.claim, by: speaker.id } };
    expect(divergeLine(said, { lang: 'ar', words: WORDS, entities }).speaker).toBe('اللواء ١٢');
    expect(divergeLine(said, { lang: 'en', words: WORDS, entities }).speaker).toBe('General 12');
    expect(divergeLine(said, { lang: 'en', words: WORDS }).speaker).toBeNull();
  });

  it("a slide's measure makes room for the single-origin tag it shows", () => {
    const long = { ...row.claim, text: { ar: row.claim.text.ar, en: 'x'.repeat(10) } };
    const without = carried({ claim: long, origins: 1, originsAtLeast: 1 });
    const tagged = { ...without, singleOrigin: true };
    const narrow: SlideBox = { ...PROJECTOR, width: 300 };
    expect(divergenceHeight(tagged, 'en', narrow)).toBeGreaterThan(divergenceHeight(without, 'en', narrow));
  });
});
