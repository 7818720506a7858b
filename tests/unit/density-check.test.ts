/**
 * A corpus's density file and the paths and counts its manifest gives are untrusted: each is checked
 * against what the manifest lists before the timeline draws a period of it.
 */
import { describe, expect, it } from 'vitest';
import { checkDensity, CorpusError } from '../../src/data';
import { isCount, safePath, TIME_MAX, TIME_MIN } from '../../src/data/corpus-guard';

const DAY = 86_400_000;
const level = { path: 'density/day-1.json', bytes: 100, sha256: 'a'.repeat(64), unit: 'day', n: 1, bins: 3 };
const step = { unit: 'day', n: 1 } as const;
const lanes = new Set(['diplomacy', 'military']);
const good = () => ({ unit: 'day', n: 1, lanes: { diplomacy: { starts: [0, DAY], counts: [1, 2] } } });

/** The words `value` is refused with (null when it is taken). */
function refusal(value: unknown): string | null {
  try {
    checkDensity(value, level as never, step, lanes);
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(CorpusError);
    expect((e as CorpusError).place).toBe('density/day-1.json');
    expect((e as CorpusError).code).toBe('invalid');
    return (e as CorpusError).message;
  }
}

describe('a density file', () => {
  it('is taken as the level it is, lane by lane', () => {
    const file = checkDensity(good(), level as never, step, lanes);
    expect(file).toEqual({ unit: 'day', n: 1, lanes: { diplomacy: { starts: [0, DAY], counts: [1, 2] } } });
  });

  it('is refused when it is not the level the manifest lists', () => {
    for (const v of [null, [], { ...good(), unit: 'month' }, { ...good(), n: 2 }])
      expect(refusal(v)).toBe('density/day-1.json: not the density level the manifest lists');
    for (const lanes of [undefined, [], 'diplomacy'])
      expect(refusal({ ...good(), lanes })).toBe('density/day-1.json: no lanes');
  });

  it('names a lane the manifest does not list, cut to 40 characters', () => {
    const id = 'x'.repeat(60);
    expect(refusal({ ...good(), lanes: { [id]: { starts: [0], counts: [1] } } })).toBe(
      `density/day-1.json: "${'x'.repeat(40)}" is not a lane of the manifest`,
    );
  });

  it('needs starts and counts as lists of one length', () => {
    for (const d of [
      null,
      [],
      { starts: [0] },
      { counts: [1] },
      { starts: 0, counts: [1] },
      { starts: [0, DAY], counts: [1] },
    ])
      expect(refusal({ ...good(), lanes: { military: d } })).toBe(
        'density/day-1.json: lane "military": starts and counts must be lists of one length',
      );
  });

  it('needs each period after the one before, at a time of the years 0000–9999', () => {
    const period = (starts: unknown[]) =>
      refusal({ ...good(), lanes: { diplomacy: { starts, counts: starts.map(() => 1) } } });
    expect(period([TIME_MIN, TIME_MAX])).toBeNull();
    const words = (i: number) =>
      `density/day-1.json: lane "diplomacy" period ${i}: not a time after the one before`;
    expect(period([0, 0])).toBe(words(1));
    expect(period([DAY, 0])).toBe(words(1));
    for (const t of [TIME_MIN - 1, TIME_MAX + 1, '0', NaN, Infinity, null])
      expect(period([t])).toBe(words(0));
  });

  it('needs each count a positive whole number', () => {
    const count = (c: unknown) => refusal({ ...good(), lanes: { diplomacy: { starts: [0], counts: [c] } } });
    expect(count(1)).toBeNull();
    for (const c of [0, -1, 1.5, '1', null])
      expect(count(c)).toBe(
        'density/day-1.json: lane "diplomacy" period 0: the count is not a positive whole number',
      );
  });
});

describe('the paths and counts a manifest gives', () => {
  it('stay inside the corpus', () => {
    for (const p of [
      'manifest.json',
      'events/0000.jsonl',
      'skeleton/part-0.parquet',
      'a/b/c.json',
      'x.y.json',
    ])
      expect(safePath(p), p).toBe(true);
    for (const p of [
      '../x.json',
      'a..b.json',
      'a/../b.json',
      '/x.json',
      '.x.json',
      'X.json',
      'x.json.exe',
      'a/b.json.exe',
      'x.txt',
      'https://example.org/x.json',
      'a//b.json',
      'a/b/',
      ' x.json',
      '-x.json',
      'a/.b.json',
    ])
      expect(safePath(p), p).toBe(false);
  });

  it('are counts only when whole and not negative', () => {
    for (const n of [0, 1, Number.MAX_SAFE_INTEGER]) expect(isCount(n)).toBe(true);
    for (const n of [-1, 1.5, 2 ** 53, NaN, '1', null]) expect(isCount(n)).toBe(false);
  });
});
