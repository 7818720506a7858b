/**
 * The corpus format's own arithmetic, without building a corpus: articles cut into chunks (never
 * between the halves of a surrogate pair), the keys and file names it writes, an event's skeleton row,
 * and the density counts per lane and level with the periods a window overlaps.
 */
import { describe, expect, it } from 'vitest';
import {
  articleChunks,
  chunkKey,
  CORPUS_FORMAT,
  MANIFEST,
  SKELETON_COLUMNS,
  SKELETON_TIMES,
  densityIn,
  densityPath,
  DensityCounter,
  eventPeriod,
  skeletonPath,
  skeletonRow,
  type DensityFile,
} from '../../src/data/corpus-format';
import type { TimelineEvent } from '../../src/domain';

const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);

describe('articles cut into chunks', () => {
  it('cuts at the chunk size: a text of exactly one chunk, and one character more', () => {
    expect(articleChunks('abcd', 4)).toStrictEqual([{ at: 0, length: 4, text: 'abcd' }]);
    expect(articleChunks('abcde', 4)).toStrictEqual([
      { at: 0, length: 5, text: 'abcd' },
      { at: 4, length: 5, text: 'e' },
    ]);
    expect(articleChunks('abcdefghi', 4).map((c) => c.at)).toStrictEqual([0, 4, 8]);
  });

  it('gives an empty article one empty chunk', () => {
    expect(articleChunks('', 4)).toStrictEqual([{ at: 0, length: 0, text: '' }]);
  });

  it('keeps a surrogate pair whole in the chunk where it starts', () => {
    const text = 'abc😀d';
    expect(articleChunks(text, 4)).toStrictEqual([
      { at: 0, length: 6, text: 'abc😀' },
      { at: 5, length: 6, text: 'd' },
    ]);
    // A pair that ends the chunk exactly, and a lone high surrogate ending the text, cut nothing.
    expect(articleChunks('ab😀cd', 4).map((c) => c.text)).toStrictEqual(['ab😀', 'cd']);
    expect(articleChunks('abc\uD83D', 4)).toStrictEqual([{ at: 0, length: 4, text: 'abc\uD83D' }]);
    // Only a high surrogate is held back from the cut: a low one or an Arabic letter is not.
    expect(articleChunks('abcبد', 4).map((c) => c.text)).toStrictEqual(['abcب', 'د']);
    expect(articleChunks('abc\uDE00d', 4).map((c) => c.text)).toStrictEqual(['abc\uDE00', 'd']);
  });

  it('joins back to the article, chunk by chunk, at 1,500 characters by default', () => {
    const text = 'كلمة '.repeat(700);
    const chunks = articleChunks(text);
    expect(chunks.map((c) => c.at)).toStrictEqual([0, 1500, 3000]);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
  });
});

describe('names and keys the corpus writes', () => {
  it('keys a chunk by its source and its start, padded so that keys sort as numbers', () => {
    expect(chunkKey('src-a', 42)).toBe('src-a\u00000000000042');
    const keys = [chunkKey('a', 1500), chunkKey('a', 0), chunkKey('a-b', 0), chunkKey('a', 15000)];
    expect([...keys].sort()).toStrictEqual([
      chunkKey('a', 0),
      chunkKey('a', 1500),
      chunkKey('a', 15000),
      chunkKey('a-b', 0),
    ]);
  });

  it('keeps the names a published corpus is opened by, and its time columns', () => {
    // A corpus built before must still open: these are on every server that holds one.
    expect(MANIFEST).toBe('manifest.json');
    expect(CORPUS_FORMAT).toBe('riwayat-corpus');
    expect([...SKELETON_TIMES]).toStrictEqual(['start_ms', 'end_ms']);
    for (const c of SKELETON_TIMES) expect(SKELETON_COLUMNS).toContain(c);
  });

  it('names skeleton files and density levels', () => {
    expect(skeletonPath(3)).toBe('events-0003.parquet');
    expect(skeletonPath(12345)).toBe('events-12345.parquet');
    expect(densityPath({ unit: 'month', n: 3 })).toBe('density-month-3.json');
  });
});

describe('an event’s skeleton row', () => {
  const event = (over: Partial<TimelineEvent>): TimelineEvent =>
    ({
      id: 'e1',
      start: '2022-02-24',
      precision: 'day',
      basis: 'stated',
      kind: 'military',
      actors: ['russia', 'ukraine'],
      title: { ar: 'الغزو', en: 'The invasion' },
      ...over,
    }) as TimelineEvent;

  it('holds the period in milliseconds, the dates as written and the actors by spaces', () => {
    expect(skeletonRow(event({}))).toStrictEqual({
      id: 'e1',
      start_ms: day(2022, 2, 24),
      end_ms: day(2022, 2, 25),
      start: '2022-02-24',
      end: null,
      precision: 'day',
      basis: 'stated',
      kind: 'military',
      actors: 'russia ukraine',
      title_ar: 'الغزو',
      title_en: 'The invasion',
    });
    const span = skeletonRow(event({ start: '2022-02', end: '2022-03', precision: 'month' }));
    expect([span.start_ms, span.end_ms, span.end]).toStrictEqual([
      day(2022, 2, 1),
      day(2022, 4, 1),
      '2022-03',
    ]);
    expect(eventPeriod({ start: '2022-02', end: '2022-03' })).toStrictEqual({
      start: day(2022, 2, 1),
      end: day(2022, 4, 1),
    });
  });

  it('places an event whose date cannot be read at 0', () => {
    const row = skeletonRow(event({ start: 'not a date' }));
    expect([row.start_ms, row.end_ms]).toStrictEqual([0, 0]);
  });
});

describe('density counted as the build meets events in time order', () => {
  const level = (files: DensityFile[], unit: string, n: number): DensityFile =>
    files.find((f) => f.unit === unit && f.n === n)!;

  it('counts each lane per period at every level, a new period at its first moment', () => {
    const c = new DensityCounter();
    c.add('military', day(2022, 2, 24));
    c.add('military', day(2022, 2, 24) + 86_399_999);
    c.add('diplomacy', day(2022, 2, 24));
    c.add('military', day(2022, 2, 25));
    c.add('military', day(2022, 3, 1));
    c.add('military', day(2023, 1, 1));
    const files = c.files();
    expect(files.map((f) => `${f.unit}-${f.n}`)).toStrictEqual([
      'day-1',
      'day-7',
      'month-1',
      'month-3',
      'month-6',
      'year-1',
      'year-2',
      'year-5',
      'year-10',
      'year-25',
      'year-50',
      'year-100',
    ]);
    expect(level(files, 'day', 1).lanes).toStrictEqual({
      military: {
        starts: [day(2022, 2, 24), day(2022, 2, 25), day(2022, 3, 1), day(2023, 1, 1)],
        counts: [2, 1, 1, 1],
      },
      diplomacy: { starts: [day(2022, 2, 24)], counts: [1] },
    });
    expect(level(files, 'month', 1).lanes['military']).toStrictEqual({
      starts: [day(2022, 2, 1), day(2022, 3, 1), day(2023, 1, 1)],
      counts: [3, 1, 1],
    });
    expect(level(files, 'month', 3).lanes['military']).toStrictEqual({
      starts: [day(2022, 1, 1), day(2023, 1, 1)],
      counts: [4, 1],
    });
    expect(level(files, 'year', 1).lanes['military']).toStrictEqual({
      starts: [day(2022, 1, 1), day(2023, 1, 1)],
      counts: [4, 1],
    });
    expect(level(files, 'year', 2).lanes['military']!.counts).toStrictEqual([5]);
  });

  it('ends a week seven days on, and a quarter across the year’s end', () => {
    const c = new DensityCounter();
    const week = new DensityCounter();
    week.add('x', 0);
    week.add('x', 7 * 86_400_000 - 1);
    week.add('x', 7 * 86_400_000);
    expect(level(week.files(), 'day', 7).lanes['x']).toStrictEqual({
      starts: [0, 7 * 86_400_000],
      counts: [2, 1],
    });
    c.add('x', day(2022, 11, 15));
    c.add('x', day(2022, 12, 31));
    c.add('x', day(2023, 1, 1));
    expect(level(c.files(), 'month', 3).lanes['x']).toStrictEqual({
      starts: [day(2022, 10, 1), day(2023, 1, 1)],
      counts: [2, 1],
    });
  });
});

describe('the periods of a lane a window overlaps', () => {
  const file: DensityFile = {
    unit: 'day',
    n: 1,
    lanes: { military: { starts: [day(2022, 2, 24), day(2022, 2, 26), day(2022, 3, 1)], counts: [2, 5, 1] } },
  };
  const step = { unit: 'day', n: 1 } as const;

  it('takes a period that ends after the window starts and starts before it ends', () => {
    expect(densityIn(file, step, 'military', day(2022, 2, 25), day(2022, 3, 1))).toStrictEqual({
      starts: [day(2022, 2, 26)],
      counts: [5],
    });
    // The window starting the moment a period ends, and ending the moment one starts: neither.
    expect(densityIn(file, step, 'military', day(2022, 2, 25), day(2022, 2, 26))).toStrictEqual({
      starts: [],
      counts: [],
    });
    expect(densityIn(file, step, 'military', day(2022, 2, 25) - 1, day(2022, 2, 26) + 1)).toStrictEqual({
      starts: [day(2022, 2, 24), day(2022, 2, 26)],
      counts: [2, 5],
    });
  });

  it('measures a period by its level: a month of the month level reaches its next month', () => {
    const months: DensityFile = {
      unit: 'month',
      n: 1,
      lanes: { x: { starts: [day(2022, 1, 1)], counts: [3] } },
    };
    const m = { unit: 'month', n: 1 } as const;
    expect(densityIn(months, m, 'x', day(2022, 1, 31), day(2022, 3, 1)).counts).toStrictEqual([3]);
    expect(densityIn(months, m, 'x', day(2022, 2, 1), day(2022, 3, 1)).counts).toStrictEqual([]);
    const years: DensityFile = {
      unit: 'year',
      n: 5,
      lanes: { x: { starts: [day(2020, 1, 1)], counts: [3] } },
    };
    const y = { unit: 'year', n: 5 } as const;
    expect(densityIn(years, y, 'x', day(2024, 12, 31), day(2030, 1, 1)).counts).toStrictEqual([3]);
    expect(densityIn(years, y, 'x', day(2025, 1, 1), day(2030, 1, 1)).counts).toStrictEqual([]);
  });

  it('gives nothing for a lane the level does not list, even one named like an object’s own', () => {
    for (const lane of ['diplomacy', 'toString', 'constructor', '__proto__'])
      expect(densityIn(file, step, lane, -1e15, 1e15)).toStrictEqual({ starts: [], counts: [] });
  });
});
