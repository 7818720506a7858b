/**
 * The skeleton of a corpus over Parquet bytes in memory: a window reads only the row groups that can
 * hold one of its events, and the footer once; each row is placed by its number across files; every
 * refusal names its file and row group. One row comes from the rows tree, checked like a Parquet row.
 */
import { parquetHeader } from 'hyparquet/src/column.js';
import { describe, expect, it, vi } from 'vitest';
import { corpusFiles } from '../../src/data/corpus-files';
import {
  skeletonRow,
  type CorpusManifest,
  type SkeletonFile,
  type SkeletonRow,
} from '../../src/data/corpus-format';
import { CorpusError } from '../../src/data/corpus-guard';
import { readFooter, writeSkeleton } from '../../src/data/corpus-parquet';
import { placedRow, windowRows } from '../../src/data/corpus-skeleton';
import type { TimelineEvent } from '../../src/domain';
import { memoryCorpus, memoryStore, memoryTree, shaOf } from '../support/memory-corpus';

const DAY = 86_400_000;
/** A row of an event on day `d` of 2000 (one day long). */
const row = (id: string, d: number): SkeletonRow =>
  skeletonRow({
    id,
    start: new Date(Date.UTC(2000, 0, 1) + d * DAY).toISOString().slice(0, 10),
    precision: 'day',
    basis: 'stated',
    kind: 'diplomacy',
    actors: [],
    title: { ar: `حدث ${id}`, en: `Event ${id}` },
  } as unknown as TimelineEvent);
const at = (d: number): number => Date.UTC(2000, 0, 1) + d * DAY;

/** A Parquet file of `rows` in groups of `groupRows`, listed as the manifest lists it. */
function parquet(path: string, rows: SkeletonRow[], groupRows: number, firstRow: number) {
  const w = writeSkeleton(rows, groupRows);
  const bytes = w.bytes;
  let first = 0;
  const file: SkeletonFile = {
    path,
    bytes: bytes.length,
    sha256: shaOf(bytes),
    firstRow,
    rows: rows.length,
    footer: { ...w.footer, sha256: shaOf(bytes.slice(w.footer.offset, w.footer.offset + w.footer.length)) },
    rowGroups: w.rowGroups.map((g) => {
      const part = rows.slice(first, (first += g.rows));
      return {
        rows: g.rows,
        offset: g.offset,
        length: g.length,
        sha256: shaOf(bytes.slice(g.offset, g.offset + g.length)),
        startMin: Math.min(...part.map((r) => r.start_ms)),
        startMax: Math.max(...part.map((r) => r.start_ms)),
        endMax: Math.max(...part.map((r) => r.end_ms)),
      };
    }),
  };
  return { file, bytes };
}

/** A skeleton of two files: rows 0–5 (days 0–5, groups of two) and rows 6–7 (days 10–11). */
function skeleton(change?: (disk: Map<string, Uint8Array>, files: SkeletonFile[]) => void) {
  const a = parquet(
    'events-0000.parquet',
    [0, 1, 2, 3, 4, 5].map((d) => row(`e${d}`, d)),
    2,
    0,
  );
  const b = parquet(
    'events-0001.parquet',
    [10, 11].map((d) => row(`e${d}`, d)),
    2,
    6,
  );
  const disk = new Map([
    [a.file.path, a.bytes],
    [b.file.path, b.bytes],
  ]);
  const files = [a.file, b.file];
  change?.(disk, files);
  const s = memoryStore(disk);
  const manifest = {
    skeleton: files,
    files: files.map((f) => ({ path: f.path, bytes: f.bytes, sha256: f.sha256 })),
    trees: {},
  } as unknown as CorpusManifest;
  return { files: corpusFiles(s.store, manifest), asked: s.asked, a: a.file, b: b.file };
}

async function refusal(p: Promise<unknown>): Promise<CorpusError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(CorpusError);
  return e as CorpusError;
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('the events of a window', () => {
  it('reads the row groups that can hold one, and keeps the events overlapping it', async () => {
    const s = skeleton();
    const got = await windowRows(s.files, at(2), at(4));
    expect(ids(got)).toStrictEqual(['e2', 'e3']);
    expect(got.map((r) => r.row)).toStrictEqual([2, 3]);
    // The footer of the first file and its second group only.
    const g = s.a.rowGroups[1]!;
    expect(s.asked).toStrictEqual([
      `events-0000.parquet ${g.offset}+${g.length}`,
      `events-0000.parquet ${s.a.footer.offset}+${s.a.footer.length}`,
    ]);
  });

  it('leaves out an event ending as the window starts or starting as it ends', async () => {
    const s = skeleton();
    expect(ids(await windowRows(s.files, at(2) + 1, at(4) - 1))).toStrictEqual(['e2', 'e3']);
    expect(ids(await windowRows(s.files, at(3), at(3) + 1))).toStrictEqual(['e3']);
    expect(ids(await windowRows(s.files, at(3) - 1, at(3)))).toStrictEqual(['e2']);
    expect(ids(await windowRows(s.files, at(6), at(10)))).toStrictEqual([]);
  });

  it('numbers rows across files, and reads each footer once', async () => {
    const s = skeleton();
    const all = await windowRows(s.files, -1e16, 1e16);
    expect(ids(all)).toStrictEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e10', 'e11']);
    expect(all.map((r) => r.row)).toStrictEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(all[7]).toMatchObject({ id: 'e11', start: '2000-01-12', title_en: 'Event e11', row: 7 });
    await windowRows(s.files, at(11), at(12));
    const footers = s.asked.filter((a) => a.endsWith(`+${s.b.footer.length}`) && a.startsWith('events-0001'));
    expect(footers).toHaveLength(1);
  });

  it('refuses an id used twice in one window, naming the row group', async () => {
    const s = skeleton((disk, files) => {
      const twice = parquet('events-0001.parquet', [row('e0', 10), row('e11', 11)], 2, 6);
      disk.set(twice.file.path, twice.bytes);
      files[1] = twice.file;
    });
    expect(await refusal(windowRows(s.files, -1e16, 1e16))).toMatchObject({
      place: 'events-0001.parquet row group 0',
      code: 'invalid',
      message: 'events-0001.parquet row group 0: the id "e0" is used more than once',
    });
    expect(ids(await windowRows(s.files, at(10), at(12)))).toStrictEqual(['e0', 'e11']);
  });

  it('refuses a changed row group and a changed footer by checksum, naming each', async () => {
    const group = skeleton((disk, files) => {
      const bytes = disk.get(files[0]!.path)!.slice();
      bytes[files[0]!.rowGroups[1]!.offset + 10]! ^= 1;
      disk.set(files[0]!.path, bytes);
    });
    expect(await refusal(windowRows(group.files, at(2), at(3)))).toMatchObject({
      place: 'events-0000.parquet row group 1',
      code: 'checksum',
    });
    expect(ids(await windowRows(group.files, at(0), at(1)))).toStrictEqual(['e0']);
    const footer = skeleton((disk, files) => {
      const bytes = disk.get(files[0]!.path)!.slice();
      bytes[files[0]!.footer.offset + 10]! ^= 1;
      disk.set(files[0]!.path, bytes);
    });
    expect(await refusal(windowRows(footer.files, at(0), at(1)))).toMatchObject({
      place: 'events-0000.parquet footer',
      code: 'checksum',
    });
  });

  it('refuses a footer that lists other rows than the manifest, and a group holding other rows', async () => {
    const s = skeleton((_, files) => {
      files[1] = { ...files[1]!, rows: 3 };
    });
    const e = await refusal(windowRows(s.files, at(10), at(11)));
    expect(e).toMatchObject({ place: 'events-0001.parquet footer', code: 'format' });
  });
});

describe('bytes that pass their checksum but are not what they should be', () => {
  it('refuses a footer that is not Parquet, naming it', async () => {
    // The manifest lists a row group's bytes (with their true checksum) as the footer.
    const s = skeleton((_, files) => {
      const g = files[0]!.rowGroups[0]!;
      files[0] = { ...files[0]!, footer: { offset: g.offset, length: g.length, sha256: g.sha256 } };
    });
    const e = await refusal(windowRows(s.files, at(0), at(1)));
    expect(e).toMatchObject({ place: 'events-0000.parquet footer', code: 'format' });
    expect(e.message).toMatch(/^events-0000\.parquet footer: not a Parquet footer \(.+\)$/);
  });

  it('refuses a row group whose pages cannot be unpacked, naming it', async () => {
    // The first byte of the id column's page (the length its Snappy data unpacks to) is changed, and the
    // manifest lists the changed group's checksum: the page headers are intact, the page is not.
    const s = skeleton((disk, files) => {
      const file = files[0]!;
      const bytes = disk.get(file.path)!.slice();
      const metadata = readFooter(bytes.slice(file.footer.offset).buffer);
      const g = file.rowGroups[1]!;
      const reader = { view: new DataView(bytes.buffer, g.offset), offset: 0 };
      parquetHeader(reader);
      expect(metadata.row_groups[1]!.columns[0]!.meta_data!.path_in_schema).toStrictEqual(['id']);
      bytes[g.offset + reader.offset]! ^= 0xff;
      disk.set(file.path, bytes);
      const rowGroups = [...file.rowGroups];
      rowGroups[1] = { ...g, sha256: shaOf(bytes.slice(g.offset, g.offset + g.length)) };
      files[0] = { ...file, rowGroups };
    });
    const e = await refusal(windowRows(s.files, at(2), at(3)));
    expect(e).toMatchObject({ place: 'events-0000.parquet row group 1', code: 'format' });
    expect(e.message).toMatch(/^events-0000\.parquet row group 1: not readable as Parquet \(.+\)$/);
    expect(ids(await windowRows(s.files, at(0), at(1)))).toStrictEqual(['e0']);
  });

  it('reads a store that cuts its ranges out of the whole file as views (a server ignoring Range)', async () => {
    const s = skeleton();
    const disk = new Map<string, Uint8Array>();
    for (const f of [s.a, s.b]) disk.set(f.path, (await s.files.store.get(f.path)).slice());
    const files = corpusFiles(
      {
        get: async (path, range) => {
          const whole = disk.get(path)!;
          return range === undefined ? whole : whole.subarray(range.offset, range.offset + range.length);
        },
      },
      s.files.manifest,
    );
    const got = await windowRows(files, at(2), at(11));
    expect(ids(got)).toStrictEqual(['e2', 'e3', 'e4', 'e5', 'e10']);
    expect(got[3]).toMatchObject({ id: 'e5', start: '2000-01-06', title_ar: 'حدث e5', row: 5 });
  });
});

describe('a large row group', () => {
  it('checks and numbers its rows past the first 512, each once', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => row(`e${i}`, i));
    const big = parquet('events-0000.parquet', rows, 600, 0);
    const s = memoryStore(new Map([[big.file.path, big.bytes]]));
    const files = corpusFiles(s.store, {
      skeleton: [big.file],
      files: [{ path: big.file.path, bytes: big.file.bytes, sha256: big.file.sha256 }],
      trees: {},
    } as unknown as CorpusManifest);
    const got = await windowRows(files, -1e16, 1e16);
    expect(got.map((r) => r.row)).toStrictEqual(rows.map((_, i) => i));
    expect(ids(got)).toStrictEqual(rows.map((r) => r.id));
  });
});

describe('decoding in short tasks', () => {
  /** How many times reading a window of one row group of `n` rows gives the thread back. */
  async function yields(n: number): Promise<number> {
    const rows = Array.from({ length: n }, (_, i) => row(`e${i}`, i));
    const big = parquet('events-0000.parquet', rows, n, 0);
    const s = memoryStore(new Map([[big.file.path, big.bytes]]));
    const files = corpusFiles(s.store, {
      skeleton: [big.file],
      files: [{ path: big.file.path, bytes: big.file.bytes, sha256: big.file.sha256 }],
      trees: {},
    } as unknown as CorpusManifest);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    try {
      expect(await windowRows(files, -1e16, 1e16)).toHaveLength(n);
      return timers.mock.calls.filter((c) => c[1] === 0).length;
    } finally {
      timers.mockRestore();
    }
  }

  it('gives the thread back before each row group and between slices of 512 rows', async () => {
    expect(await yields(512)).toBe(1);
    expect(await yields(513)).toBe(2);
    expect(await yields(1025)).toBe(3);
  });
});

describe('one row from the rows tree', () => {
  const rows = [row('e0', 0), row('e1', 1), row('e2', 2)];
  const tree = (blocks: { key: number; value: unknown }[]) =>
    memoryCorpus({ rows: memoryTree('rows', blocks) }).files;

  it('places the row of its number from the block that holds it', async () => {
    const files = tree([
      { key: 0, value: { firstRow: 0, rows: rows.slice(0, 2) } },
      { key: 2, value: { firstRow: 2, rows: rows.slice(2) } },
    ]);
    expect(await placedRow(files, 1)).toStrictEqual({ ...rows[1], row: 1 });
    expect(await placedRow(files, 2)).toStrictEqual({ ...rows[2], row: 2 });
    expect(await refusal(placedRow(files, 3))).toMatchObject({
      place: 'rows tree',
      code: 'format',
      message: 'rows tree: no row 3',
    });
  });

  it('refuses a block that is not a rows block, whatever is wrong with it', async () => {
    for (const value of [
      null,
      'rows',
      { firstRow: -1, rows },
      { firstRow: 0.5, rows },
      { firstRow: 0, rows: {} },
    ]) {
      const files = tree([{ key: 0, value }]);
      expect(await refusal(placedRow(files, 0)), JSON.stringify(value)).toMatchObject({
        place: 'rows tree',
        code: 'format',
        message: 'rows tree: no rows block for row 0',
      });
    }
    expect(await refusal(placedRow(tree([{ key: 5, value: { firstRow: 5, rows } }]), 0))).toMatchObject({
      message: 'rows tree: no rows block for row 0',
    });
  });

  it('checks the row as a Parquet row is checked', async () => {
    const files = tree([{ key: 0, value: { firstRow: 0, rows: [{ ...rows[0], kind: 'war' }] } }]);
    expect(await refusal(placedRow(files, 0))).toMatchObject({ place: 'rows tree row 0', code: 'invalid' });
  });
});
