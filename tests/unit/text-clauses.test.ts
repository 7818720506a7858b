import { describe, expect, it } from 'vitest';
import { clauseIndex } from '../../src/domain/text-clauses';

// Each folded character's original offset: "ab" came from offsets 0 and 2, "cd" from 5 and 5, …
const folded = 'ab.cd,ef.gh';
const map = [0, 2, 3, 5, 5, 6, 8, 9, 10, 12, 13];
const ends = /[.]/;

describe('where an original offset lands in the folded text', () => {
  const index = clauseIndex(folded, map, ends);

  it('finds the first folded position at or after the offset', () => {
    expect(index.at(0)).toBe(0);
    expect(index.at(1)).toBe(1);
    expect(index.at(2)).toBe(1);
    expect(index.at(4)).toBe(3);
    expect(index.at(5)).toBe(3);
    expect(index.at(7)).toBe(6);
    expect(index.at(12)).toBe(9);
  });

  it('stops at the last folded position past the end', () => {
    expect(index.at(13)).toBe(10);
    expect(index.at(14)).toBe(10);
    expect(index.at(1000)).toBe(10);
  });

  it('answers 0 for an offset before the start and for an empty text', () => {
    expect(index.at(-5)).toBe(0);
    const empty = clauseIndex('', [], ends);
    expect(empty.at(0)).toBe(0);
    expect(empty.at(7)).toBe(0);
  });
});

describe('the clause around a span', () => {
  it('runs from after the previous end to the next end, with where it begins', () => {
    const index = clauseIndex(folded, map, ends);
    expect(index.clause(0, 1)).toEqual({ from: 0, text: 'ab' });
    expect(index.clause(3, 4)).toEqual({ from: 3, text: 'cd,ef' });
    expect(index.clause(6, 7)).toEqual({ from: 3, text: 'cd,ef' });
    expect(index.clause(9, 10)).toEqual({ from: 9, text: 'gh' });
  });

  it('takes a span that starts on a clause end into the clause that end closes', () => {
    const index = clauseIndex(folded, map, ends);
    expect(index.clause(2, 2)).toEqual({ from: 0, text: 'ab' });
    expect(index.clause(8, 8)).toEqual({ from: 3, text: 'cd,ef' });
  });

  it('spans every clause the span crosses', () => {
    const index = clauseIndex(folded, map, ends);
    expect(index.clause(1, 4)).toEqual({ from: 0, text: 'ab.cd,ef' });
    expect(index.clause(0, 10)).toEqual({ from: 0, text: folded });
  });

  it('uses the characters given as ends, and the whole text when there are none', () => {
    const commas = clauseIndex(folded, map, /[.,]/);
    expect(commas.clause(3, 4)).toEqual({ from: 3, text: 'cd' });
    expect(commas.clause(6, 7)).toEqual({ from: 6, text: 'ef' });
    const none = clauseIndex('abc', [0, 1, 2], /[.]/);
    expect(none.clause(1, 2)).toEqual({ from: 0, text: 'abc' });
  });

  it('tells apart clauses that share a start or an end', () => {
    const text = 'a.b.c';
    const index = clauseIndex(text, [0, 1, 2, 3, 4], /[.]/);
    expect(index.clause(0, 0)).toEqual({ from: 0, text: 'a' });
    expect(index.clause(0, 2)).toEqual({ from: 0, text: 'a.b' });
    expect(index.clause(2, 2)).toEqual({ from: 2, text: 'b' });
    expect(index.clause(2, 4)).toEqual({ from: 2, text: 'b.c' });
    expect(index.clause(0, 0)).toEqual({ from: 0, text: 'a' });
  });

  it('keeps apart a long clause and a short one whose starts and ends would add up alike', () => {
    // Clause ends at 0 and 1 of five characters: the clause 0–5 and the empty one 1–1.
    const index = clauseIndex('..abc', [0, 1, 2, 3, 4], /[.]/);
    expect(index.clause(0, 3)).toEqual({ from: 0, text: '..abc' });
    expect(index.clause(1, 1)).toEqual({ from: 1, text: '' });
  });

  it('gives the same clause object for two spans in one clause (each sliced once)', () => {
    const index = clauseIndex(folded, map, ends);
    expect(index.clause(3, 4)).toBe(index.clause(6, 7));
  });

  it('takes a stop between two digits for a decimal point or a separator, not an end', () => {
    const at = (text: string): ReturnType<typeof clauseIndex> =>
      clauseIndex(
        text,
        [...text].map((_, i) => i),
        /[.,]/,
      );
    expect(at('2.5 ab').clause(0, 0)).toEqual({ from: 0, text: '2.5 ab' });
    expect(at('1,000.ab').clause(0, 0)).toEqual({ from: 0, text: '1,000' });
    // A digit on one side only: an end all the same.
    expect(at('2. 5').clause(0, 0)).toEqual({ from: 0, text: '2' });
    expect(at('a.5').clause(2, 2)).toEqual({ from: 2, text: '5' });
    expect(at('.5').clause(1, 1)).toEqual({ from: 1, text: '5' });
    expect(at('5.').clause(0, 0)).toEqual({ from: 0, text: '5' });
  });
});
