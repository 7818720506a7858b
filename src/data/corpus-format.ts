/**
 * The static corpus (format `riwayat-corpus`): a dataset cut into files a static host serves, so that a
 * million events open from a few kilobytes. This module holds the format's shape and the pure steps of
 * writing and reading it; file and network access live with the caller (src/cli, the reader).
 *
 * Layout (paths relative to the corpus directory):
 * - `manifest.json`: format, version, title, counts, time range, lanes, and every file below that is not
 *   a block, with its byte size and SHA-256. Block tables list their blocks the same way.
 * - `events-NNNN.parquet`: the timeline skeleton of every event, in time order, in row groups of
 *   `rowGroupRows` rows; the manifest lists each row group's byte range, checksum and time bounds.
 * - `density-<unit>-<n>.json`: per calendar level, each lane's non-empty periods and their counts.
 * - Blocks in pack files (`<dir>/NNNN.jsonl`, one block a line), each found through a checksummed
 *   lookup tree (corpus-tree.ts) whose root the manifest lists under `trees`:
 *   `events`: whole events in skeleton order, in blocks of at most about `blockBytes` (key: the first
 *   row); `rows`: the skeleton rows again, a few dozen a block, for finding one event or a search's
 *   hits; `ids`: event id → row, sorted by id; `sources`: the sources without their texts, sorted by
 *   id; `articles`: article texts in chunks of `ARTICLE_CHUNK` characters (key: `chunkKey`), so that a
 *   quote is checked against the chunks that hold it; `search`: the word index (corpus-search.ts),
 *   sorted by word.
 * - `sources.json` (all sources, without texts) and `entities.json`.
 */
import {
  BIN_STEPS,
  floorToStep,
  interval,
  utc,
  type Bilingual,
  type BinStep,
  type DateBasis,
  type EventId,
  type EventKind,
  type Precision,
  type TimelineEvent,
  type VocabularyTerm,
} from '../domain';
import type { TreeRoot } from './corpus-tree';

export const CORPUS_FORMAT = 'riwayat-corpus';
export const CORPUS_VERSION = 2;
export const MANIFEST = 'manifest.json';

/** A file of the corpus: where, how many bytes, and their SHA-256 (lower-case hex). */
export interface FileEntry {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** One row group of a skeleton file: its bytes in the file and the time its events cover. */
export interface RowGroupEntry {
  readonly rows: number;
  readonly offset: number;
  readonly length: number;
  readonly sha256: string;
  /** Smallest and largest start, largest end (ms since 1970, UTC) of its events. */
  readonly startMin: number;
  readonly startMax: number;
  readonly endMax: number;
}

export interface SkeletonFile extends FileEntry {
  /** Skeleton row of its first event, counted across all files. */
  readonly firstRow: number;
  readonly rows: number;
  /** The Parquet footer (file metadata, its length and the closing magic), checksummed. */
  readonly footer: { readonly offset: number; readonly length: number; readonly sha256: string };
  readonly rowGroups: readonly RowGroupEntry[];
}

export interface DensityLevel extends FileEntry {
  readonly unit: BinStep['unit'];
  readonly n: number;
  /** Non-empty periods over all lanes. */
  readonly bins: number;
}

export interface CorpusManifest {
  readonly format: typeof CORPUS_FORMAT;
  readonly version: typeof CORPUS_VERSION;
  readonly title: Bilingual;
  readonly counts: {
    readonly events: number;
    readonly sources: number;
    readonly entities: number;
    readonly quotes: number;
  };
  /** Earliest start and latest end of any event (ms), or null for an empty corpus. */
  readonly time: { readonly start: number; readonly end: number } | null;
  /**
   * The dataset's kinds of event and sides, with their names in both languages and their colours, in
   * lane order. A manifest without them (written before they were carried) has the bundled story's,
   * as a dataset without them does: such a corpus could hold no other.
   */
  readonly kinds?: readonly VocabularyTerm[];
  readonly sides?: readonly VocabularyTerm[];
  /** Lanes (the kinds that have events) in the kinds' order, with how many events each holds. */
  readonly lanes: readonly { readonly id: EventKind; readonly events: number }[];
  readonly rowGroupRows: number;
  /** The size events blocks are cut at (a single larger event is a block of its own). */
  readonly blockBytes: number;
  /** The longest event (ms): how far before a window an overlapping event can start. */
  readonly maxSpan: number;
  readonly skeleton: readonly SkeletonFile[];
  readonly density: readonly DensityLevel[];
  readonly trees: Readonly<Record<TreeName, TreeRoot>>;
  /** Every file: skeleton, density, sources, entities and the pack files of the trees. */
  readonly files: readonly FileEntry[];
}

/** What the timeline needs of an event: one Parquet row. */
export interface SkeletonRow {
  readonly id: EventId;
  /** The event's period, ms since 1970 (UTC), end exclusive. */
  readonly start_ms: number;
  readonly end_ms: number;
  /** As written in the dataset (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); `end` is null when there is none. */
  readonly start: string;
  readonly end: string | null;
  readonly precision: Precision;
  readonly basis: DateBasis;
  readonly kind: EventKind;
  /** Entity ids separated by single spaces (ids hold no spaces). */
  readonly actors: string;
  readonly title_ar: string;
  readonly title_en: string;
}

/** The lookup trees of a corpus; each keeps its pack files in the directory of its name. */
export const TREES = ['events', 'rows', 'ids', 'sources', 'articles', 'search'] as const;
export type TreeName = (typeof TREES)[number];

/** A block of the `events` tree: whole events from skeleton row `firstRow` on. */
export interface EventsBlock {
  readonly firstRow: number;
  readonly events: readonly TimelineEvent[];
}

/** A block of the `rows` tree: skeleton rows from row `firstRow` on. */
export interface RowsBlock {
  readonly firstRow: number;
  readonly rows: readonly SkeletonRow[];
}

/** Characters of article text in one chunk. */
export const ARTICLE_CHUNK = 1500;

/** A chunk of an article: its text from UTF-16 offset `at`, and the whole article's length. */
export interface ArticleChunk {
  readonly at: number;
  readonly length: number;
  readonly text: string;
}

/** An article cut into chunks of about `size` characters, never inside a surrogate pair. */
export function articleChunks(text: string, size = ARTICLE_CHUNK): ArticleChunk[] {
  const out: ArticleChunk[] = [];
  let at = 0;
  do {
    let end = Math.min(text.length, at + size);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end++;
    out.push({ at, length: text.length, text: text.slice(at, end) });
    at = end;
  } while (at < text.length);
  return out;
}

/** The key of an article's chunk: the source id, then the offset (sorts with the ids). */
export const chunkKey = (source: string, at: number): string =>
  `${source}\u0000${String(at).padStart(10, '0')}`;

/** The files the manifest must list besides the skeleton, density levels and packs. */
export const TABLES = {
  sources: 'sources.json',
  entities: 'entities.json',
} as const;

/** The columns of the skeleton, in file order. */
export const SKELETON_COLUMNS = [
  'id',
  'start_ms',
  'end_ms',
  'start',
  'end',
  'precision',
  'basis',
  'kind',
  'actors',
  'title_ar',
  'title_en',
] as const;

/** The skeleton's time columns (ms since the epoch, stored as Parquet timestamps); the rest are text. */
export const SKELETON_TIMES: ReadonlySet<string> = new Set(['start_ms', 'end_ms']);

/** An event's period in ms, or null when its dates are not real (the validator says why). */
export function eventPeriod(e: Pick<TimelineEvent, 'start' | 'end'>): { start: number; end: number } | null {
  return interval(e.start, e.end);
}

/** The skeleton row of a valid event. */
export function skeletonRow(e: TimelineEvent): SkeletonRow {
  const period = eventPeriod(e) ?? { start: 0, end: 0 };
  return {
    id: e.id,
    start_ms: period.start,
    end_ms: period.end,
    start: e.start,
    end: e.end ?? null,
    precision: e.precision,
    basis: e.basis,
    kind: e.kind,
    actors: e.actors.join(' '),
    title_ar: e.title.ar,
    title_en: e.title.en,
  };
}

/** The rest of an event beyond its skeleton row. */
export type EventDetails = Pick<TimelineEvent, 'id' | 'basisNote' | 'summary' | 'claims' | 'accounts'>;

export const skeletonPath = (n: number): string => `events-${String(n).padStart(4, '0')}.parquet`;
export const densityPath = (step: BinStep): string => `density-${step.unit}-${step.n}.json`;

/** One lane's non-empty periods at one level: period starts (ms) and their counts, in time order. */
export interface LaneDensity {
  readonly starts: number[];
  readonly counts: number[];
}
/** A density file: each lane's periods at one calendar level. */
export interface DensityFile {
  readonly unit: BinStep['unit'];
  readonly n: number;
  readonly lanes: Readonly<Record<string, LaneDensity>>;
}

/**
 * Counts event starts per lane and period at every calendar level of `domain/density.ts`, fed events
 * in time order: one comparison per level and event, a new period only when the start passes the
 * current one's end.
 */
export class DensityCounter {
  private readonly levels = BIN_STEPS.map((step) => ({
    step,
    lanes: new Map<string, LaneDensity & { next: number }>(),
  }));

  add(lane: string, start: number): void {
    for (const level of this.levels) {
      let d = level.lanes.get(lane);
      if (d === undefined) level.lanes.set(lane, (d = { starts: [], counts: [], next: -Infinity }));
      const last = d.counts.length - 1;
      if (last >= 0 && start < d.next) d.counts[last] = (d.counts[last] as number) + 1;
      else {
        const from = floorToStep(start, level.step);
        d.starts.push(from);
        d.counts.push(1);
        d.next = nextPeriod(from, level.step);
      }
    }
  }

  files(): DensityFile[] {
    return this.levels.map(({ step, lanes }) => ({
      unit: step.unit,
      n: step.n,
      lanes: Object.fromEntries([...lanes].map(([id, d]) => [id, { starts: d.starts, counts: d.counts }])),
    }));
  }
}

function nextPeriod(from: number, step: BinStep): number {
  const d = new Date(from);
  if (step.unit === 'day') return from + step.n * 86_400_000;
  if (step.unit === 'month') return utc(d.getUTCFullYear(), d.getUTCMonth() + step.n, 1);
  return utc(d.getUTCFullYear() + step.n, 0, 1);
}

/** The periods of one lane at a density level that overlap [from, to), with their counts. */
export function densityIn(
  file: DensityFile,
  step: BinStep,
  lane: string,
  from: number,
  to: number,
): { starts: number[]; counts: number[] } {
  const d = Object.hasOwn(file.lanes, lane) ? file.lanes[lane] : undefined;
  const out = { starts: [] as number[], counts: [] as number[] };
  if (d === undefined) return out;
  d.starts.forEach((s, i) => {
    if (s < to && nextPeriod(s, step) > from) {
      out.starts.push(s);
      out.counts.push(d.counts[i] as number);
    }
  });
  return out;
}
