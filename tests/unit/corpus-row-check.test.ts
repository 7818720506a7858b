import { describe, expect, it } from 'vitest';
import { checkRows, CorpusError, kindIds, readRow } from '../../src/data';

/** A row as a skeleton file holds it for an event of 25 June 2024. */
const ROW = {
  id: 'call-2024-06-25',
  start_ms: Date.UTC(2024, 5, 25),
  end_ms: Date.UTC(2024, 5, 26),
  start: '2024-06-25',
  end: null,
  precision: 'day',
  basis: 'stated',
  kind: 'diplomacy',
  actors: 'usa russia',
  title_ar: 'اتصال',
  title_en: 'A call',
};

/** The kinds of a manifest that lists none: the bundled story's. */
const KINDS = kindIds({});

describe('a skeleton row read from a file', () => {
  it('comes back typed when every field is what its column says', () => {
    expect(readRow(ROW, KINDS)).toEqual({ row: ROW, problem: null });
    expect(checkRows([ROW], () => 'f row 0', KINDS)).toEqual([ROW]);
  });

  it('is refused, untyped, when a field is not of its type: a time as text, a title as a number, no field', () => {
    for (const bad of [
      { ...ROW, start_ms: '2024-06-25' },
      { ...ROW, end_ms: new Date(ROW.end_ms) },
      { ...ROW, title_en: 7 },
      { ...ROW, end: undefined },
      { ...ROW, kind: 'party' },
      'a row',
      null,
    ])
      expect(readRow(bad, KINDS).row).toBeNull();
    expect(readRow({ ...ROW, start_ms: '2024-06-25' }, KINDS).problem).toBe(
      'a field is missing or of the wrong type',
    );
    expect(readRow({ ...ROW, kind: 'party' }, KINDS).problem).toBe(
      'precision, basis or kind is not one of the allowed values',
    );
  });

  it('is refused when the schema refuses its id, so no unchecked text passes for an event id', () => {
    const read = readRow({ ...ROW, id: 'Not An Id!' }, KINDS);
    expect(read.row).toBeNull();
    expect(read.problem).toMatch(/id/);
  });

  it('keeps its types but names the problem when its times are not its dates’ period', () => {
    const read = readRow({ ...ROW, end_ms: ROW.end_ms + 1 }, KINDS);
    expect(read.row?.id).toBe('call-2024-06-25');
    expect(read.problem).toBe('start_ms and end_ms are not the period of its dates');
    expect(() => checkRows([{ ...ROW, end_ms: ROW.end_ms + 1 }], () => 'f row 3', KINDS)).toThrow(
      CorpusError,
    );
    expect(() => checkRows([ROW, ROW], (i) => `f row ${i}`, KINDS)).toThrow(
      'f row 1: the id "call-2024-06-25" is used more than once',
    );
  });
});

describe('each field of a skeleton row, checked on its own', () => {
  it('refuses a row whose one field is of another type, with the same words, and an array as no row', () => {
    for (const bad of [
      { ...ROW, id: 7 },
      { ...ROW, start: 20240625 },
      { ...ROW, precision: 1 },
      { ...ROW, basis: null },
      { ...ROW, kind: 3 },
      { ...ROW, actors: ['usa'] },
      { ...ROW, title_ar: null },
      { ...ROW, end: 5 },
    ])
      expect(readRow(bad, KINDS)).toEqual({ row: null, problem: 'a field is missing or of the wrong type' });
    for (const bad of [
      { ...ROW, precision: 'hour' },
      { ...ROW, basis: 'guessed' },
    ])
      expect(readRow(bad, KINDS)).toEqual({
        row: null,
        problem: 'precision, basis or kind is not one of the allowed values',
      });
    expect(readRow([ROW], KINDS)).toEqual({ row: null, problem: 'not a row' });
  });

  it('reads a row with no actors and one with an end, and names dates that are no period', () => {
    expect(readRow({ ...ROW, actors: '' }, KINDS)).toEqual({ row: { ...ROW, actors: '' }, problem: null });
    const span = { ...ROW, end: '2024-06-27', end_ms: Date.UTC(2024, 5, 28) };
    expect(readRow(span, KINDS)).toEqual({ row: span, problem: null });
    const backwards = { ...ROW, end: '2024-06-20' };
    expect(readRow(backwards, KINDS)).toEqual({
      row: backwards,
      problem: 'the dates 2024-06-25 – 2024-06-20 are not a period',
    });
    expect(readRow({ ...ROW, start_ms: ROW.start_ms - 1 }, KINDS).problem).toBe(
      'start_ms and end_ms are not the period of its dates',
    );
    expect(() => checkRows([backwards], () => 'f row 2', KINDS)).toThrow(
      'f row 2: the dates 2024-06-25 – 2024-06-20 are not a period',
    );
  });

  it('refuses an id already seen in another file, and adds the ids it reads to those seen', () => {
    const seen = new Set(['call-2024-06-25']);
    expect(() => checkRows([ROW], () => 'g row 0', KINDS, seen)).toThrow(
      'g row 0: the id "call-2024-06-25" is used more than once',
    );
    const more = new Set<string>();
    checkRows([ROW], () => 'h row 0', KINDS, more);
    expect([...more]).toEqual(['call-2024-06-25']);
  });
});

describe('a skeleton row of a corpus with its own kinds', () => {
  const own = kindIds({ kinds: [{ id: 'party', name: { ar: 'حزب', en: 'Party' }, colour: 'teal' }] });

  it('is read when its kind is one of the manifest’s, and refused when it is one of the bundled story’s only', () => {
    expect(readRow({ ...ROW, kind: 'party' }, own)).toEqual({
      row: { ...ROW, kind: 'party' },
      problem: null,
    });
    expect(readRow(ROW, own).row).toBeNull();
    expect(() => checkRows([ROW], () => 'f row 0', own)).toThrow('f row 0: precision, basis or kind');
  });
});
