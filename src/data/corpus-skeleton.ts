/**
 * The skeleton of a corpus: what the timeline needs of every event, as Parquet row groups (for a
 * window) and as the rows tree's blocks (for one row). A row group is fetched with its neighbours but
 * decoded on its own: its bytes against their checksum, its footer and page headers against the rows
 * the manifest lists before anything is decoded, then every row checked, a slice at a time.
 */
import type { AsyncBuffer, FileMetaData } from 'hyparquet';
import type { RowsBlock, SkeletonFile, SkeletonRow } from './corpus-format';
import { checkBytes, errorText, type CorpusFiles } from './corpus-files';
import { checkRows, CORPUS_LIMITS, CorpusError, isCount, kindIds } from './corpus-guard';
import {
  footerProblem,
  readFooter,
  readSkeletonRows,
  rowGroupProblem,
  type UncheckedRow,
} from './corpus-parquet';

/** A skeleton row with its place in the corpus (its row number, counted across files). */
export type PlacedRow = SkeletonRow & { readonly row: number };

/** Skeleton rows checked in one task. */
const CHECK_SLICE = 512;

/** Gives the thread back between pieces of decoding, so that no one task is long. */
export const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

type GroupEntry = SkeletonFile['rowGroups'][number];

/** A file's footer, checked and held against the manifest's listing (once). */
const footer = (files: CorpusFiles, file: SkeletonFile): Promise<FileMetaData> =>
  files.memo(`footer:${file.path}`, async () => {
    const place = `${file.path} footer`;
    const bytes = await files.store.get(file.path, file.footer, file.bytes);
    await checkBytes(bytes, file.footer.length, file.footer.sha256, place);
    let metadata: FileMetaData;
    try {
      metadata = readFooter(bytes.slice().buffer);
    } catch (e) {
      throw new CorpusError(place, 'format', `not a Parquet footer (${errorText(e)})`);
    }
    const wrong = footerProblem(metadata, file);
    if (wrong !== null) throw new CorpusError(place, 'format', wrong);
    return metadata;
  });

/** A row group's bytes, checked (once). */
const groupBytes = (files: CorpusFiles, file: SkeletonFile, g: number): Promise<Uint8Array> =>
  files.memo(`group:${file.path}:${g}`, async () => {
    const entry = file.rowGroups[g] as GroupEntry;
    const bytes = await files.store.get(file.path, entry, file.bytes);
    await checkBytes(bytes, entry.length, entry.sha256, `${file.path} row group ${g}`);
    return bytes;
  });

/** The rows of one row group, read from its checked bytes only, each row checked. */
async function groupRows(
  files: CorpusFiles,
  file: SkeletonFile,
  g: number,
  metadata: FileMetaData,
): Promise<PlacedRow[]> {
  const entry = file.rowGroups[g] as GroupEntry;
  const place = `${file.path} row group ${g}`;
  const bytes = await groupBytes(files, file, g);
  const wrong = rowGroupProblem(metadata, g, entry, bytes, entry.rows * CORPUS_LIMITS.rowBytes);
  if (wrong !== null) throw new CorpusError(place, 'format', wrong);
  const buffer: AsyncBuffer = {
    byteLength: file.bytes,
    slice(start, end = file.bytes) {
      if (start < entry.offset || end > entry.offset + entry.length)
        throw new CorpusError(place, 'format', `bytes ${start}–${end} lie outside the checked row group`);
      return bytes.slice(start - entry.offset, end - entry.offset).buffer;
    },
  };
  let from = 0;
  for (let i = 0; i < g; i++) from += (file.rowGroups[i] as GroupEntry).rows;
  let rows: UncheckedRow[];
  try {
    rows = await readSkeletonRows(buffer, metadata, from, from + entry.rows);
  } catch (e) {
    if (e instanceof CorpusError) throw e;
    throw new CorpusError(place, 'format', `not readable as Parquet (${errorText(e)})`);
  }
  if (rows.length !== entry.rows)
    throw new CorpusError(place, 'format', `holds ${rows.length} rows, not the ${entry.rows} listed`);
  const seen = new Set<string>();
  const kinds = kindIds(files.manifest);
  const checked: PlacedRow[] = [];
  for (let i = 0; i < rows.length; i += CHECK_SLICE) {
    if (i > 0) await breathe();
    checkRows(rows.slice(i, i + CHECK_SLICE), (j) => `${place} row ${i + j}`, kinds, seen).forEach((row, j) =>
      checked.push({ ...row, row: file.firstRow + from + i + j }),
    );
  }
  return checked;
}

/** Every event overlapping [from, to), in time order, from the row groups that can hold one. */
export async function windowRows(files: CorpusFiles, from: number, to: number): Promise<PlacedRow[]> {
  const wanted = files.manifest.skeleton.flatMap((file) =>
    file.rowGroups.flatMap((g, i) => (g.startMin < to && g.endMax > from ? [{ file, g: i }] : [])),
  );
  // The bytes come in together; the row groups are decoded one at a time, each in a task of its own.
  wanted.forEach(({ file, g }) => void groupBytes(files, file, g).catch(() => {}));
  const out: PlacedRow[] = [];
  const ids = new Set<string>();
  for (const { file, g } of wanted) {
    const metadata = await footer(files, file);
    await breathe();
    for (const r of await groupRows(files, file, g, metadata)) {
      if (!(r.start_ms < to && r.end_ms > from)) continue;
      if (ids.has(r.id))
        throw new CorpusError(
          `${file.path} row group ${g}`,
          'invalid',
          `the id "${r.id}" is used more than once`,
        );
      ids.add(r.id);
      out.push(r);
    }
    if (out.length > CORPUS_LIMITS.windowRows)
      throw new CorpusError(
        file.path,
        'too-large',
        `more than ${CORPUS_LIMITS.windowRows} events in one window, where the density levels count a few hundred`,
      );
  }
  return out;
}

/** The skeleton row at `row`, from its rows block (checked like a Parquet row). */
export async function placedRow(files: CorpusFiles, row: number): Promise<PlacedRow> {
  const b = (await files.lookup('rows', row)) as Partial<RowsBlock> | null;
  if (b === null || typeof b !== 'object' || !isCount(b.firstRow) || !Array.isArray(b.rows))
    throw new CorpusError('rows tree', 'format', `no rows block for row ${row}`);
  const r: unknown = b.rows[row - b.firstRow];
  if (r === undefined) throw new CorpusError('rows tree', 'format', `no row ${row}`);
  const [checked] = checkRows([r], () => `rows tree row ${row}`, kindIds(files.manifest));
  if (checked === undefined) throw new CorpusError('rows tree', 'format', `no row ${row}`);
  return { ...checked, row };
}
