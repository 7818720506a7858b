/**
 * The deck file is of the briefing the presentation shows: both read the store's `briefingId`, and
 * no part of the app reads which briefing from the address on its own.
 */
import { describe, expect, it } from 'vitest';
import { deckOf } from '../../src/app/deck-export';
import { DEFAULT_DISPLAY } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';
import { writers } from '../support/source-files';

const dataset = loadCorpus();
const briefing = dataset.briefings![0]!;

describe('the deck file', () => {
  it("is of the view's briefing", () => {
    const { deck, name } = deckOf(dataset, { briefingId: briefing.id, lang: 'en', display: DEFAULT_DISPLAY });
    expect(name).toContain(briefing.id);
    const story = deckOf(dataset, { briefingId: null, lang: 'en', display: DEFAULT_DISPLAY });
    expect(deck.title).not.toBe(story.deck.title);
  });

  it("is of the story's main events when the view names no briefing, or one the data lacks", () => {
    for (const briefingId of [null, 'no-such-briefing'])
      expect(deckOf(dataset, { briefingId, lang: 'ar', display: DEFAULT_DISPLAY }).name).toMatch(/story/);
  });

  it('reads which briefing from the view only', () => {
    expect(writers(/\.read\(\)\.briefing\b/u, [])).toEqual([]);
  });
});
