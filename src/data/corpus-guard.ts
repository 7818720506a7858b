/**
 * A corpus is untrusted data: what its manifest, density files and skeleton rows say is checked here
 * before anything uses it, and every size it declares is held against the limits below before a byte
 * of it is decoded. Each check throws a `CorpusError` naming the file and the place in it.
 */
import { DATE_BASES, interval, kindsOf, PRECISIONS, utc, type BinStep } from '../domain';
import {
  CORPUS_FORMAT,
  CORPUS_VERSION,
  MANIFEST,
  TABLES,
  TREES,
  type CorpusManifest,
  type DensityFile,
  type DensityLevel,
  type LaneDensity,
  type SkeletonRow,
} from './corpus-format';
import { isBlockRef, type BlockRef } from './corpus-tree';
import { eventSchema, LIMITS, termsSchema } from './dataset-schema';
import { formatProblems, ProblemList } from './problems';
import {
  array,
  finite,
  guarded,
  integer,
  literal,
  nullable,
  object,
  oneOf,
  string,
  type Infer,
  type Shape,
} from './schema';

export type CorpusErrorCode =
  | 'fetch'
  | 'timeout'
  | 'too-large'
  /** Reading it kept the reader busy too long without a pause (the app's corpus worker was stopped). */
  | 'too-slow'
  | 'insecure'
  | 'no-range'
  | 'checksum'
  | 'format'
  | 'invalid';

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

/**
 * What a corpus may declare and send. A million-event corpus built by `npm run corpus` stays far
 * inside each (its manifest is a few hundred KB, a density level a few MB, a block a few KB).
 */
export const CORPUS_LIMITS = {
  manifestBytes: 8 * 1024 * 1024,
  /** `sources.json` and `entities.json`. */
  tableBytes: 32 * 1024 * 1024,
  densityBytes: 16 * 1024 * 1024,
  /** Non-empty periods in one density level, over all lanes. */
  densityBins: 1_000_000,
  /** One block or tree node of a pack. */
  blockBytes: 4 * 1024 * 1024,
  footerBytes: 1024 * 1024,
  rowGroupBytes: 16 * 1024 * 1024,
  /** Rows of one row group: decoded in one go, so kept small enough to stay brief. */
  rowGroupRows: 8192,
  /** Decoded bytes a row group may unpack to, per row (two titles of 500 characters and the rest). */
  rowBytes: 4096,
  /** A whole file fetched because the server ignores Range requests. */
  wholeFileBytes: 64 * 1024 * 1024,
  events: 10_000_000,
  /** Rows one window may hand out: the density levels planned it for a few hundred. */
  windowRows: 20_000,
} as const;

/** The time a corpus can hold: the years a dataset's dates can name (0000–9999). */
export const TIME_MIN = utc(0, 0, 1);
export const TIME_MAX = utc(10000, 0, 1);

// Paths stay inside the corpus: relative, no "..", no scheme, no host.
const SAFE_PATH =
  /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_.-]*)*\.(json|jsonl|parquet)$|^[a-z0-9][a-z0-9_.-]*\.(json|jsonl|parquet)$/;
export const safePath = (path: string): boolean => SAFE_PATH.test(path) && !path.includes('..');
const SHA = /^[0-9a-f]{64}$/;
/** The units a density level counts in (`BinStep`). */
const BIN_UNITS = ['day', 'month', 'year'] as const;
export const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
const isTime = (n: unknown): n is number =>
  typeof n === 'number' && Number.isFinite(n) && n >= TIME_MIN && n <= TIME_MAX;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The ids of a manifest's kinds of event (the bundled story's when it lists none). */
export const kindIds = (m: Pick<CorpusManifest, 'kinds' | 'sides'>): ReadonlySet<string> =>
  new Set(kindsOf(m).map((k) => k.id));

/** A block reference stays in the corpus and is no larger than a block may be. */
export function checkRef(ref: BlockRef, place: string): void {
  if (!safePath(ref[0])) throw new CorpusError(place, 'format', `a block path leaves the corpus: ${ref[0]}`);
  if (ref[2] > CORPUS_LIMITS.blockBytes)
    throw new CorpusError(
      place,
      'too-large',
      `a block of ${ref[2]} bytes is listed; at most ${CORPUS_LIMITS.blockBytes} are read`,
    );
}

const titleSchema = object({
  ar: string({ max: LIMITS.shortChars }),
  en: string({ max: LIMITS.shortChars }),
});

const MANY = Number.MAX_SAFE_INTEGER;
/** An object of these fields, others let through (a reader takes what it knows of a manifest). */
const fields = <R extends Shape, O extends Shape = Record<never, never>>(required: R, optional?: O) =>
  object(required, optional, undefined, true);
const count = integer(0, MANY);
const time = finite(TIME_MIN, TIME_MAX);
const sha256 = string({ max: 64, pattern: SHA, patternHint: 'a SHA-256 in hexadecimal' });
const path = string({
  max: 1000,
  refine: { test: safePath, code: 'pattern', hint: 'a relative path inside the corpus' },
});
const fileEntry = { path, bytes: count, sha256 };
const tree = fields({
  root: guarded(isBlockRef, 'a block reference [path, offset, bytes, SHA-256]'),
  depth: count,
  blocks: count,
});

/**
 * The manifest's shape: every field of `CorpusManifest`, held to it at compile time (`asManifest`), so
 * the shape is checked here and the checks after it (sums, limits, lanes) read typed values.
 */
const manifestSchema = fields(
  {
    format: literal(CORPUS_FORMAT),
    version: literal(CORPUS_VERSION),
    title: titleSchema,
    counts: fields({ events: count, sources: count, entities: count, quotes: count }),
    time: nullable(fields({ start: time, end: time })),
    lanes: array(fields({ id: string({ max: 40 }), events: count }), MANY),
    rowGroupRows: count,
    blockBytes: count,
    maxSpan: count,
    skeleton: array(
      fields({
        ...fileEntry,
        firstRow: count,
        rows: count,
        footer: fields({ offset: count, length: count, sha256 }),
        rowGroups: array(
          fields({
            rows: count,
            offset: count,
            length: count,
            sha256,
            startMin: time,
            startMax: time,
            endMax: time,
          }),
          MANY,
        ),
      }),
      MANY,
    ),
    density: array(fields({ ...fileEntry, unit: oneOf(BIN_UNITS), n: count, bins: count }), MANY),
    trees: fields({ events: tree, rows: tree, ids: tree, sources: tree, articles: tree, search: tree }),
    files: array(fields(fileEntry), MANY),
  },
  // The kinds and sides, when listed, as a dataset's: at most 50 each, ids of the terms' form (they
  // name CSS classes), names as text of a title's length, colours of the palette.
  { kinds: termsSchema, sides: termsSchema },
);
/** A manifest the schema accepted is a `CorpusManifest`: this compiles only while the two agree. */
const asManifest = (checked: Infer<typeof manifestSchema>): CorpusManifest => checked;

/**
 * Checks a manifest against the format and the limits (enough that nothing read through it can go
 * astray, and that no declared size is beyond what the reader takes); throws otherwise.
 */
export function checkManifest(value: unknown): CorpusManifest {
  const fail = (why: string, code: CorpusErrorCode = 'invalid'): never => {
    throw new CorpusError(MANIFEST, code, why);
  };
  const problems = new ProblemList(1);
  if (!isObject(value)) return fail('not an object');
  if (!manifestSchema.check(value, '$', problems)) return fail(formatProblems(problems.items));
  const m = asManifest(value);
  const events = m.counts.events;
  if (events > CORPUS_LIMITS.events)
    fail(`$.counts.events: more than ${CORPUS_LIMITS.events} events`, 'too-large');
  const groupMax = m.rowGroupRows;
  if (groupMax === 0 || groupMax > CORPUS_LIMITS.rowGroupRows)
    fail(`$.rowGroupRows: must be 1 to ${CORPUS_LIMITS.rowGroupRows}`);
  if (m.maxSpan > TIME_MAX - TIME_MIN) fail('$.maxSpan: not a span of time');
  if (m.time !== null && m.time.start > m.time.end) fail('$.time: ends before it starts');
  for (const field of ['kinds', 'sides'] as const) {
    const ids = new Set<string>();
    (m[field] ?? []).forEach(({ id }, i) => {
      if (ids.has(id)) fail(`$.${field}[${i}]: "${id}" is listed twice`);
      ids.add(id);
    });
  }
  const kinds = kindIds(m);
  const lanes = new Set<string>();
  let inLanes = 0;
  m.lanes.forEach(({ id, events: n }, i) => {
    if (!kinds.has(id))
      fail(`$.lanes[${i}]: the id must be one of the manifest's kinds (${[...kinds].join(', ')})`);
    if (lanes.has(id)) fail(`$.lanes[${i}]: "${id}" is listed twice`);
    lanes.add(id);
    inLanes += n;
  });
  for (const t of TREES) {
    const { root, depth } = m.trees[t];
    if (depth === 0 || depth > 64) fail(`the ${t} tree is missing`);
    checkRef(root, `${MANIFEST} ${t} tree`);
  }
  const files = new Map(m.files.map((f) => [f.path, f]));
  for (const t of Object.values(TABLES)) {
    const f = files.get(t);
    if (f === undefined) fail(`${t} is not listed`);
    else if (f.bytes > CORPUS_LIMITS.tableBytes)
      fail(`${t} is listed at ${f.bytes} bytes; at most ${CORPUS_LIMITS.tableBytes} are read`, 'too-large');
  }
  let row = 0;
  m.skeleton.forEach((k, i) => {
    if (k.firstRow !== row) fail(`skeleton[${i}] rows do not add up`);
    if (k.footer.length > CORPUS_LIMITS.footerBytes || k.footer.offset + k.footer.length > k.bytes)
      fail(`skeleton[${i}] footer: ${k.footer.length} bytes, beyond the limit or the file`, 'too-large');
    const groupRows = k.rowGroups.reduce((n, e, j) => {
      const at = `skeleton[${i}].rowGroups[${j}]`;
      if (e.rows > groupMax || e.length > CORPUS_LIMITS.rowGroupBytes)
        fail(
          `${at}: ${e.rows} rows in ${e.length} bytes; at most ${groupMax} rows in ${CORPUS_LIMITS.rowGroupBytes} bytes are read`,
          'too-large',
        );
      if (e.offset + e.length > k.bytes) fail(`${at}: lies beyond the end of its file`);
      if (e.startMin > e.startMax) fail(`${at}: start and end times are not times in the years 0000–9999`);
      return n + e.rows;
    }, 0);
    if (groupRows !== k.rows) fail(`skeleton[${i}] row groups do not add up`);
    row += k.rows;
  });
  if (row !== events) fail('the skeleton does not hold every event');
  if (inLanes !== events) fail('$.lanes: the lanes do not hold every event');
  m.density.forEach((l, i) => {
    if (l.bytes > CORPUS_LIMITS.densityBytes || l.bins > CORPUS_LIMITS.densityBins)
      fail(
        `density[${i}]: ${l.bins} periods in ${l.bytes} bytes; at most ${CORPUS_LIMITS.densityBins} in ${CORPUS_LIMITS.densityBytes} bytes are read`,
        'too-large',
      );
  });
  return m;
}

/** Checks a density file against its level in the manifest and the manifest's lanes. */
export function checkDensity(
  value: unknown,
  level: DensityLevel,
  step: BinStep,
  lanes: ReadonlySet<string>,
): DensityFile {
  const place = level.path;
  const fail = (why: string): never => {
    throw new CorpusError(place, 'invalid', why);
  };
  if (!isObject(value) || value['unit'] !== step.unit || value['n'] !== step.n)
    return fail('not the density level the manifest lists');
  const byLane = value['lanes'];
  if (!isObject(byLane)) return fail('no lanes');
  let periods = 0;
  // Rebuilt from what was checked, on an object with no prototype, so no lane name reaches one.
  const checked: Record<string, LaneDensity> = Object.create(null) as Record<string, LaneDensity>;
  for (const id of Object.keys(byLane)) {
    if (!lanes.has(id)) fail(`"${id.slice(0, 40)}" is not a lane of the manifest`);
    const d = byLane[id] as { starts?: unknown; counts?: unknown };
    if (
      !isObject(d) ||
      !Array.isArray(d.starts) ||
      !Array.isArray(d.counts) ||
      d.starts.length !== d.counts.length
    )
      fail(`lane "${id}": starts and counts must be lists of one length`);
    const { starts, counts } = d as { starts: unknown[]; counts: unknown[] };
    periods += starts.length;
    if (periods > level.bins) fail(`more periods than the ${level.bins} the manifest lists`);
    let last = -Infinity;
    for (let i = 0; i < starts.length; i++) {
      const s = starts[i];
      if (!isTime(s) || s <= last) fail(`lane "${id}" period ${i}: not a time after the one before`);
      const c = counts[i];
      if (!isCount(c) || c === 0) fail(`lane "${id}" period ${i}: the count is not a positive whole number`);
      last = s as number;
    }
    checked[id] = { starts: starts as number[], counts: counts as number[] };
  }
  return { unit: step.unit, n: step.n, lanes: checked };
}

const PRECISION: ReadonlySet<string> = new Set(PRECISIONS);
const BASIS: ReadonlySet<string> = new Set(DATE_BASES);
const NO_TEXT = { ar: '-', en: '-' };

/**
 * One skeleton row as a file or block gives it, checked as the dataset's schema checks an event's same
 * fields (id, dates, precision, basis, kind, actors, titles; its kind one of `kinds`, the manifest's:
 * `kindIds`), and its times against its dates' period.
 * `row` is the row with its types made good (null when its fields do not have them: a missing field,
 * a number for a title, an id the schema refuses); `problem` is the first thing wrong with it.
 */
export function readRow(
  value: unknown,
  kinds: ReadonlySet<string>,
):
  | { readonly row: SkeletonRow; readonly problem: string | null }
  | { readonly row: null; readonly problem: string } {
  const refused = (problem: string) => ({ row: null, problem }) as const;
  if (!isObject(value)) return refused('not a row');
  const { id, start_ms, end_ms, start, end, precision, basis, kind, actors, title_ar, title_en } = value;
  if (
    typeof id !== 'string' ||
    typeof start !== 'string' ||
    typeof precision !== 'string' ||
    typeof basis !== 'string' ||
    typeof kind !== 'string' ||
    typeof actors !== 'string' ||
    typeof title_ar !== 'string' ||
    typeof title_en !== 'string' ||
    (end !== null && typeof end !== 'string') ||
    typeof start_ms !== 'number' ||
    typeof end_ms !== 'number'
  )
    return refused('a field is missing or of the wrong type');
  if (!PRECISION.has(precision) || !BASIS.has(basis) || !kinds.has(kind))
    return refused('precision, basis or kind is not one of the allowed values');
  const problems = new ProblemList();
  const event = {
    id,
    start,
    ...(end === null ? {} : { end }),
    precision,
    basis,
    basisNote: NO_TEXT,
    kind,
    actors: actors === '' ? [] : actors.split(' '),
    title: { ar: title_ar, en: title_en },
    summary: NO_TEXT,
    claims: [],
    accounts: [],
  };
  // Passing the schema is what makes the id an event id and the three words its values.
  if (!eventSchema.check(event, '$', problems)) return refused(formatProblems(problems.items));
  const row: SkeletonRow = {
    id: event.id,
    start_ms,
    end_ms,
    start,
    end,
    precision: event.precision,
    basis: event.basis,
    kind: event.kind,
    actors,
    title_ar,
    title_en,
  };
  const span = interval(start, end ?? undefined);
  if (span === null || span.end <= span.start)
    return { row, problem: `the dates ${start} – ${String(end)} are not a period` };
  if (start_ms !== span.start || end_ms !== span.end)
    return { row, problem: 'start_ms and end_ms are not the period of its dates' };
  return { row, problem: null };
}

/**
 * Checks skeleton rows (`readRow`, against the manifest's `kinds`) and that no id is used twice among
 * them (nor among `seen`, which gains theirs); gives them back typed, or throws a `CorpusError` at
 * `place` naming the row.
 */
export function checkRows(
  rows: readonly unknown[],
  place: (i: number) => string,
  kinds: ReadonlySet<string>,
  seen = new Set<string>(),
): SkeletonRow[] {
  return rows.map((value, i) => {
    const read = readRow(value, kinds);
    if (read.row === null) throw new CorpusError(place(i), 'invalid', read.problem);
    if (read.problem !== null) throw new CorpusError(place(i), 'invalid', read.problem);
    const row = read.row;
    if (seen.has(row.id))
      throw new CorpusError(place(i), 'invalid', `the id "${row.id}" is used more than once`);
    seen.add(row.id);
    return row;
  });
}
