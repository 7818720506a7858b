import { describe, expect, it } from 'vitest';
import {
  applyBriefingCommand,
  briefingGaps,
  eventChoices,
  indexDataset,
  newBriefing,
  type Bilingual,
  type Briefing,
  type BriefingCommand,
  type ClaimId,
  type EventId,
} from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const index = indexDataset(loadCorpus());
const CALL = 'call-2024-06-25' as EventId;
const CRIMEA = 'crimea-attack-2024-06-23' as EventId;
const all = eventChoices(index, index.events.get(CALL)!);
const crimea = eventChoices(index, index.events.get(CRIMEA)!);
const run = (b: Briefing, ...cs: BriefingCommand[]): Briefing => cs.reduce(applyBriefingCommand, b);
const title: Bilingual = { ar: 'إحاطة', en: 'Briefing' };
/** A briefing of the Crimea attack, then the call. */
const two = (): Briefing =>
  run(newBriefing('mine', title), { kind: 'add-event', event: CRIMEA }, { kind: 'add-event', event: CALL });

describe('commands on one event of several', () => {
  it('change that event’s item and leave the others as they were', () => {
    const b = two();
    const next = run(b, { kind: 'toggle-claim', event: CALL, claim: all.claims[0]!, all });
    expect(next.items[0]).toBe(b.items[0]);
    expect(next.items[1]!.claims).toEqual(all.claims.slice(1));
    const noted = run(b, { kind: 'set-item-notes', event: CALL, lang: 'en', text: 'Last' });
    expect(noted.items[0]).toBe(b.items[0]);
    expect(noted.items[1]!.notes).toEqual({ ar: '', en: 'Last' });
  });

  it('change nothing for an event the briefing does not hold', () => {
    const b = run(newBriefing('mine', title), { kind: 'add-event', event: CRIMEA });
    expect(applyBriefingCommand(b, { kind: 'toggle-claim', event: CALL, claim: all.claims[0]!, all })).toBe(
      b,
    );
    expect(applyBriefingCommand(b, { kind: 'set-item-notes', event: CALL, lang: 'ar', text: 'ن' })).toBe(b);
    expect(applyBriefingCommand(b, { kind: 'toggle-quote', event: CALL, quote: all.quotes[0]!, all })).toBe(
      b,
    );
  });

  it('add an event once among several, and remove one leaving the rest', () => {
    const b = two();
    expect(applyBriefingCommand(b, { kind: 'add-event', event: CALL })).toBe(b);
    expect(applyBriefingCommand(b, { kind: 'add-event', event: CRIMEA })).toBe(b);
    expect(run(b, { kind: 'remove-event', event: CRIMEA }).items).toEqual([{ event: CALL }]);
  });

  it('change nothing for a claim the event does not have', () => {
    const b = two();
    const stray = crimea.claims.find((c) => !all.claims.includes(c)) ?? ('no-such-claim' as ClaimId);
    expect(applyBriefingCommand(b, { kind: 'toggle-claim', event: CALL, claim: stray, all })).toBe(b);
  });
});

describe('texts set to what they already are', () => {
  it('leave the briefing as it was, an empty text where there is none included', () => {
    const b = run(two(), { kind: 'set-text', field: 'subtitle', lang: 'en', text: 'Sub' });
    expect(applyBriefingCommand(b, { kind: 'set-text', field: 'subtitle', lang: 'en', text: 'Sub' })).toBe(b);
    expect(applyBriefingCommand(b, { kind: 'set-text', field: 'subtitle', lang: 'ar', text: '' })).toBe(b);
    expect(applyBriefingCommand(b, { kind: 'set-text', field: 'notes', lang: 'ar', text: '' })).toBe(b);
    const noted = run(b, { kind: 'set-item-notes', event: CALL, lang: 'en', text: 'N' });
    expect(applyBriefingCommand(noted, { kind: 'set-item-notes', event: CALL, lang: 'en', text: 'N' })).toBe(
      noted,
    );
    expect(applyBriefingCommand(b, { kind: 'set-item-notes', event: CALL, lang: 'en', text: '' })).toBe(b);
  });
});

describe('choosing quotes and sources', () => {
  const [art001, art002] = all.sources;
  const of = (s: string | undefined) => all.quotes.filter((q) => q.source === s);

  it('takes a source away with its quotes only, keeping the other sources’ chosen quotes', () => {
    const dropped = of(art002)[0]!;
    const b = run(
      two(),
      { kind: 'toggle-quote', event: CALL, quote: dropped, all },
      { kind: 'toggle-source', event: CALL, source: art001!, all },
    );
    const quotes = b.items[1]!.quotes!;
    expect(quotes.some((q) => q.source === art001)).toBe(false);
    expect(quotes).not.toContainEqual(dropped);
    expect(quotes).toEqual(all.quotes.filter((q) => q.source !== art001 && q !== dropped));
  });

  it('lists only the shown sources’ quotes, and no list once all of them are ticked again', () => {
    const hidden = run(two(), { kind: 'toggle-source', event: CALL, source: art001!, all });
    const q = of(art002)[0]!;
    const off = run(hidden, { kind: 'toggle-quote', event: CALL, quote: q, all });
    expect(off.items[1]!.quotes).toEqual(all.quotes.filter((x) => x.source !== art001 && x !== q));
    const back = run(off, { kind: 'toggle-quote', event: CALL, quote: q, all });
    expect(back.items[1]).toEqual({ event: CALL, sources: all.sources.filter((s) => s !== art001) });
  });
});

describe('gaps', () => {
  it('are none for a titled briefing with an event and no optional texts', () => {
    expect(briefingGaps(two())).toEqual([]);
  });

  it('name a language missing from an optional text', () => {
    const b: Briefing = { ...two(), subtitle: { ar: 'ع' } as Bilingual };
    expect(briefingGaps(b)).toEqual([{ kind: 'subtitle', lang: 'en' }]);
  });
});
