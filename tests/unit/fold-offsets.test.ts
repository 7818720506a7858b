/**
 * One Arabic fold that keeps offsets (`foldWithOffsets`), which search and mentions, dates and
 * anchoring all fold through: what it folds, where each folded character came from, and that no other
 * file folds a text character by character with offsets of its own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMentions, findFolded, foldForAnchor, foldWithOffsets, type Entity } from '../../src/domain';
import { foldForDates } from '../../src/domain/date-lexicon';

/** Each case: the text (NFC unless said), its fold, and the offset each folded character starts at. */
const CASES: readonly {
  readonly what: string;
  readonly text: string;
  readonly folded: string;
  readonly starts: readonly number[];
  readonly ends?: readonly number[];
}[] = [
  { what: 'tatweel', text: 'مرحـــبا', folded: 'مرحبا', starts: [0, 1, 2, 6, 7] },
  { what: 'diacritics', text: 'مُحَمَّد', folded: 'محمد', starts: [0, 2, 4, 7] },
  { what: 'hamza on alef', text: 'أحمد', folded: 'احمد', starts: [0, 1, 2, 3] },
  { what: 'hamza below, with kasra', text: 'إِيران', folded: 'ايران', starts: [0, 2, 3, 4, 5] },
  { what: 'alef madda (NFC, one code unit)', text: 'آب', folded: 'اب', starts: [0, 1] },
  { what: 'the lone hamza', text: 'سماء قال', folded: 'سما قال', starts: [0, 1, 2, 4, 5, 6, 7] },
  {
    what: 'ta marbuta, alef maqsura',
    text: 'مصطفى عودة',
    folded: 'مصطفي عوده',
    starts: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  },
  { what: 'en dash', text: '12–15', folded: '12-15', starts: [0, 1, 2, 3, 4] },
  { what: 'non-breaking hyphen and em dash', text: 'أ‑ب—ج', folded: 'ا-ب-ج', starts: [0, 1, 2, 3, 4] },
  { what: 'Arabic-Indic digits', text: '٢٠٢٤', folded: '2024', starts: [0, 1, 2, 3] },
  { what: 'an invisible mark inside a word', text: 'شو\u200Cيغو', folded: 'شويغو', starts: [0, 1, 3, 4, 5] },
  // A presentation-form ligature folds to two letters, both from the one character.
  {
    what: 'lam-alef ligature',
    text: 'ﻻ بد',
    folded: 'لا بد',
    starts: [0, 0, 1, 2, 3],
    ends: [1, 1, 2, 3, 4],
  },
  // A character beyond U+FFFF is two code units: the next one starts two further on.
  { what: 'astral character', text: '𝐀b', folded: 'ab', starts: [0, 2], ends: [2, 3] },
];

describe('foldWithOffsets: the one fold that keeps offsets', () => {
  it.each(CASES)('$what', ({ text, folded, starts, ends }) => {
    const f = foldWithOffsets(text);
    expect(f.folded).toBe(folded);
    expect(f.starts).toEqual(starts);
    if (ends !== undefined) expect(f.ends).toEqual(ends);
    // Every folded character's range is one whole character of the text, and folds to it.
    for (let i = 0; i < f.folded.length; i++) {
      const original = text.slice(f.starts[i], f.ends[i]);
      expect([...original]).toHaveLength(1);
      expect(foldWithOffsets(original).folded).toContain(f.folded[i]);
    }
  });

  it('dates read the same offsets (and the text’s length at the end)', () => {
    for (const { text, starts } of CASES) expect(foldForDates(text).map).toEqual([...starts, text.length]);
  });

  it('search finds a folded word at the range of the word as written', () => {
    const text = 'قال الوزيرُ أَحـــمد إنّ';
    const at = text.indexOf('أَحـــمد');
    expect(findFolded(text, ['احمد'])).toEqual([{ start: at, end: at + 'أَحـــمد'.length }]);
  });

  it('a mention is the exact slice of the text', () => {
    const entity: Entity = {
      id: 'ahmad' as Entity['id'],
      kind: 'person',
      name: { ar: 'أحمد', en: 'Ahmad' },
      aliases: [],
      side: 'other',
    };
    const text = 'وقال إِيرانيٌّ لأَحمدَ';
    const [m] = findMentions(text, [entity]);
    expect(m?.text).toBe('أَحمدَ');
    expect(text.slice(m?.start, m?.end)).toBe('أَحمدَ');
  });

  it('anchoring folds letters as the shared fold does, with the same offsets', () => {
    // Without spaces or punctuation, anchoring's own rules have nothing to do.
    for (const { text } of CASES.filter((c) => !/[\s\p{P}]/u.test(c.text))) {
      const mine = foldWithOffsets(text);
      const anchor = foldForAnchor(text);
      expect(anchor.folded).toBe(mine.folded);
      expect(anchor.starts).toEqual(mine.starts);
      expect(anchor.ends).toEqual(mine.ends);
    }
    // Its spacing keeps the offsets: two spaces are one, ending after the second.
    const spaced = foldForAnchor('أب  ـج');
    expect(spaced.folded).toBe('اب ج');
    expect(spaced.starts).toEqual([0, 1, 2, 5]);
    expect(spaced.ends).toEqual([1, 2, 4, 6]);
  });
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('no second fold with offsets', () => {
  it('only arabic.ts folds a text character by character while recording where each came from', () => {
    // A loop over a text's characters that folds each one and counts its length in the text.
    const copy =
      /for \(const (\w+) of [\w.]+\) \{[^]{0,300}?(?:\w*[Ff]old\w*|normalizeForMatch)\(\1\)[^]{0,300}?\b\1\.length/u;
    const writers = files('src')
      .map((path) => path.split('\\').join('/'))
      .filter((path) => copy.test(readFileSync(path, 'utf8')));
    expect(writers).toEqual(['src/domain/arabic.ts']);
  });
});
