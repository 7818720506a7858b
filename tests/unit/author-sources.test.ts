import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, applyCommand, creditFromWords, originKey, type Draft } from '../../src/author';

const TEXT = 'قال مسؤول لوكالة رويترز إن الاتصال جرى. المصدر: الحرة';

function withArticle(): Draft {
  return applyCommand(EMPTY_DRAFT, { type: 'add-article', text: TEXT });
}
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe('credits and what an article rests on', () => {
  it('starts a credit from the selected words with the name alone and the role its words give (trial 1, S3-15)', () => {
    const made = (words: string): [string, string] => {
      const c = creditFromWords(words);
      return [c.name.ar, c.role];
    };
    // A credit line says where the text comes from; the label is not part of the name.
    expect(made('المصدر: روسيا اليوم')).toEqual(['روسيا اليوم', 'origin']);
    expect(made('المصدر : الحرة')).toEqual(['الحرة', 'origin']);
    expect(made('مصدر الخبر: سبوتنيك')).toEqual(['سبوتنيك', 'origin']);
    expect(made('نقلاً عن وكالة رويترز')).toEqual(['وكالة رويترز', 'origin']);
    expect(made('نقلًا عن وكالة رويترز')).toEqual(['وكالة رويترز', 'origin']);
    // A dateline's bracketed agency, a picture's credit, a report cited for a statement.
    expect(made('(أ ف ب)')).toEqual(['أ ف ب', 'origin']);
    expect(made('تصوير: رويترز')).toEqual(['رويترز', 'photo']);
    expect(made('بحسب وكالة الأناضول')).toEqual(['وكالة الأناضول', 'cited']);
    // A bare name stays cited, its closing stop left out; a label alone is kept as it is.
    expect(made('رويترز.')).toEqual(['رويترز', 'cited']);
    expect(made('لوكالة رويترز')).toEqual(['لوكالة رويترز', 'cited']);
    expect(made('المصدر:')).toEqual(['المصدر', 'cited']);
  });

  it('anchors a credit at the selected words, with their context, and edits and removes it', () => {
    let d = withArticle();
    const id = d.sources[0]!.id;
    d = applyCommand(d, {
      type: 'add-credit',
      source: id,
      role: 'cited',
      name: { ar: 'رويترز', en: 'Reuters' },
      ...at('رويترز'),
    });
    const credit = d.sources[0]!.credits[0]!;
    expect(credit).toMatchObject({ text: 'رويترز', role: 'cited', ...at('رويترز') });
    expect(TEXT.slice(credit.start - credit.prefix!.length, credit.start)).toBe(credit.prefix);
    // The same words twice are one credit.
    expect(
      applyCommand(d, {
        type: 'add-credit',
        source: id,
        role: 'origin',
        name: { ar: '', en: '' },
        ...at('رويترز'),
      }),
    ).toBe(d);
    d = applyCommand(d, { type: 'set-credit', source: id, start: credit.start, role: 'origin' });
    expect(d.sources[0]!.credits[0]!.role).toBe('origin');
    d = applyCommand(d, { type: 'remove-credit', source: id, start: credit.start });
    expect(d.sources[0]!.credits).toEqual([]);
  });

  it('refuses a credit outside the text', () => {
    const d = withArticle();
    const id = d.sources[0]!.id;
    expect(
      applyCommand(d, {
        type: 'add-credit',
        source: id,
        role: 'cited',
        name: { ar: 'x', en: 'x' },
        start: 5,
        end: TEXT.length + 1,
      }),
    ).toBe(d);
  });

  it('records a credited report with the words that credit it, an inferred one without, and removes them', () => {
    let d = withArticle();
    const id = d.sources[0]!.id;
    const name = { ar: 'الحرة', en: 'Alhurra' };
    const note = { ar: 'ملاحظة', en: 'A note' };
    // Credited needs its words.
    expect(
      applyCommand(d, {
        type: 'add-rests-on',
        source: id,
        origin: 'alhurra',
        name,
        basis: 'credited',
        extent: 'whole',
        note,
      }),
    ).toBe(d);
    d = applyCommand(d, {
      type: 'add-rests-on',
      source: id,
      origin: 'alhurra',
      name,
      basis: 'credited',
      extent: 'whole',
      note,
      anchor: at('الحرة'),
    });
    d = applyCommand(d, {
      type: 'add-rests-on',
      source: id,
      origin: 'afp',
      name: { ar: 'فرانس برس', en: 'AFP' },
      basis: 'inferred',
      extent: 'part',
      note,
      anchor: at('رويترز'),
    });
    const [credited, inferred] = d.sources[0]!.restsOn!;
    expect(credited).toMatchObject({
      origin: 'alhurra',
      basis: 'credited',
      anchor: { text: 'الحرة', ...at('الحرة') },
    });
    expect(inferred!.anchor).toBeUndefined();
    d = applyCommand(d, { type: 'set-rests-on', source: id, index: 1, extent: 'whole' });
    expect(d.sources[0]!.restsOn![1]!.extent).toBe('whole');
    d = applyCommand(d, { type: 'remove-rests-on', source: id, index: 0 });
    d = applyCommand(d, { type: 'remove-rests-on', source: id, index: 0 });
    expect('restsOn' in d.sources[0]!).toBe(false);
  });

  it('makes an origin key the schema accepts from a name', () => {
    expect(originKey('Al Qahera News')).toBe('al-qahera-news');
    expect(originKey('AFP')).toBe('afp');
  });
});
