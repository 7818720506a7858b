import { describe, expect, it } from 'vitest';
import { withBriefings } from '../../src/app/briefing-builder';
import { newBriefing, type Briefing } from '../../src/domain';
import { briefingShelf, savedBriefings, saveBriefings, type SiteStorage } from '../../src/state';
import { loadCorpus } from '../fixtures/corpus';

const memory = (): SiteStorage & { map: Map<string, string> } => {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => (map.set(k, v), true) };
};
const mine = (id: string): Briefing => ({
  ...newBriefing(id, { ar: 'إحاطتي', en: 'Mine' }),
  items: [{ event: 'call-2024-06-25' as Briefing['items'][number]['event'] }],
});

describe('briefings saved on the device', () => {
  it('come back for their dataset only, half-written ones included', () => {
    const s = memory();
    const half: Briefing = { ...mine('b-1'), title: { ar: '', en: 'Mine' } };
    expect(saveBriefings('one', [half, mine('b-2')], s)).toBe(true);
    expect(saveBriefings('two', [mine('b-3')], s)).toBe(true);
    expect(savedBriefings('one', s).map((b) => b.id)).toEqual(['b-1', 'b-2']);
    expect(savedBriefings('one', s)[0]!.title.ar).toBe('');
    expect(savedBriefings('two', s).map((b) => b.id)).toEqual(['b-3']);
    expect(savedBriefings('three', s)).toEqual([]);
  });

  it('drop what is not a briefing, and survive storage that is broken or refuses', () => {
    const s = memory();
    s.map.set(
      'riwayat.briefings',
      JSON.stringify({ one: [mine('ok'), { id: 1 }, { id: 'x', title: 'no', items: [] }, null] }),
    );
    expect(savedBriefings('one', s).map((b) => b.id)).toEqual(['ok']);
    s.map.set('riwayat.briefings', '{not json');
    expect(savedBriefings('one', s)).toEqual([]);
    const refusing: SiteStorage = { getItem: () => null, setItem: () => false };
    expect(saveBriefings('one', [mine('a')], refusing)).toBe(false);
  });

  it('are told apart by the dataset’s title', () => {
    expect(briefingShelf({ title: { ar: 'أ', en: 'A' } })).not.toBe(
      briefingShelf({ title: { ar: 'ب', en: 'A' } }),
    );
  });
});

describe('the dataset on screen with the device’s briefings', () => {
  const corpus = loadCorpus();
  it('keeps the dataset itself when there are none, and puts a device copy in place of the dataset’s', () => {
    expect(withBriefings(corpus, [])).toBe(corpus);
    const copy = { ...corpus.briefings![0]!, title: { ar: 'نسختي', en: 'My copy' } };
    const shown = withBriefings(corpus, [copy, mine('b-9')]);
    expect(shown.briefings!.map((b) => [b.id, b.title.en])).toEqual([
      ['calls-2022-2024', 'My copy'],
      ['b-9', 'Mine'],
    ]);
    expect(corpus.briefings![0]!.title.en).not.toBe('My copy');
  });
});
