/**
 * `npm run -s corpus -- verify <dir>`: whether a corpus on disk, written by any engine, is what
 * docs/corpus-format.md specifies, and if not, exactly where (file, row group, row, block, field).
 * It reads everything once, in order: the manifest, every file's size and checksum, the skeleton row
 * by row (with the dataset's rules for its fields, time order, row-group bounds, lanes, density), and
 * every tree from its root, comparing each block with what the skeleton and the events say it must be.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FileMetaData } from 'hyparquet';
import {
  checkHead,
  checkManifest,
  kindIds,
  readRow,
  chunkKey,
  CorpusError,
  SKELETON_COLUMNS,
  SKELETON_TIMES,
  DensityCounter,
  densityPath,
  eventChecker,
  eventWords,
  gaps,
  isBlockRef,
  MANIFEST,
  readFooter,
  readSkeletonRows,
  skeletonRow,
  TABLES,
  type BlockRef,
  type CorpusManifest,
  type DensityFile,
  type FileEntry,
  type SkeletonRow,
  type UncheckedRow,
  type TreeName,
  type TreeRoot,
} from '../data';
import { footerProblem, rowGroupProblem } from '../data/corpus-parquet';
import { BIN_STEPS, compareTimeKeys, type Entity, type Source, type SourceWithText } from '../domain';
import { PostingsBuilder } from './corpus-postings';

const MAX_PROBLEMS = 200;

/** The skeleton's columns: name, Parquet physical type, and whether it is a timestamp in ms. */
const COLUMNS: readonly (readonly [string, string, boolean])[] = SKELETON_COLUMNS.map((name) => {
  const time = SKELETON_TIMES.has(name);
  return [name, time ? 'INT64' : 'BYTE_ARRAY', time] as const;
});

class Stop extends Error {}

export interface VerifyResult {
  readonly problems: readonly string[];
  /** Problems found beyond those listed. */
  readonly omitted: number;
}

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const text = new TextDecoder('utf-8', { fatal: true });
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Checks the corpus in `dir` against docs/corpus-format.md. */
export async function verifyCorpus(dir: string): Promise<VerifyResult> {
  const problems: string[] = [];
  let omitted = 0;
  const report = (place: string, what: string): void => {
    if (problems.length < MAX_PROBLEMS) problems.push(`${place}: ${what}`);
    else omitted++;
  };
  const blocks = new Blocks(dir, report);
  try {
    await verify(dir, blocks, report);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  } finally {
    blocks.close();
  }
  return { problems, omitted };
}

async function verify(
  dir: string,
  blocks: Blocks,
  report: (place: string, what: string) => void,
): Promise<void> {
  // 1. The manifest.
  const manifestPath = join(dir, MANIFEST);
  if (!existsSync(manifestPath)) {
    report(MANIFEST, 'missing');
    throw new Stop();
  }
  let m: CorpusManifest;
  try {
    m = checkManifest(JSON.parse(text.decode(readFileSync(manifestPath))));
  } catch (e) {
    report(MANIFEST, e instanceof CorpusError ? e.message.replace(`${MANIFEST}: `, '') : String(e));
    throw new Stop();
  }

  // 2. Every file: there, of its size and checksum; and nothing unlisted.
  const listed = new Map(m.files.map((f) => [f.path, f]));
  const sound = new Set<string>();
  for (const f of m.files) {
    const path = join(dir, f.path);
    if (!existsSync(path)) report(f.path, 'listed in the manifest but missing');
    else if (statSync(path).size !== f.bytes)
      report(f.path, `${statSync(path).size} bytes, the manifest says ${f.bytes}`);
    else if (sha(readFileSync(path)) !== f.sha256)
      report(f.path, 'does not match its SHA-256 in the manifest');
    else sound.add(f.path);
  }
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/');
    if (path !== MANIFEST && !listed.has(path)) report(path, 'not listed in the manifest');
  }
  for (const k of m.skeleton)
    if (!listed.has(k.path) || !same(listed.get(k.path), { path: k.path, bytes: k.bytes, sha256: k.sha256 }))
      report(k.path, 'the skeleton entry and the files entry differ');
  for (const step of BIN_STEPS)
    if (!m.density.some((d) => d.unit === step.unit && d.n === step.n && d.path === densityPath(step)))
      report(MANIFEST, `density: the level ${step.unit} ${step.n} (${densityPath(step)}) is not listed`);

  // The head: sources with their texts (from the articles tree) and entities, checked as a dataset's.
  blocks.listed = listed;
  const table = (name: string): unknown => {
    if (!sound.has(name)) return null;
    try {
      return JSON.parse(text.decode(readFileSync(join(dir, name))));
    } catch (e) {
      report(name, `not JSON (${e instanceof Error ? e.message : String(e)})`);
      return null;
    }
  };
  const sources = table(TABLES.sources) as Source[] | null;
  const entities = table(TABLES.entities) as Entity[] | null;
  const articles = await readArticles(blocks, m.trees.articles, report);
  let check: ReturnType<typeof eventChecker> | null = null;
  if (Array.isArray(sources) && Array.isArray(entities)) {
    const withText = sources.map((s) => ({
      ...s,
      text: articles.get(String(s?.id)) ?? '',
    })) as SourceWithText[];
    for (const s of sources)
      if (!articles.has(String(s?.id))) report('articles tree', `source "${String(s?.id)}" has no article`);
    for (const id of articles.keys())
      if (!sources.some((s) => s?.id === id))
        report('articles tree', `"${id}" is not a source of sources.json`);
    const head = checkHead(m.title, withText, entities, { kinds: m.kinds, sides: m.sides });
    if (!head.ok)
      for (const p of head.problems.slice(0, 20))
        report(`${TABLES.sources} / ${TABLES.entities}`, `${p.path}: ${p.message}`);
    else check = eventChecker(head.head);
    const bySource = [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let i = 0;
    for await (const { place, value, key } of blocks.leaves('sources', m.trees.sources)) {
      if (!Array.isArray(value)) {
        report(place, 'a sources block is not a list');
        continue;
      }
      if (value[0]?.id !== key) report(place, `its key "${String(key)}" is not its first source's id`);
      for (const s of value) {
        if (!same(s, bySource[i]))
          report(place, `source ${i} by id is not sources.json's "${String(bySource[i]?.id)}"`);
        i++;
      }
    }
    if (i !== bySource.length) report('sources tree', `${i} sources, sources.json has ${bySource.length}`);
  }

  // 3–5. The skeleton row by row, beside the events and rows trees and the word index.
  const events = blocks.leaves('events', m.trees.events)[Symbol.asyncIterator]();
  const rowsTree = blocks.leaves('rows', m.trees.rows)[Symbol.asyncIterator]();
  const pull = pullItems(events, 'events', report);
  const pullRow = pullItems(rowsTree, 'rows', report);
  const density = new DensityCounter();
  const lanes = new Map<string, number>();
  const kinds = kindIds(m);
  const ids = new Map<string, number>();
  const postings = new PostingsBuilder();
  const seen = new Set<string>();
  let previous: SkeletonRow | null = null;
  let row = 0;
  let quotes = 0;
  let time: { start: number; end: number } | null = null;
  let maxSpan = 0;
  for (const k of m.skeleton) {
    const path = join(dir, k.path);
    if (!existsSync(path)) continue;
    const bytes = new Uint8Array(readFileSync(path));
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
    if (k.footer.offset + k.footer.length !== bytes.length)
      report(
        `${k.path} footer`,
        `ends at byte ${k.footer.offset + k.footer.length}, the file at ${bytes.length}`,
      );
    if (sha(bytes.subarray(k.footer.offset, k.footer.offset + k.footer.length)) !== k.footer.sha256)
      report(`${k.path} footer`, 'does not match its SHA-256');
    let meta: FileMetaData;
    try {
      meta = readFooter(buffer);
    } catch (e) {
      report(`${k.path} footer`, `not a Parquet footer (${e instanceof Error ? e.message : String(e)})`);
      row += k.rows;
      continue;
    }
    if (meta.metadata_length + 8 !== k.footer.length)
      report(
        `${k.path} footer`,
        `${k.footer.length} bytes listed, the metadata and its closing take ${meta.metadata_length + 8}`,
      );
    const wrong = footerProblem(meta, k);
    if (wrong !== null) report(`${k.path} footer`, wrong);
    schemaProblems(meta, (what) => report(`${k.path} schema`, what));
    let at = 0;
    for (const [g, entry] of k.rowGroups.entries()) {
      const place = `${k.path} row group ${g}`;
      const group = meta.row_groups[g];
      if (group === undefined) {
        report(place, 'not in the footer');
        break;
      }
      let from = Infinity;
      let to = 0;
      for (const c of group.columns) {
        const cm = c.meta_data;
        if (cm === undefined) continue;
        const start = Number(cm.dictionary_page_offset ?? cm.data_page_offset);
        from = Math.min(from, start);
        to = Math.max(to, start + Number(cm.total_compressed_size));
      }
      if (entry.offset !== from || entry.length !== to - from)
        report(
          place,
          `bytes ${entry.offset}+${entry.length} listed, its column chunks lie at ${from}+${to - from}`,
        );
      if (sha(bytes.subarray(entry.offset, entry.offset + entry.length)) !== entry.sha256)
        report(place, 'does not match its SHA-256');
      if (g < k.rowGroups.length - 1 && entry.rows !== m.rowGroupRows)
        report(
          place,
          `${entry.rows} rows; every row group but a file's last holds rowGroupRows (${m.rowGroupRows})`,
        );
      const pages = rowGroupProblem(
        meta,
        g,
        entry,
        bytes.subarray(entry.offset, entry.offset + entry.length),
        entry.rows * 4096,
      );
      if (pages !== null) report(place, pages);
      let rows: UncheckedRow[];
      try {
        rows = await readSkeletonRows(
          { byteLength: buffer.byteLength, slice: (a, b) => buffer.slice(a, b) },
          meta,
          at,
          at + entry.rows,
        );
      } catch (e) {
        report(place, `cannot be read (${e instanceof Error ? e.message : String(e)})`);
        at += entry.rows;
        row += entry.rows;
        continue;
      }
      let startMin = Infinity;
      let startMax = -Infinity;
      let endMax = -Infinity;
      for (const [i, unchecked] of rows.entries()) {
        const rowPlace = `${k.path} row group ${g} row ${i} (corpus row ${row})`;
        const read = readRow(unchecked, kinds);
        if (read.problem !== null) report(rowPlace, read.problem);
        // A row whose fields are not even of their types is reported, and no further check reads it.
        if (read.row === null) {
          row++;
          continue;
        }
        const r = read.row;
        if (seen.has(r.id)) report(rowPlace, `the id "${r.id}" is used more than once`);
        seen.add(r.id);
        if (previous !== null && compareTimeKeys(keyOf(previous), keyOf(r)) >= 0)
          report(rowPlace, `not after the row before in time order (start_ms, end_ms, id)`);
        previous = r;
        startMin = Math.min(startMin, r.start_ms);
        startMax = Math.max(startMax, r.start_ms);
        endMax = Math.max(endMax, r.end_ms);
        density.add(r.kind, r.start_ms);
        lanes.set(r.kind, (lanes.get(r.kind) ?? 0) + 1);
        ids.set(r.id, row);
        time =
          time === null
            ? { start: r.start_ms, end: r.end_ms }
            : { start: time.start, end: Math.max(time.end, r.end_ms) };
        maxSpan = Math.max(maxSpan, r.end_ms - r.start_ms);

        const listedRow = await pullRow(row);
        if (listedRow !== undefined && !same(listedRow.value, r))
          report(
            `${listedRow.place} row ${row}`,
            `differs from the skeleton's row (${diff(listedRow.value, r)})`,
          );
        const event = await pull(row);
        if (event !== undefined) {
          const eventPlace = `${event.place} row ${row}`;
          const checked = check?.(event.value, `${eventPlace} $`);
          if (checked !== undefined && !checked.ok)
            for (const p of checked.problems) report(p.path, `${p.message} [${p.code}]`);
          else if (checked?.ok === true) {
            const own = skeletonRow(checked.event);
            if (!same(own, r)) report(eventPlace, `the event is not the skeleton's row (${diff(own, r)})`);
            for (const w of eventWords(checked.event)) postings.add(w, row);
            for (const a of checked.event.accounts) quotes += a.quotes.length;
          }
        }
        row++;
      }
      if (
        rows.length > 0 &&
        (entry.startMin !== startMin || entry.startMax !== startMax || entry.endMax !== endMax)
      )
        report(
          place,
          `startMin/startMax/endMax listed ${entry.startMin}/${entry.startMax}/${entry.endMax}, its rows give ${startMin}/${startMax}/${endMax}`,
        );
      at += entry.rows;
    }
  }
  if ((await events.next()).done !== true)
    report('events tree', `holds events beyond the last row (${row - 1})`);
  if ((await rowsTree.next()).done !== true)
    report('rows tree', `holds rows beyond the last row (${row - 1})`);
  if (row !== m.counts.events)
    report(MANIFEST, `counts.events is ${m.counts.events}, the skeleton holds ${row}`);
  if (check !== null && quotes !== m.counts.quotes)
    report(MANIFEST, `counts.quotes is ${m.counts.quotes}, the events hold ${quotes}`);
  if (sources !== null && m.counts.sources !== sources.length)
    report(MANIFEST, `counts.sources is ${m.counts.sources}, sources.json holds ${sources.length}`);
  if (entities !== null && m.counts.entities !== entities.length)
    report(MANIFEST, `counts.entities is ${m.counts.entities}, entities.json holds ${entities.length}`);
  if (!same(m.time, time))
    report(MANIFEST, `time is ${JSON.stringify(m.time)}, the skeleton gives ${JSON.stringify(time)}`);
  if (m.maxSpan !== maxSpan) report(MANIFEST, `maxSpan is ${m.maxSpan}, the skeleton gives ${maxSpan}`);
  for (const l of m.lanes)
    if (l.events !== (lanes.get(l.id) ?? 0))
      report(MANIFEST, `lane ${l.id}: ${l.events} events listed, the skeleton holds ${lanes.get(l.id) ?? 0}`);
  for (const id of lanes.keys())
    if (!m.lanes.some((l) => l.id === id)) report(MANIFEST, `lanes: "${id}" is missing`);

  // 4. Density, recounted.
  for (const f of density.files()) {
    const level = m.density.find((d) => d.unit === f.unit && d.n === f.n);
    if (level === undefined || !sound.has(level.path)) continue;
    const got = table(level.path) as DensityFile | null;
    if (got === null) continue;
    densityProblems(level.path, got, f, report);
    const bins = Object.values(f.lanes).reduce((n, l) => n + l.counts.length, 0);
    if (level.bins !== bins)
      report(MANIFEST, `density ${level.path}: bins is ${level.bins}, the skeleton gives ${bins}`);
  }

  // 5. Ids and the word index.
  let count = 0;
  let last: string | null = null;
  for await (const { place, value, key } of blocks.leaves('ids', m.trees.ids)) {
    if (!Array.isArray(value)) {
      report(place, 'an ids block is not a list');
      continue;
    }
    if ((value[0] as unknown[] | undefined)?.[0] !== key)
      report(place, `its key "${String(key)}" is not its first id`);
    for (const pair of value as unknown[]) {
      const [id, r] = Array.isArray(pair) ? pair : [];
      if (typeof id !== 'string' || (last !== null && id <= last))
        report(place, `"${String(id)}" is not after "${last}" (ids are sorted, each once)`);
      else if (ids.get(id) !== r)
        report(place, `"${id}" → row ${String(r)}; the skeleton has it at ${ids.get(id) ?? 'no row'}`);
      if (typeof id === 'string') last = id;
      count++;
    }
  }
  if (count !== ids.size) report('ids tree', `${count} ids; the skeleton has ${ids.size}`);
  if (check !== null) {
    const expected = postings.sorted()[Symbol.asyncIterator]();
    let want = await expected.next();
    for await (const { place, value, key } of blocks.leaves('search', m.trees.search)) {
      if (!Array.isArray(value)) {
        report(place, 'a search block is not a list');
        continue;
      }
      if ((value[0] as unknown[] | undefined)?.[0] !== key)
        report(place, `its key "${String(key)}" is not its first word`);
      for (const entry of value as unknown[]) {
        const w = want.done === true ? undefined : want.value;
        const [word] = Array.isArray(entry) ? entry : [];
        if (w === undefined) report(place, `word "${String(word)}" is in no event`);
        else if (!same(entry, [w[0], w[1], gaps(w[2])]))
          report(
            place,
            `word "${String(word)}": expected ${JSON.stringify([w[0], w[1]])} and its rows, from the events`,
          );
        if (w !== undefined && word === w[0]) want = await expected.next();
        else if (w !== undefined && typeof word === 'string' && word > w[0]) {
          report(place, `word "${w[0]}" is missing`);
          want = await expected.next();
        }
      }
    }
    if (want.done !== true) report('search tree', `word "${want.value[0]}" and those after it are missing`);
  }
}

const keyOf = (r: SkeletonRow) => ({ start: r.start_ms, end: r.end_ms, id: r.id });

function diff(a: unknown, b: unknown): string {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  if (typeof x !== 'object' || x === null) return 'not an object';
  const fields = [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((k) => !same(x[k], y[k]));
  return fields
    .map((f) => `${f}: ${JSON.stringify(x[f])?.slice(0, 80)} ≠ ${JSON.stringify(y[f])?.slice(0, 80)}`)
    .join('; ');
}

function schemaProblems(meta: FileMetaData, report: (what: string) => void): void {
  const columns = meta.schema.slice(1);
  COLUMNS.forEach(([name, type, timestamp], i) => {
    const c = columns[i];
    if (c === undefined || c.name !== name) return;
    if (c.type !== type) report(`column "${name}" is ${String(c.type)}, not ${type}`);
    const logical = c.logical_type as { type?: string; unit?: string } | undefined;
    if (timestamp) {
      const ms =
        (logical?.type === 'TIMESTAMP' && logical.unit === 'MILLIS') ||
        c.converted_type === 'TIMESTAMP_MILLIS';
      if (!ms) report(`column "${name}" is not a TIMESTAMP in milliseconds`);
    } else if (logical?.type !== 'STRING' && c.converted_type !== 'UTF8')
      report(`column "${name}" is not a STRING`);
  });
  for (const g of meta.row_groups)
    for (const c of g.columns) {
      const codec = c.meta_data?.codec;
      if (codec !== undefined && codec !== 'UNCOMPRESSED' && codec !== 'SNAPPY')
        report(
          `column "${c.meta_data?.path_in_schema.join('.')}" is compressed with ${codec}; the reader takes UNCOMPRESSED or SNAPPY`,
        );
    }
}

function densityProblems(
  path: string,
  got: DensityFile,
  want: DensityFile,
  report: (place: string, what: string) => void,
): void {
  if (got.unit !== want.unit || got.n !== want.n) report(path, `not the level ${want.unit} ${want.n}`);
  const lanes = new Set([...Object.keys(got.lanes ?? {}), ...Object.keys(want.lanes)]);
  for (const lane of lanes) {
    const g = got.lanes?.[lane] ?? { starts: [], counts: [] };
    const w = want.lanes[lane] ?? { starts: [], counts: [] };
    const n = Math.max(g.starts.length, w.starts.length);
    for (let i = 0; i < n; i++)
      if (g.starts[i] !== w.starts[i] || g.counts[i] !== w.counts[i]) {
        const when = (t: number | undefined) =>
          t === undefined ? 'none' : new Date(t).toISOString().slice(0, 10);
        report(
          `${path} lane ${lane} period ${i}`,
          `lists ${when(g.starts[i])} × ${String(g.counts[i])}, the skeleton gives ${when(w.starts[i])} × ${String(w.counts[i])}`,
        );
        break;
      }
  }
}

/** Reads the items of the events or rows blocks in row order, one row at a time. */
function pullItems(
  it: AsyncIterator<{ place: string; value: unknown; key: unknown }>,
  name: 'events' | 'rows',
  report: (place: string, what: string) => void,
): (row: number) => Promise<{ place: string; value: unknown } | undefined> {
  let items: unknown[] = [];
  let first = 0;
  let place = '';
  let done = false;
  return async (row) => {
    while (!done && row >= first + items.length) {
      const n = await it.next();
      if (n.done === true) {
        done = true;
        break;
      }
      const b = n.value.value as { firstRow?: unknown; events?: unknown; rows?: unknown } | null;
      const list = b?.[name];
      place = n.value.place;
      if (b === null || typeof b !== 'object' || !Array.isArray(list)) {
        report(place, `not a block of ${name}`);
        continue;
      }
      if (b.firstRow !== first + items.length)
        report(place, `firstRow is ${String(b.firstRow)}, row ${first + items.length} is due`);
      if (n.value.key !== b.firstRow)
        report(place, `its key ${String(n.value.key)} is not its firstRow ${String(b.firstRow)}`);
      first += items.length;
      items = list;
    }
    if (row >= first + items.length) {
      report(`${name} tree`, `no block holds row ${row}`);
      return undefined;
    }
    return { place, value: items[row - first] };
  };
}

/** Every chunk of the articles tree, joined per source, with the chunks' own rules. */
async function readArticles(
  blocks: Blocks,
  tree: TreeRoot,
  report: (place: string, what: string) => void,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const length = new Map<string, number>();
  for await (const { place, value, key } of blocks.leaves('articles', tree)) {
    const c = (Array.isArray(value) ? value[0] : undefined) as
      { id?: unknown; at?: unknown; length?: unknown; text?: unknown } | undefined;
    if (
      !Array.isArray(value) ||
      value.length !== 1 ||
      typeof c?.id !== 'string' ||
      typeof c.text !== 'string' ||
      typeof c.at !== 'number' ||
      typeof c.length !== 'number'
    ) {
      report(place, 'an articles block is one chunk: [{"id","at","length","text"}]');
      continue;
    }
    if (key !== chunkKey(c.id, c.at))
      report(place, `its key is not the chunk's (${JSON.stringify(chunkKey(c.id, c.at))})`);
    const sofar = out.get(c.id) ?? '';
    if (c.at !== sofar.length)
      report(place, `the chunk of "${c.id}" at ${c.at} does not follow the one before (at ${sofar.length})`);
    out.set(c.id, sofar + c.text);
    length.set(c.id, c.length);
  }
  for (const [id, text] of out) {
    if (text.length !== length.get(id))
      report(
        'articles tree',
        `the article of "${id}" holds ${text.length} code units, its chunks say ${length.get(id)}`,
      );
  }
  return out;
}

/** Reads blocks from the pack files, each checked against its reference. */
class Blocks {
  private readonly fds = new Map<string, number>();
  /** The manifest's files. */
  listed: ReadonlyMap<string, FileEntry> = new Map();

  constructor(
    private readonly dir: string,
    private readonly report: (place: string, what: string) => void,
  ) {}

  /** The block a reference names, parsed; undefined (reported) when it cannot be had. */
  read(ref: BlockRef, tree: TreeName): unknown {
    const [path, offset, length, sum] = ref;
    const place = `${path} bytes ${offset}–${offset + length} (${tree} tree)`;
    const file = this.listed.get(path);
    if (file === undefined || !path.startsWith(`${tree}/`))
      return this.fail(place, "a block outside the tree's listed pack files");
    if (offset + length + 1 > file.bytes) return this.fail(place, 'lies beyond the end of its file');
    let fd = this.fds.get(path);
    if (fd === undefined) {
      try {
        fd = openSync(join(this.dir, path), 'r');
      } catch {
        return this.fail(place, 'its file cannot be opened');
      }
      this.fds.set(path, fd);
    }
    const bytes = Buffer.alloc(length + 1);
    readSync(fd, bytes, 0, length + 1, offset);
    if (bytes[length] !== 0x0a) this.report(place, 'is not followed by a newline (one block a line)');
    const own = bytes.subarray(0, length);
    if (sha(own) !== sum) return this.fail(place, 'does not match the SHA-256 its node gives');
    try {
      return JSON.parse(text.decode(own));
    } catch (e) {
      return this.fail(place, `not JSON (${e instanceof Error ? e.message : String(e)})`);
    }
  }

  private fail(place: string, what: string): undefined {
    this.report(place, what);
    return undefined;
  }

  /** The blocks of a tree in key order, each with its key in its node; nodes checked on the way. */
  async *leaves(
    tree: TreeName,
    root: TreeRoot,
  ): AsyncGenerator<{ place: string; value: unknown; key: unknown }> {
    let count = 0;
    const walk = async function* (
      this: Blocks,
      ref: BlockRef,
      depth: number,
      key: unknown,
    ): AsyncGenerator<{ place: string; value: unknown; key: unknown }> {
      const value = this.read(ref, tree);
      const place = `${ref[0]} bytes ${ref[1]}–${ref[1] + ref[2]} (${tree} tree)`;
      if (value === undefined) return;
      if (depth === 0) {
        count++;
        yield { place, value, key };
        return;
      }
      const node = value as { keys?: unknown; refs?: unknown };
      if (
        typeof node !== 'object' ||
        node === null ||
        !Array.isArray(node.keys) ||
        !Array.isArray(node.refs) ||
        node.keys.length !== node.refs.length ||
        !node.refs.every(isBlockRef)
      ) {
        this.report(
          place,
          'not a tree node: {"keys": [...], "refs": [[path, offset, length, sha256], ...]} of one length',
        );
        return;
      }
      if (key !== undefined && node.keys.length > 0 && node.keys[0] !== key)
        this.report(
          place,
          `its first key ${JSON.stringify(node.keys[0])} is not its key in its parent (${JSON.stringify(key)})`,
        );
      for (let i = 1; i < node.keys.length; i++)
        if (!((node.keys[i - 1] as number | string) < (node.keys[i] as number | string)))
          this.report(place, `keys ${i - 1} and ${i} are not in ascending order`);
      for (let i = 0; i < node.refs.length; i++)
        yield* walk.call(this, node.refs[i] as BlockRef, depth - 1, node.keys[i]);
    };
    yield* walk.call(this, root.root, root.depth, undefined);
    if (count !== root.blocks)
      this.report(`${tree} tree`, `the manifest says ${root.blocks} blocks, the tree leads to ${count}`);
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
  }
}
