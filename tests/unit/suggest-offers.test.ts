/**
 * What the suggestions offer beyond what they tick (the fourth round): a passage's likeness by the
 * stems of its rarer words (`stemsOf`, `stemRarity`, `stemShare`), which helps a passage to the list
 * and never to a tick, and the article's main event, under which a passage is offered from two thirds
 * of the least score and, worded too little like any event, both as a new event and under it. The
 * sentences are the third held-out set's (`tests/fixtures/unseen-suggest/third-set.json`): Mourasel
 * News and Hadith Watan on the cardinals' first meeting after Pope Francis's funeral, Al-Aoual on his
 * death.
 */
import { describe, expect, it } from 'vitest';
import type { EntityId, EventId } from '../../src/domain';
import {
  suggestArticle,
  type SuggestableEvent,
  type SuggestionBase,
  type SuggestWeights,
} from '../../src/domain/suggest';
import { stemRarity, stemShare, stemsOf } from '../../src/domain/suggest-signals';

// Mourasel News: the Sistine Chapel closed to visitors for the vote.
const MEET =
  'واعتبارا من اليوم، لم يعد مسموحا للسائحين بزيارة كنيسة سيستين التي تعود للقرن السادس عشر إذ أغلقت من أجل التحضير لعملية التصويت.';
// Al-Aoual: the Pope's death, recalled in its article on the funeral.
const DEATH =
  'وكان البابا فرنسيس قد توفي الاثنين عن عمر ناهز 88 عامًا إثر جلطة دماغية، ما أثار موجة حزن عالمي وإشادة واسعة بشخصيته ومبادئه، حتى من شخصيات سبق أن اختلف معها، مثل الرئيس الأميركي دونالد ترامب.';
// Hadith Watan: the same preparations in its own words (annotated under the cardinals' meeting).
const OWN =
  'يقوم كي بإعداد كنيسة سيستين للكرادلة ذوي الثياب الحمراء الذين سيجتمعون في الفاتيكان في قلب روما لاختيار البابا القادم في عملية قديمة تم تصورها في فيلم “Conclave” لعام 2024.';

const stemOf = (word: string): string => stemsOf(word).words[0]?.[0] ?? '';

describe('stems', () => {
  it('give a word its stems with and without a proclitic, so the article’s forms meet', () => {
    // «الكرادلة» and «كرادلة» (Mourasel News), «للكرادلة» (Hadith Watan): ك opens «كرادلة» itself.
    const cardinals = stemOf('الكرادلة');
    for (const form of ['للكرادلة', 'كرادلة', 'والكرادلة'])
      expect(stemsOf(form).words[0], form).toContain(cardinals);
    // «كنيسة سيستين» (Hadith Watan) and «كرادلة الكنيسة الكاثوليكية» (Mourasel News).
    expect(stemsOf('كنيسة').words[0]).toContain(stemOf('الكنيسة'));
    // A word of three letters keeps its first: «بحث» is not «ب» + «حث».
    expect(stemsOf('بحث').words).toEqual([[stemOf('بحث')]]);
    // Each distinct word once.
    expect(stemsOf('كنيسة كنيسة').words).toHaveLength(1);
  });

  it('weigh a stem by how few sentences hold it, nothing for one every sentence holds', () => {
    const rarity = stemRarity([`${MEET}\n${DEATH}`, OWN]);
    // Three sentences: «كنيسة» is in two, «البابا» in two, «زلزال» in none, «في» in… one.
    expect(rarity(stemOf('كنيسة'))).toBeCloseTo(Math.log(4 / 3), 10);
    expect(rarity(stemOf('زلزال'))).toBeCloseTo(Math.log(4), 10);
    expect(stemRarity([`${MEET}\n${MEET}`])(stemOf('كنيسة'))).toBe(0);
  });

  it('count the share of a passage’s words, weighed by rarity, that a quote holds', () => {
    const rarity = stemRarity([`${MEET}\n${DEATH}`, OWN]);
    const share = (a: string, b: string): number => stemShare(stemsOf(a), stemsOf(b), rarity);
    expect(share(MEET, MEET)).toBeCloseTo(1, 10);
    // Hadith Watan's sentence holds more of the chapel's words than of the death's.
    expect(share(OWN, MEET)).toBeGreaterThan(share(OWN, DEATH));
    expect(share(OWN, MEET)).toBeGreaterThan(0);
    // Words every sentence holds weigh nothing: no share at all.
    expect(stemShare(stemsOf(MEET), stemsOf(MEET), () => 0)).toBe(0);
  });
});

const event = (id: string, quote: string): SuggestableEvent => ({
  id: id as EventId,
  start: '2025-04-28',
  actors: [] as EntityId[],
  accounts: [{ source: 'old', quotes: [{ text: quote }] }],
});
const base: SuggestionBase = {
  entities: [],
  sources: [{ id: 'old' as never, text: `${MEET}\n${DEATH}` }],
  events: [event('meet', MEET), event('death', DEATH)],
};
/** Every weight 0 but what a test turns on (wording at 1/1.4: a passage's likeness is its score). */
const only = (w: Partial<SuggestWeights>): Partial<SuggestWeights> => ({
  wording: 1 / 1.4,
  date: 0,
  actors: 0,
  contrast: 0,
  lead: 0,
  article: 0,
  articleActors: 0,
  recency: 0,
  neighbour: 0,
  sentence: 0,
  fits: 0,
  stems: 0,
  ...w,
});
const run = (text: string, w: Partial<SuggestWeights>) =>
  suggestArticle(base, { text, published: null }, { weights: only(w) });
const under = (text: string, w: Partial<SuggestWeights>, ev: string, passage: string) =>
  run(text, w)
    .events.find((e) => e.event === ev)
    ?.quotes.find((q) => q.text === passage);

describe('the stems’ likeness', () => {
  it('offers a passage under the event whose quotes hold its rarer words, and never ticks on it', () => {
    const w = { wording: 0, quote: 0.01, tick: 0.01, margin: 0, tickWording: 0 };
    expect(under(OWN, w, 'meet', OWN)).toBeUndefined();
    const offered = under(OWN, { ...w, stems: 1 }, 'meet', OWN);
    // Offered from the stems alone, scoring above the tick, yet unticked: a tick reads the other signals.
    expect(offered?.score).toBeGreaterThan(0.01);
    expect(offered?.confident).toBe(false);
    const death = under(OWN, { ...w, stems: 1, runnerUp: 0 }, 'death', OWN);
    expect(death?.score ?? 1).toBeLessThan(offered?.score ?? 0);
  });
});

describe('the article’s main event', () => {
  // Mourasel News's sentence as the article's first: worded as the meeting's quote, it makes the
  // meeting the article's main event; Hadith Watan's, after it, is worded only a little like it.
  const TEXT = `${MEET}\n${OWN}`;
  const likeness = under(TEXT, { quote: 0 }, 'meet', OWN)?.score ?? NaN;

  it('takes a passage from two thirds of the least score', () => {
    expect(likeness).toBeGreaterThan(0.05);
    expect(likeness).toBeLessThan(0.15);
    const quote = likeness * 1.25;
    expect(under(TEXT, { quote }, 'meet', OWN)?.confident).toBe(false);
    expect(under(TEXT, { quote, mainQuote: 1 }, 'meet', OWN)).toBeUndefined();
    // Alone, the passage is worded too little like any event's quotes for one to be the main event.
    expect(under(OWN, { quote }, 'meet', OWN)).toBeUndefined();
    expect(under(OWN, { quote, mainWording: likeness / 2 }, 'meet', OWN)).toBeDefined();
  });

  it('offers a passage worded too little like it both as a new event and under it, unticked', () => {
    const w = { quote: likeness / 2, fits: likeness * 1.5, mainFits: likeness / 2 };
    const r = run(TEXT, w);
    expect(r.fresh.map((q) => q.text)).toEqual([OWN]);
    expect(r.events.find((e) => e.event === 'meet')?.quotes.map((q) => [q.text, q.confident])).toContainEqual(
      [OWN, false],
    );
    // Worded less than `mainFits` like it: a new event only.
    const only = run(TEXT, { ...w, mainFits: likeness * 1.2 });
    expect(only.fresh.map((q) => q.text)).toEqual([OWN]);
    expect(only.events.flatMap((e) => e.quotes.map((q) => q.text))).not.toContain(OWN);
  });
});
