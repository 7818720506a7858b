/**
 * Reading a static corpus, in the browser or in Node, through a `CorpusStore` that fetches a file or a
 * byte range of it (over HTTP Range requests, or from disk). Nothing is handed out before it is
 * checked: every file and block against its SHA-256 in the manifest or its block table, Parquet row
 * groups one by one (their byte ranges are checksummed), and events against the dataset's schema and
 * rules, quotes against their article.
 */
import type { AsyncBuffer, FileMetaData } from 'hyparquet';
import type { BinStep, Entity, EventId, Source, SourceWithText, TimelineEvent } from '../domain';
import {
  densityIn,
  densityPath,
  chunkKey,
  MANIFEST,
  TABLES,
  type ArticleChunk,
  type CorpusManifest,
  type EventsBlock,
  type FileEntry,
  type RowsBlock,
  type SkeletonFile,
  type SkeletonRow,
  type TreeName,
} from './corpus-format';
import { intersect, queryWords, ungap, union, type Postings } from './corpus-search';
import { adjacentRuns, TreeError, treeLookup, treeRange, type BlockRef } from './corpus-tree';
import type { CorpusStore } from './corpus-fetch';
import {
  checkDensity,
  checkManifest,
  checkRef,
  checkRows,
  CORPUS_LIMITS,
  CorpusError,
  isCount,
} from './corpus-guard';
import { footerProblem, readFooter, readSkeletonRows, rowGroupProblem } from './corpus-parquet';
import { asEvent, entitiesFileSchema, eventSchema, sourcesFileSchema } from './dataset-schema';
import type { Schema } from './schema';
import { formatProblems, ProblemList } from './problems';
import { eventRules } from './validate';

/** Whether this page can check checksums: browsers offer WebCrypto on HTTPS and localhost only. */
export const canCheck = (): boolean => typeof globalThis.crypto?.subtle?.digest === 'function';

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function verified(store: CorpusStore, entry: FileEntry): Promise<Uint8Array> {
  const bytes = await store.get(entry.path, undefined, entry.bytes);
  if (bytes.length !== entry.bytes || (await sha256(bytes)) !== entry.sha256)
    throw new CorpusError(entry.path, 'checksum', 'the file does not match its checksum');
  return bytes;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
function parse<T>(place: string, bytes: Uint8Array): T {
  try {
    return JSON.parse(decoder.decode(bytes)) as T;
  } catch (e) {
    throw new CorpusError(place, 'invalid', e instanceof Error ? e.message : String(e));
  }
}

/** A skeleton row with its place in the corpus (its row number, counted across files). */
export type PlacedRow = SkeletonRow & { readonly row: number };

/** An open corpus: the manifest, and what it can fetch on demand (each file once). */
export interface Corpus {
  readonly manifest: CorpusManifest;
  /** Each lane's periods overlapping [from, to) at one calendar level, with their counts. */
  density(
    step: BinStep,
    from: number,
    to: number,
  ): Promise<Map<string, { starts: number[]; counts: number[] }>>;
  /** Every event overlapping [from, to), in time order, fetching only the row groups that can hold one. */
  window(from: number, to: number): Promise<PlacedRow[]>;
  /** The skeleton row of an event id, or null when the corpus has no such event. */
  find(id: string): Promise<PlacedRow | null>;
  /** The whole event of a skeleton row, checked with the dataset's rules (its quotes against articles). */
  event(row: PlacedRow): Promise<TimelineEvent>;
  /** An article's text by source id. */
  article(source: string): Promise<string>;
  sources(): Promise<readonly Source[]>;
  entities(): Promise<readonly Entity[]>;
  /**
   * Events whose titles (either language) or quotes hold every word of `query`, each word matched as
   * the start of a word, with Arabic folded as the app's search folds it. `rows`: the first `limit`
   * (default 20) in time order; `total`: how many there are; `complete` is false when a word is in
   * more events than the index keeps rows for (corpus-search.ts) or matches too many words, so that
   * `total` is a lower bound. Reads a few blocks of the word index and the events blocks of the rows.
   */
  search(
    query: string,
    opts?: { readonly limit?: number; readonly signal?: AbortSignal },
  ): Promise<SearchAnswer>;
}

export interface SearchAnswer {
  readonly rows: PlacedRow[];
  readonly total: number;
  readonly complete: boolean;
}

/** How many index blocks one query word may read for its prefix matches. */
const PREFIX_BLOCKS = 8;
/** At most this many chunks make one article. */
const MAX_CHUNKS = 100_000;

/** Skeleton rows checked in one task. */
const CHECK_SLICE = 512;

/** Gives the page back to the browser between pieces of decoding, so that no one task is long. */
const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Opens a corpus: fetches and checks its manifest (nothing else). */
export async function openCorpus(store: CorpusStore): Promise<Corpus> {
  if (!canCheck())
    throw new CorpusError(
      MANIFEST,
      'insecure',
      'this page is not a secure context (HTTPS or localhost), so the browser offers no WebCrypto to check the checksums of a corpus',
    );
  const manifest = checkManifest(parse(MANIFEST, await store.get(MANIFEST)));
  const sizes = new Map(manifest.files.map((f) => [f.path, f.bytes]));
  const laneIds = new Set<string>(manifest.lanes.map((l) => l.id));
  const once = new Map<string, Promise<unknown>>();
  const memo = <T>(key: string, make: () => Promise<T>): Promise<T> => {
    let p = once.get(key) as Promise<T> | undefined;
    if (p === undefined) {
      p = make();
      once.set(key, p);
      // A failed fetch may be retried.
      p.catch(() => once.delete(key));
    }
    return p;
  };
  const fileEntry = (path: string): FileEntry => {
    const f = manifest.files.find((e) => e.path === path);
    if (f === undefined) throw new CorpusError(path, 'format', 'not listed in the manifest');
    return f;
  };
  const jsonFile = <T>(entry: FileEntry): Promise<T> =>
    memo(entry.path, async () => parse<T>(entry.path, await verified(store, entry)));
  /** Checks a block's bytes against its reference and parses them. */
  const checkBlock = async (ref: BlockRef, bytes: Uint8Array): Promise<unknown> => {
    const [path, offset, length, sha] = ref;
    const place = `${path} bytes ${offset}–${offset + length}`;
    if (bytes.length !== length || (await sha256(bytes)) !== sha)
      throw new CorpusError(place, 'checksum', 'does not match its checksum');
    return parse<unknown>(place, bytes);
  };
  const safeRef = checkRef;
  /** One block of a tree, checked against the checksum its parent gives, parsed (once). */
  const block = (ref: BlockRef, place: string): Promise<unknown> =>
    memo(`block:${ref[0]}:${ref[1]}`, async () => {
      safeRef(ref, place);
      return checkBlock(ref, await store.get(ref[0], { offset: ref[1], length: ref[2] }, sizes.get(ref[0])));
    });
  /** Blocks in order; neighbours in a pack come in one request, each still checked on its own. */
  const blocks = async (refs: readonly BlockRef[], place: string): Promise<unknown[]> => {
    const out: Promise<unknown>[] = [];
    for (const run of adjacentRuns(refs.filter((r) => !once.has(`block:${r[0]}:${r[1]}`)))) {
      if (run.length === 1) continue;
      run.forEach((r) => safeRef(r, place));
      const first = run[0] as BlockRef;
      const last = run[run.length - 1] as BlockRef;
      const span = store.get(
        first[0],
        { offset: first[1], length: last[1] + last[2] - first[1] },
        sizes.get(first[0]),
      );
      for (const r of run)
        memo(`block:${r[0]}:${r[1]}`, async () =>
          checkBlock(r, (await span).subarray(r[1] - first[1], r[1] - first[1] + r[2])),
        );
    }
    for (const r of refs) out.push(block(r, place));
    return Promise.all(out);
  };
  const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));
  const inTree = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (e) {
      if (e instanceof TreeError) throw new CorpusError(e.place, 'format', e.message);
      throw e;
    }
  };
  const lookup = (t: TreeName, key: number | string): Promise<unknown> =>
    inTree(() => treeLookup(block, manifest.trees[t], key, `${t} tree`));
  /** The item with `id` of a list block (an array of [id, …] or {id} sorted by id), or undefined. */
  const inList = async <T>(t: TreeName, id: string, idOf: (x: T) => unknown): Promise<T | undefined> => {
    const list = await lookup(t, id);
    if (list === null) return undefined;
    if (!Array.isArray(list)) throw new CorpusError(`${t} tree`, 'format', 'a block is not a list');
    return (list as T[]).find((x) => idOf(x) === id);
  };

  // One skeleton file: its footer and the row groups fetched so far, each checked before use.
  const footer = (file: SkeletonFile): Promise<FileMetaData> =>
    memo(`footer:${file.path}`, async () => {
      const place = `${file.path} footer`;
      const bytes = await store.get(file.path, file.footer, file.bytes);
      if (bytes.length !== file.footer.length || (await sha256(bytes)) !== file.footer.sha256)
        throw new CorpusError(place, 'checksum', 'does not match its checksum');
      let metadata: FileMetaData;
      try {
        metadata = readFooter(bytes.slice().buffer);
      } catch (e) {
        throw new CorpusError(place, 'format', `not a Parquet footer (${message(e)})`);
      }
      const wrong = footerProblem(metadata, file);
      if (wrong !== null) throw new CorpusError(place, 'format', wrong);
      return metadata;
    });
  const group = (file: SkeletonFile, g: number): Promise<Uint8Array> =>
    memo(`group:${file.path}:${g}`, async () => {
      const entry = file.rowGroups[g] as SkeletonFile['rowGroups'][number];
      const bytes = await store.get(file.path, entry, file.bytes);
      if (bytes.length !== entry.length || (await sha256(bytes)) !== entry.sha256)
        throw new CorpusError(`${file.path} row group ${g}`, 'checksum', 'does not match its checksum');
      return bytes;
    });
  /**
   * The rows of one row group, read from its checked bytes only: its pages are held against the rows
   * the manifest lists before anything is decoded, and every row is checked after.
   */
  async function groupRows(file: SkeletonFile, g: number, metadata: FileMetaData): Promise<PlacedRow[]> {
    const entry = file.rowGroups[g] as SkeletonFile['rowGroups'][number];
    const place = `${file.path} row group ${g}`;
    const bytes = await group(file, g);
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
    for (let i = 0; i < g; i++) from += (file.rowGroups[i] as { rows: number }).rows;
    let rows: SkeletonRow[];
    try {
      rows = await readSkeletonRows(buffer, metadata, from, from + entry.rows);
    } catch (e) {
      if (e instanceof CorpusError) throw e;
      throw new CorpusError(place, 'format', `not readable as Parquet (${message(e)})`);
    }
    if (rows.length !== entry.rows)
      throw new CorpusError(place, 'format', `holds ${rows.length} rows, not the ${entry.rows} listed`);
    // Checked in slices, each in a task of its own, so that no one task is long.
    const seen = new Set<string>();
    for (let i = 0; i < rows.length; i += CHECK_SLICE) {
      if (i > 0) await breathe();
      checkRows(rows.slice(i, i + CHECK_SLICE), (j) => `${place} row ${i + j}`, seen);
    }
    return rows.map((row, i) => ({ ...row, row: file.firstRow + from + i }));
  }

  const checked = <T>(path: string, schema: Schema<unknown>): Promise<T> =>
    memo(`checked:${path}`, async () => {
      const value = await jsonFile<unknown>(fileEntry(path));
      const problems = new ProblemList();
      if (!schema.check(value, path, problems))
        throw new CorpusError(path, 'invalid', formatProblems(problems.items));
      return value as T;
    });
  const entities = (): Promise<readonly Entity[]> => checked(TABLES.entities, entitiesFileSchema);
  const sources = (): Promise<readonly Source[]> => checked(TABLES.sources, sourcesFileSchema);
  /** The chunks of an article that meet [from, to), checked and in order. */
  const chunks = async (source: string, from: number, to: number): Promise<ArticleChunk[]> => {
    const found = await inTree(() =>
      treeRange(
        block,
        manifest.trees.articles,
        chunkKey(source, from),
        chunkKey(source, to),
        MAX_CHUNKS,
        'articles tree',
        blocks,
      ),
    );
    const out: ArticleChunk[] = [];
    for (const b of found.blocks) {
      if (!Array.isArray(b)) throw new CorpusError('articles tree', 'format', 'a block is not a list');
      for (const c of b as (ArticleChunk & { id: unknown })[]) {
        if (c?.id !== source) continue;
        if (
          !isCount(c.at) ||
          !isCount(c.length) ||
          typeof c.text !== 'string' ||
          c.at + c.text.length > c.length
        )
          throw new CorpusError('articles tree', 'format', `a chunk of "${source}" is malformed`);
        if (c.at < to && c.at + c.text.length > from) out.push(c);
      }
    }
    if (out.length === 0)
      throw new CorpusError('articles tree', 'invalid', `no article for source "${source}"`);
    return out.sort((a, b) => a.at - b.at);
  };
  /**
   * An article's text where `spans` lie (each widened by its stored context, and by at least one
   * character for the surrogate check) and U+FFFF elsewhere: enough for the rules that check quotes
   * and their context at their offsets.
   */
  const articleAround = async (
    source: string,
    spans: readonly { start: number; end: number; prefix?: string; suffix?: string }[],
  ) => {
    const parts = await Promise.all(
      spans.map((s) =>
        chunks(
          source,
          Math.max(0, s.start - Math.max(1, s.prefix?.length ?? 0)),
          s.end + Math.max(1, s.suffix?.length ?? 0),
        ),
      ),
    );
    const known = new Map<number, ArticleChunk>();
    for (const c of parts.flat()) known.set(c.at, c);
    const length = (parts[0]?.[0] as ArticleChunk).length;
    let text = '';
    for (const c of [...known.values()].sort((a, b) => a.at - b.at)) {
      if (c.length !== length)
        throw new CorpusError('articles tree', 'invalid', `chunks of "${source}" disagree`);
      text += '\uffff'.repeat(c.at - text.length) + c.text;
    }
    return text + '\uffff'.repeat(Math.max(0, length - text.length));
  };
  const article = async (source: string): Promise<string> => {
    const all = await chunks(source, 0, Number.MAX_SAFE_INTEGER);
    let text = '';
    for (const c of all) {
      if (c.at !== text.length || c.length !== (all[0] as ArticleChunk).length)
        throw new CorpusError('articles tree', 'invalid', `the chunks of "${source}" do not join`);
      text += c.text;
    }
    if (text.length !== (all[0] as ArticleChunk).length)
      throw new CorpusError('articles tree', 'invalid', `the article of "${source}" is cut short`);
    return text;
  };
  const source = async (id: string): Promise<Source | undefined> => {
    const s = await inList<Source>('sources', id, (x) => x?.id);
    if (s === undefined) return undefined;
    const problems = new ProblemList();
    if (!sourcesFileSchema.check([s], `sources tree "${id}"`, problems))
      throw new CorpusError(`sources tree "${id}"`, 'invalid', formatProblems(problems.items));
    return s;
  };
  /** The events block holding `row`, and the event at it (not yet checked). */
  const rawEvent = async (row: number): Promise<{ place: string; value: unknown }> => {
    const b = (await lookup('events', row)) as Partial<EventsBlock> | null;
    if (b === null || typeof b !== 'object' || !isCount(b.firstRow) || !Array.isArray(b.events))
      throw new CorpusError('events tree', 'format', `no events block for row ${row}`);
    const value: unknown = b.events[row - b.firstRow];
    if (value === undefined) throw new CorpusError('events tree', 'format', `no event at row ${row}`);
    return { place: `events tree row ${row}`, value };
  };
  /** An event checked with the dataset's schema and rules, its quotes against their articles. */
  const checkedEvent = (row: number): Promise<TimelineEvent> =>
    memo(`event:${row}`, async () => {
      const { place, value } = await rawEvent(row);
      const problems = new ProblemList();
      if (!eventSchema.check(value, place, problems))
        throw new CorpusError(place, 'invalid', formatProblems(problems.items));
      const event = asEvent(value);
      const known = await entities();
      const withText = new Map<string, SourceWithText>();
      await Promise.all(
        event.accounts.map(async (a) => {
          const s = await source(a.source);
          if (s !== undefined && a.quotes.length > 0)
            withText.set(a.source, { ...s, text: await articleAround(a.source, a.quotes) });
          else if (s !== undefined) withText.set(a.source, { ...s, text: '' });
        }),
      );
      eventRules(
        event,
        place,
        { entityIds: new Set(known.map((e) => e.id)), sources: withText },
        (path, code, message) => problems.push({ path, code, message }),
      );
      if (problems.length > 0) throw new CorpusError(place, 'invalid', formatProblems(problems.items));
      return event;
    });
  /** The skeleton row of an event at `row`, from its events block (shape-checked). */
  const placed = async (row: number): Promise<PlacedRow> => {
    const b = (await lookup('rows', row)) as Partial<RowsBlock> | null;
    if (b === null || typeof b !== 'object' || !isCount(b.firstRow) || !Array.isArray(b.rows))
      throw new CorpusError('rows tree', 'format', `no rows block for row ${row}`);
    const r: unknown = b.rows[row - b.firstRow];
    if (r === undefined) throw new CorpusError('rows tree', 'format', `no row ${row}`);
    checkRows([r], () => `rows tree row ${row}`);
    return { ...(r as SkeletonRow), row };
  };
  /** The first rows of a word's postings that start with `prefix`: exact and longer words. */
  const wordRows = async (prefix: string): Promise<{ rows: number[]; total: number; complete: boolean }> => {
    const { blocks, complete } = await inTree(() =>
      treeRange(block, manifest.trees.search, prefix, `${prefix}\uffff`, PREFIX_BLOCKS, 'search tree'),
    );
    const lists: number[][] = [];
    let total = 0;
    let whole = complete;
    for (const b of blocks) {
      if (!Array.isArray(b)) throw new CorpusError('search tree', 'format', 'a block is not a list');
      for (const p of b as Postings[]) {
        if (!Array.isArray(p) || typeof p[0] !== 'string' || !isCount(p[1]) || !Array.isArray(p[2]))
          throw new CorpusError('search tree', 'format', 'a word entry is malformed');
        if (!p[0].startsWith(prefix)) continue;
        const rows = ungap(p[2]);
        if (rows.length < p[1]) whole = false;
        total += p[1];
        lists.push(rows);
      }
    }
    const rows = union(lists);
    return { rows, total: lists.length === 1 ? total : rows.length, complete: whole };
  };

  return {
    manifest,
    async density(step, from, to) {
      const level = manifest.density.find((d) => d.unit === step.unit && d.n === step.n);
      if (level === undefined || level.path !== densityPath(step))
        throw new CorpusError(densityPath(step), 'format', 'no such density level');
      const file = await memo(`density:${level.path}`, async () =>
        checkDensity(await jsonFile<unknown>(level), level, step, laneIds),
      );
      return new Map(manifest.lanes.map((l) => [l.id as string, densityIn(file, step, l.id, from, to)]));
    },
    async window(from, to) {
      const wanted = manifest.skeleton.flatMap((file) =>
        file.rowGroups.flatMap((g, i) => (g.startMin < to && g.endMax > from ? [{ file, g: i }] : [])),
      );
      // The bytes come in together; the row groups are decoded one at a time, each in a task of its own.
      wanted.forEach(({ file, g }) => void group(file, g).catch(() => {}));
      const out: PlacedRow[] = [];
      const ids = new Set<string>();
      for (const { file, g } of wanted) {
        const metadata = await footer(file);
        await breathe();
        for (const r of await groupRows(file, g, metadata)) {
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
    },
    async find(id) {
      const hit = await inList<[string, number]>('ids', id, (x) => (Array.isArray(x) ? x[0] : undefined));
      if (hit === undefined) return null;
      if (!isCount(hit[1])) throw new CorpusError('ids tree', 'format', `"${id}" has no row`);
      const found = await placed(hit[1]);
      if (found.id !== id) throw new CorpusError('ids tree', 'invalid', `row ${hit[1]} is not "${id}"`);
      return found;
    },
    async event(row) {
      const event = await checkedEvent(row.row);
      if (event.id !== row.id)
        throw new CorpusError(`events tree row ${row.row}`, 'invalid', `does not hold event "${row.id}"`);
      return event as TimelineEvent & { id: EventId };
    },
    async search(query, opts = {}) {
      const limit = opts.limit ?? 20;
      const words = queryWords(query);
      if (words.length === 0) return { rows: [], total: 0, complete: true };
      const found = await Promise.all(words.map(wordRows));
      opts.signal?.throwIfAborted();
      const rows = intersect(found.map((f) => f.rows));
      const complete = found.every((f) => f.complete);
      const total = words.length === 1 && found[0] !== undefined ? found[0].total : rows.length;
      const placedRows = await Promise.all(rows.slice(0, limit).map(placed));
      opts.signal?.throwIfAborted();
      return { rows: placedRows, total, complete };
    },
    article,
    sources,
    entities,
  };
}
