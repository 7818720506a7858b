/**
 * npm run -s corpus -- build <input> --out <dir>
 *
 * Builds the static corpus (see src/data/corpus-format.ts) from a single-file dataset (`.json`) or a
 * directory with `sources.json` (with article texts), `entities.json`, `events.jsonl` (one event per
 * line) and optionally `dataset.json` (format, version, title). Events are read line by line, checked
 * with the dataset's schema and rules as they come (problems name their line), sorted by time with an
 * external sort, and written out in one pass.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  articleChunks,
  buildTree,
  chunkKey,
  checkHead,
  CORPUS_FORMAT,
  CORPUS_VERSION,
  DensityCounter,
  densityPath,
  eventChecker,
  eventPeriod,
  eventWords,
  gaps,
  MANIFEST,
  parseDataset,
  skeletonPath,
  skeletonRow,
  TABLES,
  TREES,
  writeSkeleton,
  type CorpusHead,
  type CorpusManifest,
  type DensityLevel,
  type FileEntry,
  type Problem,
  type SkeletonFile,
  type SkeletonRow,
  type TreeName,
  type TreeRoot,
} from '../data';
import { DEFAULT_TITLE } from '../data';
import { EVENT_KINDS, type Source, type SourceWithText, type TimelineEvent } from '../domain';
import { refuseOut, writeAtomically } from './corpus-out';
import { BlockBuilder, PackWriter } from './corpus-pack';
import { PostingsBuilder } from './corpus-postings';
import { ExternalSorter } from './corpus-sort';
import { readJsonFile, textLines, TextFileError } from './text-files';

export interface BuildOptions {
  readonly rowGroupRows?: number;
  /** Row groups per Parquet file. */
  readonly rowGroupsPerFile?: number;
  /** The size events blocks are cut at, in bytes of JSON. */
  readonly blockBytes?: number;
  readonly maxRunChars?: number;
  /** How many words the index holds in memory before it spills them to disk. */
  readonly maxWords?: number;
  /** Where line-numbered problems go; the build stops after the events if there were any. */
  readonly report?: (message: string) => void;
}

export type BuildResult =
  | { readonly ok: true; readonly manifest: CorpusManifest; readonly runs: number }
  | {
      readonly ok: false;
      /** The first problems (at most 200), each naming its file and line or path. */
      readonly problems: readonly string[];
      /** How many more were found and not listed. */
      readonly omitted?: number;
    };

const MAX_REPORTED = 200;
/** Events blocks: a few events each, so that one selected event costs a few KB. */
const BLOCK_BYTES = 8_000;
/** Blocks of ids, sources and words. */
const LIST_BYTES = 4_000;

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

/** The title, sources and entities of the input, checked; and where its events come from. */
function readHead(input: string): { head: CorpusHead; events: AsyncIterable<Item> } | { problems: string[] } {
  const show = (ps: readonly Problem[], file: string) =>
    ps.map((p) => `${file} ${p.path}: ${p.message} [${p.code}]`);
  if (!existsSync(input)) return { problems: [`${input}: no such file or directory`] };
  if (statSync(input).isFile()) {
    const parsed = parseDataset(readJsonFile(input));
    if (!parsed.ok) return { problems: show(parsed.problems, input) };
    const d = parsed.dataset;
    return {
      head: { title: d.title, sources: d.sources, entities: d.entities },
      events: (async function* () {
        for (let i = 0; i < d.events.length; i++) yield [d.events[i], `$.events[${i}]`, null] as Item;
      })(),
    };
  }
  const file = (name: string): unknown => readJsonFile(join(input, name));
  const meta = existsSync(join(input, 'dataset.json')) ? file('dataset.json') : {};
  const metaProblems: string[] = [];
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta))
    return {
      problems: [`${join(input, 'dataset.json')}: expected an object with format, version and title`],
    };
  const m = meta as { format?: unknown; version?: unknown; title?: unknown };
  if (m.format !== undefined && m.format !== 'riwayat-dataset')
    metaProblems.push(`${join(input, 'dataset.json')}: format must be "riwayat-dataset"`);
  if (m.version !== undefined && m.version !== 1)
    metaProblems.push(`${join(input, 'dataset.json')}: version must be 1`);
  if (metaProblems.length > 0) return { problems: metaProblems };
  const checked = checkHead(m.title ?? DEFAULT_TITLE, file('sources.json'), file('entities.json'));
  if (!checked.ok) return { problems: show(checked.problems, input) };
  const path = join(input, 'events.jsonl');
  if (!existsSync(path)) return { problems: [`${path}: no such file (one event per line)`] };
  return {
    head: checked.head,
    events: (async function* () {
      for await (const line of textLines(createReadStream(path))) {
        if ('error' in line) {
          yield [new LineError(line.error, 'not-utf8'), `${path}:${line.n} $`, null] as Item;
          continue;
        }
        if (line.text.trim() === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(line.text);
        } catch (e) {
          value = new LineError(`not valid JSON (${e instanceof Error ? e.message : String(e)})`, 'not-json');
        }
        yield [value, `${path}:${line.n} $`, line.text] as Item;
      }
    })(),
  };
}

/** A parsed event, where it is, and its line of JSON when it came as one. */
type Item = [unknown, string, string | null];

class LineError {
  constructor(
    readonly message: string,
    readonly code: string,
  ) {}
}

/**
 * Builds the corpus of `input` into `out`: refused when `out` is, holds or lies inside the input, or
 * is a directory that is neither empty nor a corpus; written beside it and swapped in when complete.
 */
export async function buildCorpus(
  input: string,
  out: string,
  options: BuildOptions = {},
): Promise<BuildResult> {
  const rowGroupRows = options.rowGroupRows ?? 4096;
  const perFile = rowGroupRows * (options.rowGroupsPerFile ?? 16);
  const blockBytes = options.blockBytes ?? BLOCK_BYTES;
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
  const { head } = read;

  // 1. Check each event as it comes and add it to the sort.
  const check = eventChecker(head);
  const sorter = new ExternalSorter(options.maxRunChars);
  const problems: string[] = [];
  let omitted = 0;
  const report = (problem: string): void => {
    if (problems.length < MAX_REPORTED) problems.push(problem);
    else omitted++;
  };
  let count = 0;
  for await (const [value, path, line] of read.events) {
    if (value instanceof LineError) {
      report(`${path}: ${value.message} [${value.code}]`);
      continue;
    }
    const r = check(value, path);
    if (!r.ok) {
      for (const p of r.problems) report(`${p.path}: ${p.message} [${p.code}]`);
      continue;
    }
    const period = eventPeriod(r.event) ?? { start: 0, end: 0 };
    sorter.add({ start: period.start, end: period.end, id: r.event.id }, line ?? json(r.event));
    count++;
  }
  if (problems.length > 0) {
    await sorter.sorted().return(undefined);
    return { ok: false, problems, omitted };
  }

  // 2. Write in time order, into a new directory that replaces `out` once complete.
  return writeAtomically(out, async (dir) => {
    const packs = Object.fromEntries(TREES.map((t) => [t, new PackWriter(dir, t)])) as Record<
      TreeName,
      PackWriter
    >;
    const events = new BlockBuilder(
      packs.events,
      blockBytes,
      (key, items) => `{"firstRow":${key},"events":[${items}]}`,
    );
    const rowBlocks = new BlockBuilder(
      packs.rows,
      LIST_BYTES,
      (key, items) => `{"firstRow":${key},"rows":[${items}]}`,
    );
    const ids: [string, number][] = [];
    const postings = new PostingsBuilder(options.maxWords);
    const density = new DensityCounter();
    const lanes = new Map<string, number>();
    const skeleton: SkeletonFile[] = [];
    let rows: SkeletonRow[] = [];
    let row = 0;
    let quotes = 0;
    let time: { start: number; end: number } | null = null;
    let maxSpan = 0;

    const flushSkeleton = (): void => {
      if (rows.length === 0) return;
      const written = writeSkeleton(rows, rowGroupRows);
      const path = skeletonPath(skeleton.length);
      const entry = put(dir, path, written.bytes);
      const sha = (o: number, l: number) =>
        createHash('sha256')
          .update(written.bytes.subarray(o, o + l))
          .digest('hex');
      let at = 0;
      skeleton.push({
        ...entry,
        firstRow: row - rows.length,
        rows: rows.length,
        footer: { ...written.footer, sha256: sha(written.footer.offset, written.footer.length) },
        rowGroups: written.rowGroups.map((g) => {
          const slice = rows.slice(at, at + g.rows);
          at += g.rows;
          return {
            rows: g.rows,
            offset: g.offset,
            length: g.length,
            sha256: sha(g.offset, g.length),
            startMin: (slice[0] as SkeletonRow).start_ms,
            startMax: (slice[slice.length - 1] as SkeletonRow).start_ms,
            endMax: Math.max(...slice.map((r) => r.end_ms)),
          };
        }),
      });
      rows = [];
    };

    let runs = 0;
    for await (const line of sorter.sorted()) {
      runs = sorter.spilled;
      const event = JSON.parse(line.text) as TimelineEvent;
      const skeletonOf = skeletonRow(event);
      rows.push(skeletonOf);
      events.add(row, line.text);
      rowBlocks.add(row, json(skeletonOf));
      ids.push([event.id, row]);
      for (const w of eventWords(event)) postings.add(w, row);
      density.add(event.kind, line.start);
      lanes.set(event.kind, (lanes.get(event.kind) ?? 0) + 1);
      for (const a of event.accounts) quotes += a.quotes.length;
      time =
        time === null
          ? { start: line.start, end: line.end }
          : { start: time.start, end: Math.max(time.end, line.end) };
      maxSpan = Math.max(maxSpan, line.end - line.start);
      row++;
      if (rows.length === perFile) flushSkeleton();
    }
    events.flush();
    rowBlocks.flush();
    flushSkeleton();

    const files: FileEntry[] = skeleton.map(({ path, bytes, sha256 }) => ({ path, bytes, sha256 }));
    const levels: DensityLevel[] = density.files().map((f) => {
      const entry = put(dir, densityPath(f), json(f));
      files.push(entry);
      const bins = Object.values(f.lanes).reduce((n, l) => n + l.counts.length, 0);
      return { ...entry, unit: f.unit, n: f.n, bins };
    });

    // Ids, sources, articles and words, each in key order, in blocks of a few KB.
    const list = (pack: PackWriter) => new BlockBuilder(pack, LIST_BYTES, (_key, items) => `[${items}]`);
    ids.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const idBlocks = list(packs.ids);
    for (const [id, r] of ids) idBlocks.add(id, json([id, r]));
    idBlocks.flush();
    ids.length = 0;
    const byId = [...head.sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const sourceBlocks = list(packs.sources);
    for (const s of byId) sourceBlocks.add(s.id, json(withoutText(s)));
    sourceBlocks.flush();
    const articleBlocks = new BlockBuilder(packs.articles, 0, (_key, items) => `[${items}]`);
    for (const s of byId)
      for (const chunk of articleChunks(s.text))
        articleBlocks.add(chunkKey(s.id, chunk.at), json({ id: s.id, ...chunk }));
    articleBlocks.flush();
    const wordBlocks = list(packs.search);
    for await (const [word, total, found] of postings.sorted())
      wordBlocks.add(word, json([word, total, gaps(found)]));
    wordBlocks.flush();

    const leaves: Record<TreeName, BlockBuilder> = {
      events,
      rows: rowBlocks,
      ids: idBlocks,
      sources: sourceBlocks,
      articles: articleBlocks,
      search: wordBlocks,
    };
    const trees = Object.fromEntries(
      TREES.map((t) => {
        const root = buildTree(leaves[t].leaves, (text) => packs[t].write(text));
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
      counts: { events: count, sources: head.sources.length, entities: head.entities.length, quotes },
      time,
      lanes: EVENT_KINDS.filter((k) => lanes.has(k)).map((id) => ({ id, events: lanes.get(id) as number })),
      rowGroupRows,
      blockBytes,
      maxSpan,
      skeleton,
      density: levels,
      trees,
      files,
    };
    writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest));
    return { ok: true, manifest, runs } as BuildResult;
  });
}

const USAGE = 'usage: npm run -s corpus -- build <input.json | input-dir> --out <dir>';

async function main(argv: readonly string[]): Promise<number> {
  const [command, input, flag, out] = argv;
  if (
    command !== 'build' ||
    input === undefined ||
    flag !== '--out' ||
    out === undefined ||
    argv.length !== 4
  ) {
    console.error(USAGE);
    return 2;
  }
  const t0 = performance.now();
  let result: BuildResult;
  try {
    result = await buildCorpus(input, out);
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
    `wrote ${out}: ${m.counts.events} events in ${m.skeleton.length} Parquet file(s), ${m.counts.sources} sources, ${m.counts.entities} entities (${seconds} s, ${result.runs} sorted run(s) on disk)`,
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
