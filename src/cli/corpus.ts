/**
 * npm run -s corpus -- build <input> --out <dir> [--memory 768MB] [--threads 2] [--workers 2]
 *
 * Builds the static corpus (docs/corpus-format.md) from a single-file dataset (`.json`) or a
 * directory with `sources.json` (with article texts), `entities.json`, `events.jsonl` (one event per
 * line) and optionally `dataset.json` (format, version, title). Each line is read and checked once
 * with the dataset's schema and rules (problems name their line, corpus-pass.ts; in worker threads
 * from 64 MB of lines on); DuckDB takes each event's keys, sorts them out of core within the memory
 * limit, counts the density and writes the Parquet files; and this process writes the blocks, trees
 * and word index as the sorted rows stream past.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  articleChunks,
  chunkKey,
  CORPUS_FORMAT,
  CORPUS_VERSION,
  densityPath,
  gaps,
  MANIFEST,
  byteSpans,
  readFooter,
  skeletonPath,
  TABLES,
  TREES,
  type CorpusManifest,
  type DensityLevel,
  type FileEntry,
  type SkeletonFile,
  type TreeName,
  type TreeRoot,
} from '../data';
import type { Source, SourceWithText } from '../domain';
import { DEFAULT_LIMITS, Engine, type EngineLimits } from './corpus-engine';
import { readHead } from './corpus-input';
import { refuseOut, writeAtomically } from './corpus-out';
import { eventBlocksHere, eventBlocksThread, type EventBlocks } from './corpus-blocks';
import { BlockBuilder, PackWriter } from './corpus-pack';
import { checkLines, lineChecker, readRecord, type PassLine } from './corpus-pass';
import { PostingsBuilder } from './corpus-postings';
import { RecordFile } from './corpus-records';
import { verifyCorpus } from './corpus-verify';
import { TextFileError } from './text-files';

export interface BuildOptions {
  /** Rows a row group holds (the last of a file may hold fewer): a multiple of DuckDB's 2,048. */
  readonly rowGroupRows?: number;
  /** Row groups per Parquet file. */
  readonly rowGroupsPerFile?: number;
  /** The size events blocks are cut at, in bytes of JSON. */
  readonly blockBytes?: number;
  /** How many words the index holds in memory before it spills them to disk. */
  readonly maxWords?: number;
  /** DuckDB's memory limit and threads (default 768MB, 2). */
  readonly limits?: Partial<EngineLimits>;
  /**
   * Worker threads the check of the lines is split over, besides this thread (default: one fewer
   * than the engine's threads from 20,000 events of an events file on, none below or for a single
   * file).
   */
  readonly passWorkers?: number;
  /**
   * Whether the events blocks are written by a worker thread, beside the rest of what follows the
   * sort (default: from 20,000 events of an events file on, with more than one thread).
   */
  readonly blocksWorker?: boolean;
  /** Where the engine's database and spill files go (default: the system's temporary directory). */
  readonly workDir?: string;
}

export type BuildResult =
  | { readonly ok: true; readonly manifest: CorpusManifest }
  | {
      readonly ok: false;
      /** The first problems by line (at most 200), each naming its file and line or path. */
      readonly problems: readonly string[];
      /** How many more were found and not listed. */
      readonly omitted?: number;
    };

const MAX_REPORTED = 200;
/** DuckDB hands rows on in vectors of 2,048: its row groups are whole vectors. */
const VECTOR = 2048;
/** Events blocks: a few events each, so that one selected event costs a few KB. */
const BLOCK_BYTES = 8_000;
/** Blocks of ids, sources and words. */
const LIST_BYTES = 4_000;

/**
 * Below this size of events file (about 20,000 events) the check and the events blocks run in this
 * thread: starting workers would cost more.
 */
const PASS_WORKERS_FROM_BYTES = 64 << 20;

/** The lines that could be read, for the check; those that could not go to `errors` as they come. */
async function* goodLines(
  lines: AsyncIterable<PassLine | { n: number; error: string }>,
  errors: { n: number; error: string }[],
): AsyncGenerator<PassLine> {
  for await (const l of lines) {
    if ('error' in l) errors.push(l);
    else yield l;
  }
}

/** Writes `bytes` under `out` and returns its entry. */
function put(out: string, path: string, bytes: Uint8Array | string): FileEntry {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  writeFileSync(join(out, path), data);
  return { path, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
}
const json = (value: unknown): string => JSON.stringify(value);
/** A source as sources.json lists it: its article text goes to an articles block. */
function withoutText(s: SourceWithText): Source {
  const copy: { -readonly [K in keyof SourceWithText]?: SourceWithText[K] } = { ...s };
  delete copy.text;
  return copy as Source;
}

/**
 * The first problems by line, however many lines have them: a line's problems in the order of their
 * rank (unreadable 0, repeated id 1, the check 2), then in the order found.
 */
class Problems {
  private items: { line: number; rank: number; seq: number; text: string }[] = [];
  private seq = 0;
  private dropped = 0;
  constructor(private readonly keep = MAX_REPORTED) {}
  get count(): number {
    return this.items.length + this.dropped;
  }
  add(line: number, text: string, rank = 0): void {
    this.items.push({ line, rank, seq: this.seq++, text });
    if (this.items.length >= this.keep * 10) this.trim();
  }
  private trim(): void {
    this.items.sort((a, b) => a.line - b.line || a.rank - b.rank || a.seq - b.seq);
    this.dropped += Math.max(0, this.items.length - this.keep);
    this.items.length = Math.min(this.items.length, this.keep);
  }
  result(): { ok: false; problems: string[]; omitted?: number } {
    this.trim();
    const problems = this.items.map((p) => p.text);
    return this.dropped > 0 ? { ok: false, problems, omitted: this.dropped } : { ok: false, problems };
  }
}

/** Where each row group of a Parquet file lies, from its footer. */
export function rowGroupSpans(bytes: Uint8Array): {
  groups: { offset: number; length: number; rows: number }[];
  footer: { offset: number; length: number };
} {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
  const { rowGroups, footer } = byteSpans(readFooter(buffer), bytes.length);
  return { groups: [...rowGroups], footer };
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Builds the corpus of `input` into `out`: refused when `out` is, holds or lies inside the input, or
 * is a directory that is neither empty nor a corpus; written beside it and swapped in when complete.
 * DuckDB (corpus-engine.ts) sorts, counts and writes the Parquet files; this function checks every
 * event with the dataset's rules and writes the blocks, trees and word index, in one streaming pass.
 */
export async function buildCorpus(
  input: string,
  out: string,
  options: BuildOptions = {},
): Promise<BuildResult> {
  const rowGroupRows = options.rowGroupRows ?? 4096;
  const perFile = rowGroupRows * (options.rowGroupsPerFile ?? 16);
  const blockBytes = options.blockBytes ?? BLOCK_BYTES;
  if (!(rowGroupRows > 0 && rowGroupRows % VECTOR === 0))
    return {
      ok: false,
      problems: [`row groups of ${rowGroupRows} rows: the engine writes multiples of ${VECTOR}`],
    };
  const refusal = refuseOut(input, out);
  if (refusal !== null) return { ok: false, problems: [refusal] };
  let read: ReturnType<typeof readHead>;
  try {
    read = readHead(input);
  } catch (e) {
    if (!(e instanceof TextFileError)) throw e;
    return { ok: false, problems: [e.message] };
  }
  if ('problems' in read) return { ok: false, problems: read.problems };
  const { head, place } = read;
  // The lanes: the dataset's own kinds, in its order (every event's kind is one of them).
  const kindIds = head.kinds.map((k) => k.id);

  const work = mkdtempSync(join(options.workDir ?? tmpdir(), 'riwayat-build-'));
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const engine = await Engine.open(work, limits);
  const records = new RecordFile(join(work, 'records'));
  const t0 = performance.now();
  const trace = (step: string): void => {
    if (process.env['RIWAYAT_BUILD_TRACE'] !== undefined)
      console.error(
        `${((performance.now() - t0) / 1000).toFixed(1)} s (CPU ${(((u) => u.user + u.system)(process.cpuUsage()) / 1e6).toFixed(1)} s) ${step}`,
      );
  };
  try {
    // 1. Every line decoded and parsed once, checked, and handed on: its keys and period to the
    // engine, which sorts them and finds repeated ids; its skeleton row and words to the records.
    const problems = new Problems();
    const check = lineChecker(head, place, read.text);
    const workers =
      options.passWorkers ??
      (read.events !== null && read.size >= PASS_WORKERS_FROM_BYTES ? limits.threads - 1 : 0);
    const data = read.events === null ? null : { head, events: read.events };
    let quotes = 0;
    let fault: string | null = null;
    const errors: { n: number; error: string }[] = [];
    for await (const r of checkLines(goodLines(read.lines, errors), check, workers, data)) {
      for (const e of errors.splice(0)) {
        problems.add(e.n, `${place(e.n)}: ${e.error} [not-utf8]`);
        engine.addBad(e.n, null);
      }
      if ('problems' in r) {
        for (const p of r.problems) problems.add(r.line, p, 2);
        engine.addBad(r.line, r.id);
      } else if ('fault' in r) {
        fault ??= r.fault;
        engine.addBad(r.line, r.id);
      } else if (problems.count > 0) engine.addBad(r.line, r.keys.id);
      else {
        const { at, len } = r.text === undefined ? r : records.add(r.text);
        const rec = records.add(r.record);
        engine.add({
          line: r.line,
          at,
          len,
          own: r.text !== undefined,
          rec: rec.at,
          recLen: rec.len,
          start: r.start,
          end: r.end,
          keys: r.keys,
        });
        quotes += r.quotes;
      }
    }
    for (const e of errors.splice(0)) {
      problems.add(e.n, `${place(e.n)}: ${e.error} [not-utf8]`);
      engine.addBad(e.n, null);
    }
    trace('lines checked');
    await engine.sort();
    trace('sorted');
    for (const d of await engine.duplicates())
      for (const line of d.lines)
        problems.add(line, `${place(line)}.id: Event id "${d.id}" is used more than once [duplicate-id]`, 1);
    if (problems.count > 0) return problems.result();
    if (fault !== null) throw new Error(fault);
    const differs = await engine.periodFault();
    if (differs !== null)
      throw new Error(`${place(differs)}: the engine's period of the event differs from the dataset's`);

    // 2. Written in time order into a new directory that replaces `out` once complete.
    return await writeAtomically(out, async (dir): Promise<BuildResult> => {
      // The events blocks (most of the corpus's bytes) by a worker thread while this thread writes
      // the rest; the same blocks either way.
      const eventsFile = read.events;
      records.flush();
      const events: EventBlocks =
        eventsFile !== null &&
        (options.blocksWorker ?? (read.size >= PASS_WORKERS_FROM_BYTES && limits.threads > 1))
          ? eventBlocksThread({ out: dir, blockBytes, events: eventsFile, records: records.path })
          : eventBlocksHere(dir, blockBytes, (r) =>
              r.own ? records.bytes(r.at, r.len) : read.text(r.line, r.at, r.len),
            );
      try {
        return await writeRest(dir, events);
      } finally {
        await events.close();
      }
    });
    async function writeRest(dir: string, events: EventBlocks): Promise<BuildResult> {
      type Other = Exclude<TreeName, 'events'>;
      const others = TREES.filter((t): t is Other => t !== 'events');
      const packs = Object.fromEntries(others.map((t) => [t, new PackWriter(dir, t)])) as Record<
        Other,
        PackWriter
      >;
      const rowBlocks = new BlockBuilder(packs.rows, LIST_BYTES, (key) => [
        `{"firstRow":${key},"rows":[`,
        ']}',
      ]);
      const postings = new PostingsBuilder(options.maxWords);
      let row = 0;
      for await (const r of engine.rows()) {
        if (r.row !== row++) throw new Error(`the engine gave row ${r.row} where ${row - 1} was due`);
        // The event as read (never decoded here), and what its check handed on.
        const wait = events.add(r);
        if (wait !== undefined) await wait;
        const { skeleton, words } = readRecord(records.text(r.rec, r.recLen));
        rowBlocks.add(r.row, skeleton);
        for (const w of words) postings.add(w, r.row);
      }
      trace('rows blocks and words gathered');
      rowBlocks.flush();

      // The skeleton and the density, from SQL.
      const totals = await engine.totals(kindIds);
      const bounds = await engine.groupBounds(rowGroupRows);
      const skeleton: SkeletonFile[] = [];
      const parts: { path: string; from: number; to: number }[] = [];
      for (let from = 0; from < totals.count; from += perFile)
        parts.push({ path: skeletonPath(parts.length), from, to: Math.min(totals.count, from + perFile) });
      await engine.writeSkeletons(
        parts.map((p) => ({ ...p, path: join(dir, p.path) })),
        rowGroupRows,
        limits.threads,
      );
      trace('skeleton');
      for (const { path, from, to } of parts) {
        const bytes = new Uint8Array(readFileSync(join(dir, path)));
        const spans = rowGroupSpans(bytes);
        const g0 = from / rowGroupRows;
        skeleton.push({
          path,
          bytes: bytes.length,
          sha256: sha256(bytes),
          firstRow: from,
          rows: to - from,
          footer: {
            ...spans.footer,
            sha256: sha256(bytes.subarray(spans.footer.offset, spans.footer.offset + spans.footer.length)),
          },
          rowGroups: spans.groups.map((g, i) => {
            const want = Math.min(rowGroupRows, to - from - i * rowGroupRows);
            const b = bounds[g0 + i];
            if (g.rows !== want || b === undefined)
              throw new Error(`${path}: row group ${i} holds ${g.rows} rows, not ${want}`);
            return { ...g, sha256: sha256(bytes.subarray(g.offset, g.offset + g.length)), ...b };
          }),
        });
      }
      const files: FileEntry[] = skeleton.map(({ path, bytes, sha256 }) => ({ path, bytes, sha256 }));
      const levels: DensityLevel[] = (await engine.density(kindIds)).map((f) => {
        const entry = put(dir, densityPath(f), json(f));
        files.push(entry);
        const bins = Object.values(f.lanes).reduce((n, l) => n + l.counts.length, 0);
        return { ...entry, unit: f.unit, n: f.n, bins };
      });

      trace('density');
      // Ids, sources, articles and words, each in key order, in blocks of a few KB.
      const list = (pack: PackWriter) => new BlockBuilder(pack, LIST_BYTES, () => ['[', ']']);
      const idBlocks = list(packs.ids);
      for await (const [id, r] of engine.each('SELECT id, row FROM sorted ORDER BY id'))
        idBlocks.add(String(id), json([String(id), Number(r)]));
      idBlocks.flush();
      const byId = [...head.sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const sourceBlocks = list(packs.sources);
      for (const s of byId) sourceBlocks.add(s.id, json(withoutText(s)));
      sourceBlocks.flush();
      const articleBlocks = new BlockBuilder(packs.articles, 0, () => ['[', ']']);
      for (const s of byId)
        for (const chunk of articleChunks(s.text))
          articleBlocks.add(chunkKey(s.id, chunk.at), json({ id: s.id, ...chunk }));
      articleBlocks.flush();
      const wordBlocks = list(packs.search);
      for await (const [word, total, found] of postings.sorted())
        wordBlocks.add(word, json([word, total, gaps(found)]));
      wordBlocks.flush();

      const leaves: Record<Other, BlockBuilder> = {
        rows: rowBlocks,
        ids: idBlocks,
        sources: sourceBlocks,
        articles: articleBlocks,
        search: wordBlocks,
      };
      const eventsWritten = await events.finish();
      trace('events blocks written');
      const trees = Object.fromEntries(
        TREES.map((t) => {
          if (t === 'events') {
            files.push(...eventsWritten.files);
            return [t, eventsWritten.root];
          }
          const root = leaves[t].tree.finish();
          files.push(...packs[t].close());
          return [t, root];
        }),
      ) as Record<TreeName, TreeRoot>;
      files.push(put(dir, TABLES.sources, json(head.sources.map(withoutText))));
      files.push(put(dir, TABLES.entities, json(head.entities)));

      const manifest: CorpusManifest = {
        format: CORPUS_FORMAT,
        version: CORPUS_VERSION,
        title: head.title,
        counts: {
          events: totals.count,
          sources: head.sources.length,
          entities: head.entities.length,
          quotes,
        },
        time: totals.time,
        kinds: head.kinds,
        sides: head.sides,
        lanes: totals.lanes,
        rowGroupRows,
        blockBytes,
        maxSpan: totals.maxSpan,
        skeleton,
        density: levels,
        trees,
        files,
      };
      writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest));
      trace('ids, words, trees, manifest');
      return { ok: true, manifest };
    }
  } finally {
    read.close();
    records.close();
    engine.close();
    rmSync(work, { recursive: true, force: true });
  }
}

const USAGE = `usage: npm run -s corpus -- build <input.json | input-dir> --out <dir> [--memory 768MB] [--threads 2] [--workers 2]
       npm run -s corpus -- verify <dir>`;

async function main(argv: readonly string[]): Promise<number> {
  const [command, input, flag, out, ...rest] = argv;
  if (command === 'verify' && input !== undefined && argv.length === 2) return verifyMain(input);
  const limits: { memoryLimit?: string; threads?: number } = {};
  let workers: number | undefined;
  for (let i = 0; i < rest.length; i += 2) {
    const [name, value] = [rest[i], rest[i + 1]];
    if (name === '--memory' && value !== undefined && /^\d+(\.\d+)?\s*[KMGT]i?B$/i.test(value))
      limits.memoryLimit = value;
    else if (name === '--threads' && value !== undefined && /^[1-9]\d{0,2}$/.test(value))
      limits.threads = Number(value);
    else if (name === '--workers' && value !== undefined && /^\d{1,3}$/.test(value)) workers = Number(value);
    else return usage();
  }
  if (command !== 'build' || input === undefined || flag !== '--out' || out === undefined) return usage();
  const t0 = performance.now();
  let result: BuildResult;
  try {
    result = await buildCorpus(
      input,
      out,
      workers === undefined ? { limits } : { limits, passWorkers: workers },
    );
  } catch (e) {
    // Only what nothing above foresaw (a full disk, a permission): one line, no stack trace.
    console.error(`corpus build failed: ${e instanceof Error ? e.message : String(e)}; ${out} is as it was.`);
    return 1;
  }
  if (!result.ok) {
    for (const p of result.problems) console.error(p);
    if ((result.omitted ?? 0) > 0) console.error(`…and ${result.omitted} more problem(s), not listed.`);
    console.error(`${input}: nothing was written (${out} is as it was).`);
    return 1;
  }
  const m = result.manifest;
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `wrote ${out}: ${m.counts.events} events in ${m.skeleton.length} Parquet file(s), ${m.counts.sources} sources, ${m.counts.entities} entities (${seconds} s)`,
  );
  return 0;
}

async function verifyMain(dir: string): Promise<number> {
  const t0 = performance.now();
  const { problems, omitted } = await verifyCorpus(dir);
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (problems.length === 0) {
    console.log(`${dir}: conforms to riwayat-corpus version 2 (docs/corpus-format.md) (${seconds} s)`);
    return 0;
  }
  for (const p of problems) console.error(p);
  if (omitted > 0) console.error(`…and ${omitted} more problem(s), not listed.`);
  console.error(`${dir}: does not conform (${problems.length + omitted} problem(s))`);
  return 1;
}

function usage(): number {
  console.error(USAGE);
  return 2;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
