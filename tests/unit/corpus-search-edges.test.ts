/**
 * The corpus word index at its edges: which Arabic words lose a proclitic and the article (by length,
 * and only at the word's start), and a build's memo actually used.
 */
import { describe, expect, it, vi } from 'vitest';
import { eventWords, WordMemo, wordForms } from '../../src/data/corpus-search';

describe('the forms a folded word is indexed under', () => {
  it('strips a proclitic and the article from five letters on, not from four', () => {
    // والد (father) is four letters: a word, not و + الد.
    expect(wordForms('والد')).toStrictEqual(['والد']);
    expect(wordForms('والقد')).toStrictEqual(['والقد', 'القد', 'قد']);
    for (const p of ['و', 'ف', 'ب', 'ل', 'ك'])
      expect(wordForms(`${p}الشعب`)).toStrictEqual([`${p}الشعب`, 'الشعب', 'شعب']);
    expect(wordForms('مالشعب')).toStrictEqual(['مالشعب']);
    // A proclitic is stripped only with the article after it: وكتاب is indexed as written.
    expect(wordForms('وكتاب')).toStrictEqual(['وكتاب']);
  });

  it('looks for the proclitic and the article at the start of the word only', () => {
    expect(wordForms('سوالف')).toStrictEqual(['سوالف']);
    expect(wordForms('مالك')).toStrictEqual(['مالك']);
    expect(wordForms('قال')).toStrictEqual(['قال']);
  });

  it('strips the article from four letters on, not from three', () => {
    expect(wordForms('الحق')).toStrictEqual(['الحق', 'حق']);
    expect(wordForms('الم')).toStrictEqual(['الم']);
  });
});

describe('an event’s words with a build’s memo', () => {
  it('gathers them through the memo it is given', () => {
    const memo = new WordMemo();
    const gather = vi.spyOn(memo, 'gather');
    const e = { title: { ar: 'الوزير', en: 'Minister' }, accounts: [] };
    expect(eventWords(e, memo)).toStrictEqual(['الوزير', 'وزير', 'minister']);
    expect(gather).toHaveBeenCalledTimes(1);
  });

  it('indexes a word of a tatweel or marks alone under no form, as without a memo', () => {
    const e = { title: { ar: 'ـــ ًٌ الـ ـ', en: '' }, accounts: [] };
    expect(new WordMemo().gather([e.title.ar])).toStrictEqual(['ال']);
    expect(eventWords(e, new WordMemo())).toStrictEqual(eventWords(e));
  });
});
