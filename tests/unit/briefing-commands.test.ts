import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data';
import {
  applyBriefingCommand,
  briefingGaps,
  eventChoices,
  indexDataset,
  itemChosen,
  newBriefing,
  quoteKey,
  resolveBriefing,
  type Briefing,
  type BriefingCommand,
  type EventId,
} from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const corpus = loadCorpus();
const index = indexDataset(corpus);
const CALL = 'call-2024-06-25' as EventId;
const CRIMEA = 'crimea-attack-2024-06-23' as EventId;
const BLAME = 'russia-blames-us-2024-06-23' as EventId;
const all = eventChoices(index, index.events.get(CALL)!);
const run = (b: Briefing, ...cs: BriefingCommand[]): Briefing => cs.reduce(applyBriefingCommand, b);
const start = (): Briefing =>
  run(newBriefing('mine', { ar: 'إحاطة', en: 'Briefing' }), { kind: 'add-event', event: CALL });
/** The briefing, as the whole dataset would carry it, passes the checker. */
const valid = (b: Briefing): boolean => parseDataset({ ...corpus, briefings: [b] }).ok;

describe('briefing commands', () => {
  it('add an event once, remove it, and leave the briefing as it was for what does not apply', () => {
    const b = start();
    expect(b.items).toEqual([{ event: CALL }]);
    expect(applyBriefingCommand(b, { kind: 'add-event', event: CALL })).toBe(b);
    expect(applyBriefingCommand(b, { kind: 'remove-event', event: CRIMEA })).toBe(b);
    expect(run(b, { kind: 'remove-event', event: CALL }).items).toEqual([]);
  });

  it('reorder events, refusing a move past either end', () => {
    const b = run(start(), { kind: 'add-event', event: CRIMEA }, { kind: 'add-event', event: BLAME });
    const order = (x: Briefing) => x.items.map((i) => i.event);
    expect(order(run(b, { kind: 'move-event', event: BLAME, to: 0 }))).toEqual([BLAME, CALL, CRIMEA]);
    expect(order(run(b, { kind: 'move-event', event: CALL, to: 1 }))).toEqual([CRIMEA, CALL, BLAME]);
    expect(applyBriefingCommand(b, { kind: 'move-event', event: CALL, to: -1 })).toBe(b);
    expect(applyBriefingCommand(b, { kind: 'move-event', event: BLAME, to: 3 })).toBe(b);
    expect(applyBriefingCommand(b, { kind: 'move-event', event: CRIMEA, to: 1 })).toBe(b);
  });

  it('choose quotes: unticking one lists the rest in the account order, ticking it back lists none', () => {
    const q = all.quotes[1]!;
    const b = run(start(), { kind: 'toggle-quote', event: CALL, quote: q, all });
    expect(b.items[0]!.quotes).toEqual(all.quotes.filter((x) => x !== q));
    expect(valid(b)).toBe(true);
    const back = run(b, { kind: 'toggle-quote', event: CALL, quote: q, all });
    expect(back.items[0]).toEqual({ event: CALL });
    // A quote that is not one of the event's changes nothing.
    const stray = { source: q.source, start: q.start + 1, end: q.end };
    expect(applyBriefingCommand(b, { kind: 'toggle-quote', event: CALL, quote: stray, all })).toBe(b);
  });

  it('take a source’s quotes away with it and bring them back with it', () => {
    const [art001, art002] = all.sources;
    const first002 = all.quotes.find((q) => q.source === art002)!;
    const b = run(
      start(),
      { kind: 'toggle-quote', event: CALL, quote: first002, all },
      { kind: 'toggle-source', event: CALL, source: art002!, all },
    );
    expect(b.items[0]!.sources).toEqual(all.sources.filter((s) => s !== art002));
    expect(b.items[0]!.quotes!.some((q) => q.source === art002)).toBe(false);
    expect(valid(b)).toBe(true);
    const resolved = resolveBriefing(index, { ...b, id: b.id });
    expect(resolved.entries[0]!.reporting.map((s) => s.id)).not.toContain(art002);
    // Ticking the source again brings all its quotes back: the item is whole again.
    expect(run(b, { kind: 'toggle-source', event: CALL, source: art002!, all }).items[0]).toEqual({
      event: CALL,
    });
    // With every quote listed, a source alone is a list of sources only.
    const only = run(start(), { kind: 'toggle-source', event: CALL, source: art001!, all });
    expect(only.items[0]).toEqual({ event: CALL, sources: all.sources.filter((s) => s !== art001) });
  });

  it('refuse a quote of a source not shown', () => {
    const [art001] = all.sources;
    const b = run(start(), { kind: 'toggle-source', event: CALL, source: art001!, all });
    const q = all.quotes.find((x) => x.source === art001)!;
    expect(applyBriefingCommand(b, { kind: 'toggle-quote', event: CALL, quote: q, all })).toBe(b);
    expect(itemChosen(b.items[0]!, all).quotes.has(quoteKey(q))).toBe(false);
  });

  it('choose claims in the event’s order', () => {
    const [c0, c1] = all.claims;
    const b = run(
      start(),
      { kind: 'toggle-claim', event: CALL, claim: c1!, all },
      { kind: 'toggle-claim', event: CALL, claim: c0!, all },
    );
    expect(b.items[0]!.claims).toEqual(all.claims.slice(2));
    expect(valid(b)).toBe(true);
  });

  it('set the title slide’s texts and each event’s notes, dropping an optional text left empty', () => {
    const b = run(
      start(),
      { kind: 'set-text', field: 'title', lang: 'en', text: 'The June call' },
      { kind: 'set-text', field: 'subtitle', lang: 'ar', text: 'للإحاطة' },
      { kind: 'set-text', field: 'notes', lang: 'en', text: 'Open with the date.\nThen the sources.' },
      { kind: 'set-item-notes', event: CALL, lang: 'ar', text: 'ابدأ بالعنوان' },
    );
    expect(b.title).toEqual({ ar: 'إحاطة', en: 'The June call' });
    expect(b.subtitle).toEqual({ ar: 'للإحاطة', en: '' });
    expect(b.items[0]!.notes).toEqual({ ar: 'ابدأ بالعنوان', en: '' });
    // Half a translation is not yet a valid briefing: the checker says so.
    expect(valid(b)).toBe(false);
    const done = run(
      b,
      { kind: 'set-text', field: 'subtitle', lang: 'en', text: 'For the briefing' },
      { kind: 'set-text', field: 'notes', lang: 'ar', text: 'ابدأ بالتاريخ.' },
      { kind: 'set-item-notes', event: CALL, lang: 'en', text: 'Start with the headline' },
    );
    expect(valid(done)).toBe(true);
    const cleared = run(
      done,
      { kind: 'set-text', field: 'subtitle', lang: 'en', text: '' },
      { kind: 'set-text', field: 'subtitle', lang: 'ar', text: '' },
    );
    expect('subtitle' in cleared).toBe(false);
    expect(
      applyBriefingCommand(done, { kind: 'set-text', field: 'title', lang: 'en', text: 'The June call' }),
    ).toBe(done);
  });
});

describe('what a briefing still lacks', () => {
  it('names each text given in one language only, a blank title and an empty briefing', () => {
    const empty = newBriefing('mine', { ar: 'إحاطة', en: ' ' });
    expect(briefingGaps(empty)).toEqual([{ kind: 'title', lang: 'en' }, { kind: 'items' }]);
    const b = run(
      start(),
      { kind: 'set-text', field: 'notes', lang: 'en', text: 'Open with the date.' },
      { kind: 'set-item-notes', event: CALL, lang: 'ar', text: 'ابدأ بالعنوان' },
    );
    expect(briefingGaps(b)).toEqual([
      { kind: 'notes', lang: 'ar' },
      { kind: 'item-notes', event: CALL, lang: 'en' },
    ]);
    expect(valid(b)).toBe(false);
    const done = run(
      b,
      { kind: 'set-text', field: 'notes', lang: 'ar', text: 'ابدأ بالتاريخ.' },
      { kind: 'set-item-notes', event: CALL, lang: 'en', text: 'Start with the headline' },
    );
    expect(briefingGaps(done)).toEqual([]);
    expect(valid(done)).toBe(true);
  });
});
