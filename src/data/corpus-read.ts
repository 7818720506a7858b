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
  CORPUS_FORMAT,
  CORPUS_VERSION,
  densityIn,
  densityPath,
  idShard,
  joinEvent,
  MANIFEST,
  TABLES,
  type ArticlesTable,
  type BlockTable,
  type CorpusManifest,
  type DensityFile,
  type DetailsBlock,
  type FileEntry,
  type SkeletonFile,
  type SkeletonRow,
} from './corpus-format';
import { readFooter, readSkeletonRows } from './corpus-parquet';
import { entitiesFileSchema, eventSchema, sourcesFileSchema } from './dataset-schema';
import type { Schema } from './schema';
import { formatProblems, ProblemList } from './problems';
import { eventRules } from './validate';

/** Where a corpus's files come from: a whole file, or `length` bytes from `offset`. */
export interface CorpusStore {
  get(path: string, range?: { readonly offset: number; readonly length: number }): Promise<Uint8Array>;
}

/** A store over HTTP(S) at `base` (a directory URL ending in `/`), with Range requests for ranges. */
export function fetchStore(base: string, fetchImpl: typeof fetch = fetch): CorpusStore {
  return {
    async get(path, range) {
      const url = new URL(path, base).href;
      const headers: Record<string, string> = {};
      if (range !== undefined) headers['Range'] = `bytes=${range.offset}-${range.offset + range.length - 1}`;
      const response = await fetchImpl(url, { headers });
      if (!response.ok) throw new CorpusError(path, 'fetch', `HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (range === undefined || response.status === 206) return bytes;
      // A server that ignores Range sends the whole file.
      return bytes.subarray(range.offset, range.offset + range.length);
    },
  };
}

export type CorpusErrorCode = 'fetch' | 'checksum' | 'format' | 'invalid';

/** Something wrong with one file or block of a corpus, and where. */
export class CorpusError extends Error {
  constructor(
    readonly place: string,
    readonly code: CorpusErrorCode,
    detail: string,
  ) {
    super(`${place}: ${detail}`);
  }
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function verified(store: CorpusStore, entry: FileEntry): Promise<Uint8Array> {
  const bytes = await store.get(entry.path);
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

// Paths stay inside the corpus: relative, no "..", no scheme, no host.
const SAFE_PATH =
  /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_.-]*)*\.(json|parquet)$|^[a-z0-9][a-z0-9_.-]*\.(json|parquet)$/;
const SHA = /^[0-9a-f]{64}$/;
const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;

function checkEntry(e: unknown, place: string): asserts e is FileEntry {
  const f = e as Partial<FileEntry> | null;
  if (
    typeof f !== 'object' ||
    f === null ||
    typeof f.path !== 'string' ||
    !SAFE_PATH.test(f.path) ||
    f.path.includes('..') ||
    !isCount(f.bytes) ||
    typeof f.sha256 !== 'string' ||
    !SHA.test(f.sha256)
  )
    throw new CorpusError(place, 'format', 'a file entry needs a relative path, a byte size and a SHA-256');
}

/** Checks a manifest's shape (enough that nothing read through it can go astray); throws otherwise. */
export function checkManifest(value: unknown): CorpusManifest {
  const m = value as Partial<CorpusManifest> | null;
  const fail = (why: string): never => {
    throw new CorpusError(MANIFEST, 'format', why);
  };
  if (typeof m !== 'object' || m === null) return fail('not an object');
  if (m.format !== CORPUS_FORMAT) fail(`format is not "${CORPUS_FORMAT}"`);
  if (m.version !== CORPUS_VERSION) fail(`version ${String(m.version)} is not ${CORPUS_VERSION}`);
  if (typeof m.title?.ar !== 'string' || typeof m.title.en !== 'string') fail('no title');
  if (
    !isCount(m.counts?.events) ||
    !isCount(m.rowGroupRows) ||
    !isCount(m.blockEvents) ||
    m.blockEvents === 0
  )
    fail('counts are missing');
  if (
    !Array.isArray(m.files) ||
    !Array.isArray(m.skeleton) ||
    !Array.isArray(m.density) ||
    !Array.isArray(m.lanes)
  )
    fail('files, skeleton, density or lanes are missing');
  if (!isCount(m.idShards) || m.idShards === 0) fail('idShards is missing');
  (m.files as unknown[]).forEach((f, i) => checkEntry(f, `${MANIFEST} files[${i}]`));
  const files = new Set((m.files as FileEntry[]).map((f) => f.path));
  for (const t of Object.values(TABLES)) if (!files.has(t)) fail(`${t} is not listed`);
  let row = 0;
  (m.skeleton as unknown[]).forEach((s, i) => {
    checkEntry(s, `${MANIFEST} skeleton[${i}]`);
    const k = s as SkeletonFile;
    if (k.firstRow !== row || !isCount(k.rows) || !Array.isArray(k.rowGroups))
      fail(`skeleton[${i}] rows do not add up`);
    if (!isCount(k.footer?.offset) || !isCount(k.footer.length) || !SHA.test(String(k.footer.sha256)))
      fail(`skeleton[${i}] has no footer`);
    const groupRows = k.rowGroups.reduce((n, g) => {
      if (!isCount(g.offset) || !isCount(g.length) || !SHA.test(String(g.sha256)) || !isCount(g.rows))
        fail(`skeleton[${i}] has a bad row group`);
      if (![g.startMin, g.startMax, g.endMax].every(Number.isFinite))
        fail(`skeleton[${i}] has a row group without times`);
      return n + g.rows;
    }, 0);
    if (groupRows !== k.rows) fail(`skeleton[${i}] row groups do not add up`);
    row += k.rows;
  });
  if (row !== m.counts?.events) fail('the skeleton does not hold every event');
  (m.density as unknown[]).forEach((d, i) => checkEntry(d, `${MANIFEST} density[${i}]`));
  return m as CorpusManifest;
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
  /** The rows of skeleton row group `n`, counted across files in time order (a scan reads them one by one). */
  groupRows(n: number): Promise<PlacedRow[]>;
  /** The skeleton row of an event id, or null when the corpus has no such event. */
  find(id: string): Promise<PlacedRow | null>;
  /** The whole event of a skeleton row, checked with the dataset's rules (its quotes against articles). */
  event(row: PlacedRow): Promise<TimelineEvent>;
  /** An article's text by source id. */
  article(source: string): Promise<string>;
  sources(): Promise<readonly Source[]>;
  entities(): Promise<readonly Entity[]>;
}

/** Opens a corpus: fetches and checks its manifest (nothing else). */
export async function openCorpus(store: CorpusStore): Promise<Corpus> {
  const manifest = checkManifest(parse(MANIFEST, await store.get(MANIFEST)));
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
  const table = <T extends BlockTable>(path: string): Promise<T> =>
    memo(`table:${path}`, async () => {
      const t = await jsonFile<T>(fileEntry(path));
      if (!Array.isArray(t.blocks)) throw new CorpusError(path, 'format', 'no blocks');
      t.blocks.forEach((b, i) => checkEntry(b, `${path} blocks[${i}]`));
      return t;
    });

  // One skeleton file: its footer and the row groups fetched so far, each checked before use.
  const footer = (file: SkeletonFile): Promise<FileMetaData> =>
    memo(`footer:${file.path}`, async () => {
      const bytes = await store.get(file.path, file.footer);
      if ((await sha256(bytes)) !== file.footer.sha256)
        throw new CorpusError(`${file.path} footer`, 'checksum', 'does not match its checksum');
      return readFooter(bytes.slice().buffer);
    });
  const group = (file: SkeletonFile, g: number): Promise<Uint8Array> =>
    memo(`group:${file.path}:${g}`, async () => {
      const entry = file.rowGroups[g] as SkeletonFile['rowGroups'][number];
      const bytes = await store.get(file.path, entry);
      if (bytes.length !== entry.length || (await sha256(bytes)) !== entry.sha256)
        throw new CorpusError(`${file.path} row group ${g}`, 'checksum', 'does not match its checksum');
      return bytes;
    });
  /** Rows of the given row groups of a file, read from their checked bytes only. */
  async function rowsOf(file: SkeletonFile, groups: readonly number[]): Promise<PlacedRow[]> {
    if (groups.length === 0) return [];
    const [metadata, ...chunks] = await Promise.all([footer(file), ...groups.map((g) => group(file, g))]);
    const spans = groups.map((g, i) => ({
      entry: file.rowGroups[g] as SkeletonFile['rowGroups'][number],
      bytes: chunks[i] as Uint8Array,
    }));
    const buffer: AsyncBuffer = {
      byteLength: file.bytes,
      slice(start, end = file.bytes) {
        const s = spans.find((x) => start >= x.entry.offset && end <= x.entry.offset + x.entry.length);
        if (s === undefined)
          throw new CorpusError(
            file.path,
            'format',
            `bytes ${start}–${end} lie outside the checked row groups`,
          );
        return s.bytes.slice(start - s.entry.offset, end - s.entry.offset).buffer;
      },
    };
    const firstRows: number[] = [];
    let r = 0;
    for (const g of file.rowGroups) {
      firstRows.push(r);
      r += g.rows;
    }
    const out: PlacedRow[] = [];
    for (const g of groups) {
      const from = firstRows[g] as number;
      const rows = await readSkeletonRows(
        buffer,
        metadata,
        from,
        from + (file.rowGroups[g] as { rows: number }).rows,
      );
      rows.forEach((row, i) => out.push({ ...row, row: file.firstRow + from + i }));
    }
    return out;
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
  const article = async (source: string): Promise<string> => {
    const t = await table<ArticlesTable>(TABLES.articles);
    const b = Object.hasOwn(t.bySource, source) ? t.bySource[source] : undefined;
    const entry = b === undefined ? undefined : t.blocks[b];
    if (entry === undefined)
      throw new CorpusError(TABLES.articles, 'invalid', `no article for source "${source}"`);
    const block = await jsonFile<{ texts: Record<string, string> }>(entry);
    const text = Object.hasOwn(block.texts, source) ? block.texts[source] : undefined;
    if (typeof text !== 'string')
      throw new CorpusError(entry.path, 'invalid', `no article for source "${source}"`);
    return text;
  };

  return {
    manifest,
    async density(step, from, to) {
      const level = manifest.density.find((d) => d.unit === step.unit && d.n === step.n);
      if (level === undefined || level.path !== densityPath(step))
        throw new CorpusError(densityPath(step), 'format', 'no such density level');
      const file = await jsonFile<DensityFile>(level);
      return new Map(manifest.lanes.map((l) => [l.id as string, densityIn(file, step, l.id, from, to)]));
    },
    async window(from, to) {
      const lists = await Promise.all(
        manifest.skeleton.map((file) => {
          const groups = file.rowGroups.flatMap((g, i) => (g.startMin < to && g.endMax > from ? [i] : []));
          return rowsOf(file, groups);
        }),
      );
      return lists.flat().filter((r) => r.start_ms < to && r.end_ms > from);
    },
    async groupRows(n) {
      let k = n;
      for (const file of manifest.skeleton) {
        if (k < file.rowGroups.length) return rowsOf(file, [k]);
        k -= file.rowGroups.length;
      }
      throw new CorpusError(MANIFEST, 'format', `no row group ${n}`);
    },
    async find(id) {
      const t = await table<BlockTable>(TABLES.ids);
      const entry = t.blocks[idShard(id, manifest.idShards)];
      if (entry === undefined)
        throw new CorpusError(TABLES.ids, 'format', 'fewer shards than the manifest says');
      const shard = await jsonFile<Record<string, number>>(entry);
      const row = Object.hasOwn(shard, id) ? shard[id] : undefined;
      if (row === undefined) return null;
      const file = manifest.skeleton.find((f) => row >= f.firstRow && row < f.firstRow + f.rows);
      if (file === undefined)
        throw new CorpusError(entry.path, 'invalid', `row ${row} of "${id}" is not in the skeleton`);
      let r = file.firstRow;
      const g = file.rowGroups.findIndex((x) => row < (r += x.rows));
      const found = (await rowsOf(file, [g])).find((x) => x.row === row);
      if (found?.id !== id) throw new CorpusError(entry.path, 'invalid', `row ${row} is not "${id}"`);
      return found;
    },
    async event(row) {
      const t = await table<BlockTable>(TABLES.details);
      const b = Math.floor(row.row / manifest.blockEvents);
      const entry = t.blocks[b];
      if (entry === undefined) throw new CorpusError(TABLES.details, 'format', `no block for row ${row.row}`);
      const block = await jsonFile<DetailsBlock>(entry);
      const details = block.events?.[row.row - block.firstRow];
      if (details?.id !== row.id)
        throw new CorpusError(entry.path, 'invalid', `does not hold event "${row.id}" at row ${row.row}`);
      const event = joinEvent(row, details);
      const place = `${entry.path} $.events[${row.row - block.firstRow}]`;
      const problems = new ProblemList();
      if (!eventSchema.check(event, place, problems))
        throw new CorpusError(place, 'invalid', formatProblems(problems.items));
      const [known, list] = await Promise.all([entities(), sources()]);
      const withText = new Map<string, SourceWithText>();
      for (const a of event.accounts) {
        const s = list.find((x) => x.id === a.source);
        if (s !== undefined) withText.set(s.id, { ...s, text: await article(s.id) });
      }
      eventRules(
        event as TimelineEvent,
        place,
        { entityIds: new Set(known.map((e) => e.id)), sources: withText },
        (path, code, message) => problems.push({ path, code, message }),
      );
      if (problems.length > 0) throw new CorpusError(place, 'invalid', formatProblems(problems.items));
      return event as TimelineEvent & { id: EventId };
    },
    article,
    sources,
    entities,
  };
}
