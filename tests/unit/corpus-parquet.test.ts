/**
 * The skeleton's Parquet files in memory: rows written and read back as they were, where each row
 * group and the footer lie, and every check of a footer and of a row group's bytes before decoding,
 * each with its words. Small files only, so that a run takes a second.
 */
import type { FileMetaData } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { SKELETON_COLUMNS, SKELETON_TIMES, type SkeletonRow } from '../../src/data/corpus-format';
import {
  byteSpans,
  footerProblem,
  readFooter,
  readSkeletonRows,
  rowGroupProblem,
  writeSkeleton,
} from '../../src/data/corpus-parquet';

const DAY = 86_400_000;
const row = (i: number, end: boolean): SkeletonRow => ({
  id: `e${i}` as SkeletonRow['id'],
  start_ms: Date.UTC(2000, 0, 1) + i * DAY,
  end_ms: Date.UTC(2000, 0, 1) + (i + (end ? 3 : 1)) * DAY,
  start: new Date(Date.UTC(2000, 0, 1) + i * DAY).toISOString().slice(0, 10),
  end: end ? new Date(Date.UTC(2000, 0, 1) + (i + 2) * DAY).toISOString().slice(0, 10) : null,
  precision: 'day',
  basis: 'stated',
  kind: 'diplomacy',
  actors: i % 2 === 0 ? 'us ru' : '',
  title_ar: `حدث ${i}`,
  title_en: `Event ${i}`,
});
const ROWS = Array.from({ length: 5 }, (_, i) => row(i, i % 2 === 1));
const written = writeSkeleton(ROWS, 2);
const bytes = written.bytes;
const footerBytes = bytes.slice(written.footer.offset);
const metadata = readFooter(footerBytes.buffer);
const groupBytes = (g: number): Uint8Array => {
  const span = written.rowGroups[g]!;
  return bytes.slice(span.offset, span.offset + span.length);
};
const whole = { byteLength: bytes.length, slice: (s: number, e?: number) => bytes.slice(s, e).buffer };
const listed = { rows: 5, rowGroups: [{ rows: 2 }, { rows: 2 }, { rows: 1 }] };

describe('a skeleton file', () => {
  it('reads back every row as written, an event without an end as null', async () => {
    expect(await readSkeletonRows(whole, metadata, 0, 5)).toStrictEqual(ROWS);
    expect(await readSkeletonRows(whole, metadata, 2, 4)).toStrictEqual(ROWS.slice(2, 4));
  });

  it('declares text as UTF-8 and times as millisecond timestamps, only the end optional', () => {
    expect(metadata.created_by).toBe('riwayat corpus');
    expect(
      metadata.schema.slice(1).map((c) => [c.name, c.type, c.converted_type, c.repetition_type]),
    ).toStrictEqual(
      SKELETON_COLUMNS.map((name) => [
        name,
        SKELETON_TIMES.has(name) ? 'INT64' : 'BYTE_ARRAY',
        SKELETON_TIMES.has(name) ? 'TIMESTAMP_MILLIS' : 'UTF8',
        name === 'end' ? 'OPTIONAL' : 'REQUIRED',
      ]),
    );
  });

  it('lies in row groups of the size asked, one after another, the footer closing the file', () => {
    expect(written.rowGroups.map((g) => g.rows)).toStrictEqual([2, 2, 1]);
    expect(written.rowGroups[0]!.offset).toBe(4);
    for (let g = 1; g < 3; g++) {
      const before = written.rowGroups[g - 1]!;
      expect(written.rowGroups[g]!.offset).toBe(before.offset + before.length);
    }
    const last = written.rowGroups[2]!;
    expect(written.footer.offset).toBe(last.offset + last.length);
    expect(written.footer.offset + written.footer.length).toBe(bytes.length);
    expect(new TextDecoder().decode(bytes.slice(-4))).toBe('PAR1');
    expect(byteSpans(metadata, bytes.length)).toStrictEqual({
      rowGroups: written.rowGroups,
      footer: written.footer,
    });
  });

  it('refuses metadata with a column chunk that has none of its own', () => {
    const columns = metadata.row_groups[0]!.columns.map((c, i) =>
      i === 3 ? { ...c, meta_data: undefined } : c,
    );
    const broken = {
      ...metadata,
      row_groups: [{ ...metadata.row_groups[0]!, columns }],
    } as unknown as FileMetaData;
    expect(() => byteSpans(broken, bytes.length)).toThrow('a column chunk without metadata');
  });
});

describe('a footer', () => {
  it('is taken when it lists the manifest’s rows in the manifest’s row groups', () => {
    expect(footerProblem(metadata, listed)).toBeNull();
  });

  it('is refused, saying how, when the manifest lists other rows or row groups', () => {
    expect(footerProblem(metadata, { ...listed, rows: 6 })).toBe('the footer says 5 rows, the manifest 6');
    expect(footerProblem(metadata, { ...listed, rowGroups: [{ rows: 2 }, { rows: 3 }] })).toBe(
      'the footer lists 3 row groups, the manifest 2',
    );
    expect(footerProblem(metadata, { ...listed, rowGroups: [{ rows: 2 }, { rows: 1 }, { rows: 2 }] })).toBe(
      'row group 1: the footer and the manifest disagree on its rows',
    );
    expect(footerProblem(metadata, { ...listed, rowGroups: [{ rows: 2 }, { rows: 2 }, { rows: 0 }] })).toBe(
      'row group 2: the footer and the manifest disagree on its rows',
    );
  });

  it('is refused when its columns are not the skeleton’s, in the skeleton’s order', () => {
    const named = (names: string[]): FileMetaData =>
      ({ ...metadata, schema: [metadata.schema[0], ...names.map((name) => ({ name }))] }) as FileMetaData;
    const swapped = [...SKELETON_COLUMNS] as string[];
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    expect(footerProblem(named(swapped), listed)).toBe(
      `the columns are not the skeleton's (${swapped.join(', ')})`,
    );
    expect(footerProblem(named(SKELETON_COLUMNS.slice(0, -1)), listed)).toMatch(/^the columns are not/);
    const long = Array.from({ length: 40 }, (_, i) => `column_${i}`);
    expect(footerProblem(named(long), listed)).toBe(
      `the columns are not the skeleton's (${long.join(', ').slice(0, 200)})`,
    );
  });
});

describe('a row group’s bytes, before they are decoded', () => {
  const span = { ...written.rowGroups[1]!, rows: 2 };

  it('are taken when every column and page lies in the group and holds the rows listed', () => {
    for (let g = 0; g < 3; g++)
      expect(
        rowGroupProblem(metadata, g, written.rowGroups[g]!, groupBytes(g), 1e6),
        `group ${g}`,
      ).toBeNull();
  });

  it('are refused for a row group the footer does not have, or one of other columns', () => {
    expect(rowGroupProblem(metadata, 3, span, groupBytes(1), 1e6)).toBe('the footer has no such row group');
    const fewer = structuredClone(metadata);
    fewer.row_groups[1]!.columns.pop();
    expect(rowGroupProblem(fewer, 1, span, groupBytes(1), 1e6)).toBe("not the skeleton's columns");
    const renamed = structuredClone(metadata);
    renamed.row_groups[1]!.columns[4]!.meta_data!.path_in_schema = ['title_en'];
    expect(rowGroupProblem(renamed, 1, span, groupBytes(1), 1e6)).toBe('column 4 is not "end"');
    const bare = structuredClone(metadata);
    delete bare.row_groups[1]!.columns[0]!.meta_data;
    expect(rowGroupProblem(bare, 1, span, groupBytes(1), 1e6)).toBe('column 0 is not "id"');
  });

  it('are refused when a column holds more values than the rows listed (rows and rows − 1)', () => {
    expect(rowGroupProblem(metadata, 1, { ...span, rows: 2 }, groupBytes(1), 1e6)).toBeNull();
    expect(rowGroupProblem(metadata, 1, { ...span, rows: 1 }, groupBytes(1), 1e6)).toBe(
      'column "id" holds 2 values for 1 rows',
    );
    // The column chunk's count agrees, its pages do not.
    const told = structuredClone(metadata);
    for (const c of told.row_groups[1]!.columns) c.meta_data!.num_values = 1n;
    expect(rowGroupProblem(told, 1, { ...span, rows: 1 }, groupBytes(1), 1e6)).toBe(
      'column "id" holds more values than its 1 rows',
    );
  });

  it('are refused when a column lies outside the group, at either end', () => {
    const moved = (shift: number, grow = 0) => {
      const m = structuredClone(metadata);
      const c = m.row_groups[1]!.columns[0]!.meta_data!;
      c.data_page_offset += BigInt(shift);
      c.total_compressed_size += BigInt(grow);
      return m;
    };
    expect(rowGroupProblem(moved(-1), 1, span, groupBytes(1), 1e6)).toBe(
      'column "id" lies outside its row group',
    );
    expect(rowGroupProblem(moved(0, span.length), 1, span, groupBytes(1), 1e6)).toBe(
      'column "id" lies outside its row group',
    );
    expect(rowGroupProblem(moved(0, -1_000_000), 1, span, groupBytes(1), 1e6)).toBe(
      'column "id" lies outside its row group',
    );
    // The last column may end exactly where the group ends.
    const last = structuredClone(metadata);
    const m = last.row_groups[1]!.columns.at(-1)!.meta_data!;
    expect(Number(m.data_page_offset) + Number(m.total_compressed_size)).toBe(span.offset + span.length);
    expect(rowGroupProblem(last, 1, span, groupBytes(1), 1e6)).toBeNull();
  });

  it('are refused when a page lies outside its column, or its headers cannot be read', () => {
    const short = structuredClone(metadata);
    short.row_groups[1]!.columns[0]!.meta_data!.total_compressed_size -= 1n;
    expect(rowGroupProblem(short, 1, span, groupBytes(1), 1e6)).toBe(
      'column "id": a page lies outside its column',
    );
    const garbage = groupBytes(1).fill(0xff, 0, 8);
    expect(rowGroupProblem(metadata, 1, span, garbage, 1e6)).toMatch(/^its pages cannot be read \(.+\)$/);
  });

  it('are refused when they unpack to more than allowed, naming the limit (max and max − 1)', () => {
    // What the page headers say their pages unpack to, added up here.
    let unpacked = 0;
    for (const column of metadata.row_groups[1]!.columns) {
      const m = column.meta_data!;
      const start = Number(m.dictionary_page_offset ?? m.data_page_offset) - span.offset;
      const reader = {
        view: new DataView(groupBytes(1).buffer, start, Number(m.total_compressed_size)),
        offset: 0,
      };
      while (reader.offset < reader.view.byteLength) {
        const page = parquetHeader(reader);
        unpacked += page.uncompressed_page_size;
        reader.offset += page.compressed_page_size;
      }
    }
    expect(unpacked).toBeGreaterThan(100);
    expect(rowGroupProblem(metadata, 1, span, groupBytes(1), unpacked)).toBeNull();
    expect(rowGroupProblem(metadata, 1, span, groupBytes(1), unpacked - 1)).toBe(
      `unpacks to more than ${unpacked - 1} bytes`,
    );
  });

  it('are refused for a nested column whose path only joins to a skeleton column’s name', () => {
    const nested = structuredClone(metadata);
    nested.row_groups[1]!.columns[0]!.meta_data!.path_in_schema = ['i', 'd'];
    expect(rowGroupProblem(nested, 1, span, groupBytes(1), 1e6)).toBe('column 0 is not "id"');
  });
});

describe('a row group of several pages a column', () => {
  // The skeleton's columns written with pages of one value each (the corpus writes one page).
  const rows = Array.from({ length: 8 }, (_, i) => row(i, i % 3 === 0));
  const paged = new Uint8Array(
    parquetWriteBuffer({
      columnData: SKELETON_COLUMNS.map((name) => ({
        name,
        type: SKELETON_TIMES.has(name) ? 'TIMESTAMP' : 'STRING',
        nullable: name === 'end',
        data: rows.map((r) => (SKELETON_TIMES.has(name) ? new Date(r[name] as number) : r[name])),
      })),
      rowGroupSize: 8,
      pageSize: 1,
    }),
  );
  const meta = readFooter(paged.buffer);
  const [group] = byteSpans(meta, paged.length).rowGroups;
  const inGroup = paged.slice(group!.offset, group!.offset + group!.length);
  /** The values of the id column's data pages, as their headers count them. */
  const pages: number[] = [];
  const id = meta.row_groups[0]!.columns[0]!.meta_data!;
  const reader = {
    view: new DataView(
      inGroup.buffer,
      Number(id.data_page_offset) - group!.offset,
      Number(id.total_compressed_size),
    ),
    offset: 0,
  };
  while (reader.offset < reader.view.byteLength) {
    const page = parquetHeader(reader);
    pages.push(page.data_page_header?.num_values ?? page.data_page_header_v2?.num_values ?? 0);
    reader.offset += page.compressed_page_size;
  }

  it('is taken when its pages hold the rows listed in all, dictionaries aside', async () => {
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.reduce((a, b) => a + b, 0)).toBe(8);
    expect(rowGroupProblem(meta, 0, group!, inGroup, 1e6)).toBeNull();
    const file = { byteLength: paged.length, slice: (s: number, e?: number) => paged.slice(s, e).buffer };
    expect(await readSkeletonRows(file, meta, 0, 8)).toStrictEqual(rows);
  });

  it('is refused when its pages hold more values in all than the rows listed, though each holds fewer', () => {
    const told = structuredClone(meta);
    for (const c of told.row_groups[0]!.columns) c.meta_data!.num_values = 7n;
    expect(Math.max(...pages)).toBeLessThan(7);
    expect(rowGroupProblem(told, 0, { ...group!, rows: 7 }, inGroup, 1e6)).toBe(
      'column "id" holds more values than its 7 rows',
    );
  });
});
