import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suggestArticle, type SuggestableEvent, type SuggestionBase } from '../../src/domain';
import { passages } from '../../src/domain/passages';

// The Air India crash of June 2025, the fourth newcomer trial's articles
// (tests/fixtures/articles/README.md gives their outlets and addresses).
const read = (f: string): string => readFileSync(`tests/fixtures/articles/airindia-${f}.txt`, 'utf8');
const ALQUDS = read('alquds-2025-06-12');
const ALYAKINE = read('alyakine-2025-06-12');
const EGYPRESS = read('egypress-2025-06-13');
const TELEGRAPH = read('egypttelegraph-2025-06-13');

const shown = (text: string): string[] => passages(text).map((p) => text.slice(p.start, p.end));

describe('site furniture by where it stands (trial 4, S2-2)', () => {
  it('offers no caption and nothing of a "read more" line (Egypt Telegraph, lines 4, 6 and 11)', () => {
    const all = shown(TELEGRAPH);
    expect(all).not.toContain('الصندوق الأسود للطائرة الهندية');
    expect(all.some((p) => p.includes('مسؤول بارز بين ضحايا'))).toBe(false);
    expect(all.some((p) => p.includes('اقرأ المزيد'))).toBe(false);
    // The headline and the sentences are still offered.
    expect(all[0]).toBe('العثور على الصندوقين الأسودين للطائرة الهندية المنكوبة');
    expect(all.some((p) => p.startsWith('قالت مصادر بالشرطة الهندية'))).toBe(true);
  });

  it('keeps a short line that ends as a sentence does', () => {
    expect(shown('العنوان الأول للخبر هنا\nوصل الوزير إلى المدينة أمس.\nالصورة من الموقع')).toEqual([
      'العنوان الأول للخبر هنا',
      'وصل الوزير إلى المدينة أمس.',
    ]);
  });
});

/** The trial's draft when the Egypt Telegraph article was added: four events from three articles. */
function quoted(id: string, start: string, source: string, text: string, words: string): SuggestableEvent {
  const at = text.indexOf(words);
  if (at < 0) throw new Error(words);
  return {
    id,
    start,
    actors: [],
    accounts: [{ source, quotes: [{ start: at, end: at + words.length, text: words }] }],
  } as unknown as SuggestableEvent;
}

describe('the trial’s draft when the Egypt Telegraph article was added (trial 4, S2-2)', () => {
  it('offers no caption and nothing of a "read more" line under its events', () => {
    const events = [
      quoted(
        'crash',
        '2025-06-12',
        'a1',
        ALQUDS,
        'أعلنت شركة إير انديا ووسائل إعلام محلية أن طائرة تابعة للشركة وعلى متنها 244 شخصا تحطمت اليوم الخميس في مدينة أحمد آباد بشمال غرب الهند.',
      ),
      quoted(
        'no-survivors',
        '2025-06-12',
        'a2',
        ALYAKINE,
        'أعلنت الشرطة الهندية، يوم الخميس 12 يونيو 2025، أنه من غير المرجح وجود ناجين',
      ),
      quoted(
        'hostel',
        '2025-06-12',
        'a2',
        ALYAKINE,
        'أن الطائرة ارتطمت بقاعة الطعام في نزل تابع لكلية طب تابعة لجامعة حكومية',
      ),
      quoted('modi', '2025-06-13', 'a3', EGYPRESS, 'والتقى رئيس الوزراء ناريندرا مودي'),
    ];
    const base = {
      events,
      entities: [],
      sources: [
        { id: 'a1', text: ALQUDS },
        { id: 'a2', text: ALYAKINE },
        { id: 'a3', text: EGYPRESS },
      ],
    } as unknown as SuggestionBase;
    const found = suggestArticle(base, { text: TELEGRAPH, published: '2025-06-13' });
    const under = (id: string): string[] =>
      found.events.find((e) => e.event === id)?.quotes.map((q) => q.text) ?? [];
    expect(under('modi').some((q) => q.startsWith('وواصلت فرق البحث اليوم'))).toBe(false);
    const offered = found.events.flatMap((e) => e.quotes.map((q) => q.text));
    expect(offered).not.toContain('الصندوق الأسود للطائرة الهندية');
    expect(offered.some((q) => q.includes('مسؤول بارز بين ضحايا'))).toBe(false);
  });
});
