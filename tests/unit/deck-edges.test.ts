/**
 * The deck at its edges, over briefings made for the purpose from the bundled corpus: an event no
 * source quotes, the outlets that carry one origin's wording, and an English rendering continued on
 * the next slide, marked as a translation there too.
 */
import { describe, expect, it } from 'vitest';
import { planDeck, type Deck, type DeckSlide } from '../../src/data/deck';
import { paragraphText, type DeckParagraph } from '../../src/data/deck-layout';
import {
  indexDataset,
  resolveBriefing,
  sourceLabel,
  type BriefingId,
  type Dataset,
  type EventId,
  type Lang,
  type Quote,
  type TimelineEvent,
} from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';

const dataset = loadCorpus();

/** The deck of a briefing of the given events (ids of `data`), in `lang`. */
function deckOf(data: Dataset, events: readonly string[], lang: Lang): Deck {
  const index = indexDataset(data);
  const briefing = resolveBriefing(index, {
    id: 'edges' as BriefingId,
    title: { ar: 'حواف', en: 'Edges' },
    items: events.map((e) => ({ event: e as EventId })),
  });
  return planDeck({ index, briefing, lang });
}

const paragraphsOf = (s: DeckSlide): DeckParagraph[] => s.boxes.flatMap((b) => b.paragraphs);
/** The paragraphs of an event's opening, over all its slides, without their header and footer. */
const opening = (deck: Deck): DeckParagraph[] =>
  deck.slides
    .filter((s) => s.kind === 'opening')
    .flatMap(paragraphsOf)
    .filter((p) => !['meta', 'title', 'footer'].includes(p.role));

describe('an event no source quotes', () => {
  const call = dataset.events.find((e) => e.id === 'call-2024-06-25') as TimelineEvent;
  const alone: Dataset = {
    ...dataset,
    events: dataset.events.map((e) => (e.id === call.id ? { ...e, accounts: [] } : e)),
  };

  it.each([
    ['en', 'No source in this dataset quotes this event.'],
    ['ar', 'لا يقتبس أي مصدر في هذه البيانات هذا الحدث.'],
  ] as const)('has its opening alone, saying so (%s)', (lang, words) => {
    const deck = deckOf(alone, [call.id], lang);
    expect(new Set(deck.slides.slice(1).map((s) => s.kind))).toStrictEqual(new Set(['opening']));
    const last = opening(deck).at(-1);
    expect(last).toMatchObject({ role: 'body', after: 4, runs: [{ text: words, lang }] });
    expect(last?.runs).toHaveLength(1);
  });
});

describe('outlets that carry one origin’s wording', () => {
  it('are named under the sources, in grey, after each source’s count of passages', () => {
    // The Reuters copy shared by art-001 and art-002.
    const deck = deckOf(dataset, ['crimea-attack-2024-06-23'], 'en');
    const told = opening(deck);
    const at = told.findIndex((p) => paragraphText(p) === 'Told by');
    const lines = told.slice(at + 1).map(paragraphText);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/ · \d+ passages?$/);
    expect(lines[1]).toMatch(/ · \d+ passages?$/);
    expect(lines[2]).toMatch(/ both carry wording from Reuters$/);
    // The note names the sources as the lines above it do.
    const names = ['art-001', 'art-002'].map((id) =>
      sourceLabel(
        dataset.sources.find((s) => s.id === id)!,
        'en',
      ),
    );
    expect(lines[2]).toBe(`${names[0]} and ${names[1]} both carry wording from Reuters`);
    expect(lines.slice(0, 2).map((l) => l.replace(/ · \d+ passages?$/, ''))).toEqual(names);
    const shared = told[at + 3] as DeckParagraph;
    expect(shared).toMatchObject({ role: 'body', after: 4 });
    expect(shared.runs.map((r) => r.color)).toStrictEqual(['333333']);
  });
});

describe('an English rendering longer than a slide', () => {
  const call = dataset.events.find((e) => e.id === 'call-2024-06-25') as TimelineEvent;
  const account = call.accounts[0] as TimelineEvent['accounts'][number];
  const rendering = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
  const event: TimelineEvent = {
    ...call,
    accounts: [{ ...account, quotes: [{ ...(account.quotes[0] as Quote), en: rendering }] }],
  };
  const deck = deckOf({ ...dataset, events: [event] }, [event.id], 'en');
  const translations = deck.slides
    .filter((s) => s.kind === 'quotes')
    .map((s) => paragraphsOf(s).filter((p) => p.role === 'translation'));

  it('is marked as a translation on every slide it runs over, “continued” after the first', () => {
    expect(translations.length).toBeGreaterThan(1);
    translations.forEach((ps, i) => {
      expect(ps.length, `slide ${i + 1}`).toBeGreaterThan(0);
      const [mark, space] = (ps[0] as DeckParagraph).runs;
      expect(mark).toStrictEqual({
        text: i === 0 ? 'Translation' : 'Translation (continued)',
        lang: 'en',
        font: 'latin',
        bold: true,
        color: '1864AB',
      });
      expect(space).toStrictEqual({ text: ' ', lang: 'en', font: 'latin' });
    });
  });

  it('keeps every word, in order, across its slides', () => {
    const words = translations
      .flat()
      .map((p) => paragraphText(p).replace(/^Translation( \(continued\))? /, ''))
      .join(' ')
      .split(/\s+/)
      .filter((w) => w !== '');
    expect(words).toStrictEqual(rendering.split(' '));
  });
});
