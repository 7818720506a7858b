import { describe, expect, it } from 'vitest';
import { indexDataset, resolveBriefing } from '../../src/domain';
import { planSlides, type SlideBox } from '../../src/view/present';
import { loadCorpus } from '../fixtures/corpus';

const corpus = loadCorpus();
const index = indexDataset(corpus);
/**
 * The room a slide's body has at 1920×1080, as the presentation measures it (the body less the
 * heading of a date line and two title lines every slide leaves room for: app/presentation.ts).
 */
const PROJECTOR: SlideBox = { width: 1843, height: 486, fontPx: 29.16 };
const briefing = corpus.briefings?.find((b) => b.id === 'calls-2022-2024');

describe('the bundled briefing of the 2022–2024 calls', () => {
  it('ships with the dataset and names nothing the dataset lacks', () => {
    expect(briefing).toBeDefined();
    const resolved = resolveBriefing(index, briefing!);
    expect(resolved.missing).toEqual([]);
    expect(resolved.entries.map((e) => e.item.event)).toEqual([
      'call-2022-05-13',
      'call-2022-10-21',
      'call-2022-10-23',
      'russia-blames-us-2024-06-23',
      'call-2024-06-25',
    ]);
  });

  it('has speaker notes in both languages for the title slide and every event', () => {
    expect(briefing!.notes?.ar).toBeTruthy();
    expect(briefing!.notes?.en).toBeTruthy();
    for (const item of briefing!.items) expect([item.notes?.ar, item.notes?.en].every(Boolean)).toBe(true);
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`(${lang}) holds at most 20 slides at 1920×1080, the title slide included`, () => {
      const { entries } = resolveBriefing(index, briefing!);
      const slides =
        1 + entries.reduce((n, e) => n + planSlides(e.event, e.reporting, lang, PROJECTOR).length, 0);
      expect(slides).toBeLessThanOrEqual(20);
      // Pinned: a change to the briefing or to the slide plan shows here first.
      expect(slides).toBe({ en: 16, ar: 13 }[lang]);
    });
  }
});
