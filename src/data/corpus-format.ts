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
 * - `details/NNNNNN.json`: the rest of each event (date note, summary, claims, accounts with quotes) for
 *   `blockEvents` consecutive events (skeleton row r is in block floor(r / blockEvents)); `details.json`
 *   lists the blocks.
 * - `ids/NNNN.json`: event id → skeleton row, sharded by a hash of the id; `ids.json` lists the shards.
 * - `sources.json` (without texts), `entities.json`; `articles/NNNN.json`: article texts by source id;
 *   `articles.json` lists the blocks and which block holds each source.
 */
import {
  BIN_STEPS,
  floorToStep,
  interval,
  utc,
  type Bilingual,
  type BinStep,
  type DateBasis,
  type EntityId,
  type EventId,
  type EventKind,
  type Precision,
  type TimelineEvent,
} from '../domain';

export const CORPUS_FORMAT = 'riwayat-corpus';
export const CORPUS_VERSION = 1;
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
  /** Lanes (event kinds) in order, with how many events each holds. */
  readonly lanes: readonly { readonly id: EventKind; readonly events: number }[];
  readonly rowGroupRows: number;
  readonly blockEvents: number;
  /** The longest event (ms): how far before a window an overlapping event can start. */
  readonly maxSpan: number;
  readonly skeleton: readonly SkeletonFile[];
  readonly density: readonly DensityLevel[];
  readonly idShards: number;
  /** Every file that is not a block: skeleton, density, sources, entities and the block tables. */
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

/** The rest of an event, kept in a details block. */
export type EventDetails = Pick<TimelineEvent, 'id' | 'basisNote' | 'summary' | 'claims' | 'accounts'>;

/** A details block: `blockEvents` consecutive events' details, in skeleton order. */
export interface DetailsBlock {
  readonly firstRow: number;
  readonly events: readonly EventDetails[];
}

export interface ArticlesBlock {
  readonly texts: Readonly<Record<string, string>>;
}

/** The block tables the manifest lists among its files. */
export const TABLES = {
  details: 'details.json',
  articles: 'articles.json',
  ids: 'ids.json',
  sources: 'sources.json',
  entities: 'entities.json',
} as const;

export interface BlockTable {
  readonly blocks: readonly FileEntry[];
}
export interface ArticlesTable extends BlockTable {
  /** Source id → index into `blocks`. */
  readonly bySource: Readonly<Record<string, number>>;
}

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

/** An event's period in ms, or null when its dates are not real (the validator says why). */
export function eventPeriod(e: Pick<TimelineEvent, 'start' | 'end'>): { start: number; end: number } | null {
  return interval(e.start, e.end);
}

/** Splits a valid event into its skeleton row and its details. */
export function splitEvent(e: TimelineEvent): { row: SkeletonRow; details: EventDetails } {
  const period = eventPeriod(e) ?? { start: 0, end: 0 };
  return {
    row: {
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
    },
    details: { id: e.id, basisNote: e.basisNote, summary: e.summary, claims: e.claims, accounts: e.accounts },
  };
}

/** Joins a skeleton row and its details back into the event, with the dataset's field order. */
export function joinEvent(row: SkeletonRow, details: EventDetails): TimelineEvent {
  return {
    id: row.id,
    start: row.start,
    ...(row.end === null ? {} : { end: row.end }),
    precision: row.precision,
    basis: row.basis,
    basisNote: details.basisNote,
    kind: row.kind,
    actors: row.actors === '' ? [] : (row.actors.split(' ') as EntityId[]),
    title: { ar: row.title_ar, en: row.title_en },
    summary: details.summary,
    claims: details.claims,
    accounts: details.accounts,
  };
}

/** Time order of the corpus: start, then end, then id (the app's own order, see time-index.ts). */
export function compareKeys(
  a: { start: number; end: number; id: string },
  b: { start: number; end: number; id: string },
): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** FNV-1a (32 bits) of a string's UTF-16 code units: which id shard holds an id. */
export function idShard(id: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

export const blockPath = (dir: string, n: number, digits = 6): string =>
  `${dir}/${String(n).padStart(digits, '0')}.json`;
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
