/**
 * The corpus skeleton as Parquet: written with hyparquet-writer, read with hyparquet, in both cases from
 * and to memory (the caller moves the bytes). Times are Parquet timestamps (ms, UTC), so engines such as
 * DuckDB read them as dates.
 */
import { parquetMetadata, parquetReadObjects, type AsyncBuffer, type FileMetaData } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import { SKELETON_COLUMNS, type SkeletonRow } from './corpus-format';

/** Where a row group's bytes lie in its file. */
export interface ByteSpan {
  readonly offset: number;
  readonly length: number;
}

export interface WrittenSkeleton {
  readonly bytes: Uint8Array;
  readonly rowGroups: readonly (ByteSpan & { readonly rows: number })[];
  readonly footer: ByteSpan;
}

/** Writes skeleton rows (already in time order) as one Parquet file with row groups of `rowGroupRows`. */
export function writeSkeleton(rows: readonly SkeletonRow[], rowGroupRows: number): WrittenSkeleton {
  const text = (name: keyof SkeletonRow, pick: (r: SkeletonRow) => string | null): ColumnSource => ({
    name,
    type: 'STRING',
    nullable: name === 'end',
    data: rows.map(pick),
  });
  const time = (name: keyof SkeletonRow, pick: (r: SkeletonRow) => number): ColumnSource => ({
    name,
    type: 'TIMESTAMP',
    nullable: false,
    data: rows.map((r) => new Date(pick(r))),
  });
  const buffer = parquetWriteBuffer({
    columnData: [
      text('id', (r) => r.id),
      time('start_ms', (r) => r.start_ms),
      time('end_ms', (r) => r.end_ms),
      text('start', (r) => r.start),
      text('end', (r) => r.end),
      text('precision', (r) => r.precision),
      text('basis', (r) => r.basis),
      text('kind', (r) => r.kind),
      text('actors', (r) => r.actors),
      text('title_ar', (r) => r.title_ar),
      text('title_en', (r) => r.title_en),
    ],
    rowGroupSize: rowGroupRows,
    createdBy: 'riwayat corpus',
  });
  const bytes = new Uint8Array(buffer);
  return { bytes, ...byteSpans(parquetMetadata(buffer), bytes.length) };
}

/** Where each row group of a Parquet file of `size` bytes lies, and its footer, from its metadata. */
export function byteSpans(meta: FileMetaData, size: number): Omit<WrittenSkeleton, 'bytes'> {
  const rowGroups = meta.row_groups.map((rg) => {
    let from = Infinity;
    let to = 0;
    for (const c of rg.columns) {
      const m = c.meta_data;
      if (m === undefined) throw new Error('a column chunk without metadata');
      const start = Number(m.dictionary_page_offset ?? m.data_page_offset);
      from = Math.min(from, start);
      to = Math.max(to, start + Number(m.total_compressed_size));
    }
    return { offset: from, length: to - from, rows: Number(rg.num_rows) };
  });
  const length = meta.metadata_length + 8;
  return { rowGroups, footer: { offset: size - length, length } };
}

/** The file metadata from a footer's bytes (the metadata, its length and the closing magic). */
export function readFooter(footer: ArrayBuffer): FileMetaData {
  return parquetMetadata(footer);
}

/** What is wrong with a skeleton file's footer, given the rows the manifest lists for it; or null. */
export function footerProblem(
  metadata: FileMetaData,
  file: { readonly rows: number; readonly rowGroups: readonly { readonly rows: number }[] },
): string | null {
  const names = metadata.schema.slice(1).map((c) => c.name);
  if (names.join(',') !== SKELETON_COLUMNS.join(','))
    return `the columns are not the skeleton's (${names.join(', ').slice(0, 200)})`;
  if (Number(metadata.num_rows) !== file.rows)
    return `the footer says ${String(metadata.num_rows)} rows, the manifest ${file.rows}`;
  if (metadata.row_groups.length !== file.rowGroups.length)
    return `the footer lists ${metadata.row_groups.length} row groups, the manifest ${file.rowGroups.length}`;
  const i = metadata.row_groups.findIndex((g, j) => Number(g.num_rows) !== file.rowGroups[j]?.rows);
  return i === -1 ? null : `row group ${i}: the footer and the manifest disagree on its rows`;
}

/**
 * What is wrong with a row group's bytes before they are decoded, or null: every column chunk must lie
 * in the row group, and its page headers must hold no more values than the rows the manifest lists
 * and unpack to no more than `maxBytes` in all. A file of a few KB that would unpack to millions of
 * rows is refused here, for the cost of reading its page headers.
 */
export function rowGroupProblem(
  metadata: FileMetaData,
  g: number,
  span: ByteSpan & { readonly rows: number },
  bytes: Uint8Array,
  maxBytes: number,
): string | null {
  const group = metadata.row_groups[g];
  if (group === undefined) return 'the footer has no such row group';
  if (group.columns.length !== SKELETON_COLUMNS.length) return "not the skeleton's columns";
  let unpacked = 0;
  try {
    for (const [c, column] of group.columns.entries()) {
      const m = column.meta_data;
      // Every column is one of the skeleton's (their count was checked above).
      const name = SKELETON_COLUMNS[c] ?? `#${c}`;
      if (m === undefined || m.path_in_schema.join('.') !== name) return `column ${c} is not "${name}"`;
      if (Number(m.num_values) > span.rows)
        return `column "${name}" holds ${String(m.num_values)} values for ${span.rows} rows`;
      const start = Number(m.dictionary_page_offset ?? m.data_page_offset) - span.offset;
      const end = start + Number(m.total_compressed_size);
      if (!(start >= 0 && end <= bytes.length && start <= end))
        return `column "${name}" lies outside its row group`;
      const reader = { view: new DataView(bytes.buffer, bytes.byteOffset + start, end - start), offset: 0 };
      let values = 0;
      while (reader.offset < reader.view.byteLength) {
        const page = parquetHeader(reader);
        const size = page.compressed_page_size;
        if (!(
          size >= 0 &&
          reader.offset + size <= reader.view.byteLength &&
          page.uncompressed_page_size >= 0
        ))
          return `column "${name}": a page lies outside its column`;
        unpacked += page.uncompressed_page_size;
        if (unpacked > maxBytes) return `unpacks to more than ${maxBytes} bytes`;
        const n =
          page.data_page_header?.num_values ??
          page.data_page_header_v2?.num_values ??
          page.dictionary_page_header?.num_values ??
          0;
        if (page.type !== 'DICTIONARY_PAGE') values += n;
        if (n > span.rows || values > span.rows)
          return `column "${name}" holds more values than its ${span.rows} rows`;
        reader.offset += size;
      }
    }
  } catch (e) {
    return `its pages cannot be read (${e instanceof Error ? e.message : String(e)})`;
  }
  return null;
}

/** A skeleton row as a file holds it, not yet checked (`checkRows`): each field may be anything. */
export type UncheckedRow = { readonly [K in keyof SkeletonRow]: unknown };

/** A timestamp column's value in ms; anything else as it is, for the check to refuse. */
const millis = (v: unknown): unknown => (v instanceof Date ? v.getTime() : v);

/**
 * Rows [rowStart, rowEnd) of a skeleton file (row numbers within the file), as the file holds them.
 * `file` needs to serve only the byte ranges of the row groups those rows lie in.
 */
export async function readSkeletonRows(
  file: AsyncBuffer,
  metadata: FileMetaData,
  rowStart: number,
  rowEnd: number,
): Promise<UncheckedRow[]> {
  const raw: Record<string, unknown>[] = await parquetReadObjects({
    file,
    metadata,
    rowStart,
    rowEnd,
    utf8: true,
  });
  return raw.map((r) => ({
    id: r['id'],
    start_ms: millis(r['start_ms']),
    end_ms: millis(r['end_ms']),
    start: r['start'],
    // A null column value may come back as undefined.
    end: r['end'] ?? null,
    precision: r['precision'],
    basis: r['basis'],
    kind: r['kind'],
    actors: r['actors'],
    title_ar: r['title_ar'],
    title_en: r['title_en'],
  }));
}
