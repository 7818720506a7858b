/**
 * The corpus skeleton as Parquet: written with hyparquet-writer, read with hyparquet, in both cases from
 * and to memory (the caller moves the bytes). Times are Parquet timestamps (ms, UTC), so engines such as
 * DuckDB read them as dates.
 */
import { parquetMetadata, parquetReadObjects, type AsyncBuffer, type FileMetaData } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { DateBasis, EventId, EventKind, Precision } from '../domain';
import type { SkeletonRow } from './corpus-format';

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
  const col = <K extends keyof SkeletonRow>(name: K, type: 'STRING' | 'TIMESTAMP', nullable = false) => ({
    name,
    type,
    nullable,
    data: rows.map((r) =>
      type === 'TIMESTAMP' ? new Date(r[name] as number) : (r[name] as string | null),
    ) as unknown[],
  });
  const buffer = parquetWriteBuffer({
    columnData: [
      col('id', 'STRING'),
      col('start_ms', 'TIMESTAMP'),
      col('end_ms', 'TIMESTAMP'),
      col('start', 'STRING'),
      col('end', 'STRING', true),
      col('precision', 'STRING'),
      col('basis', 'STRING'),
      col('kind', 'STRING'),
      col('actors', 'STRING'),
      col('title_ar', 'STRING'),
      col('title_en', 'STRING'),
    ] as Parameters<typeof parquetWriteBuffer>[0]['columnData'],
    rowGroupSize: rowGroupRows,
    createdBy: 'riwayat corpus',
  });
  const bytes = new Uint8Array(buffer);
  const meta = parquetMetadata(buffer);
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
  return { bytes, rowGroups, footer: { offset: bytes.length - length, length } };
}

/** The file metadata from a footer's bytes (the metadata, its length and the closing magic). */
export function readFooter(footer: ArrayBuffer): FileMetaData {
  return parquetMetadata(footer);
}

/**
 * Rows [rowStart, rowEnd) of a skeleton file (row numbers within the file). `file` needs to serve only
 * the byte ranges of the row groups those rows lie in.
 */
export async function readSkeletonRows(
  file: AsyncBuffer,
  metadata: FileMetaData,
  rowStart: number,
  rowEnd: number,
): Promise<SkeletonRow[]> {
  const raw = await parquetReadObjects({ file, metadata, rowStart, rowEnd, utf8: true });
  return raw.map((r) => ({
    id: r['id'] as EventId,
    start_ms: (r['start_ms'] as Date).getTime(),
    end_ms: (r['end_ms'] as Date).getTime(),
    start: r['start'] as string,
    end: (r['end'] as string | null | undefined) ?? null,
    precision: r['precision'] as Precision,
    basis: r['basis'] as DateBasis,
    kind: r['kind'] as EventKind,
    actors: r['actors'] as string,
    title_ar: r['title_ar'] as string,
    title_en: r['title_en'] as string,
  }));
}
