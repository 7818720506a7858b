/**
 * The SQL half of `corpus build`, run by DuckDB in this process within a memory limit and a number of
 * threads: it takes the input's lines with their numbers, pulls out each event's keys (id, dates,
 * kind, titles, actors), works out its period, finds repeated ids, sorts out of core, numbers the rows,
 * counts the density at every calendar level, and writes the skeleton's Parquet files. The dates are
 * worked out with integer arithmetic on the proleptic Gregorian calendar (days from 0000-03-01), so
 * that they agree with `domain/dates.ts` for every year the dataset's form allows (0000–9999); the
 * build checks that they agree, row by row. The layout is specified in docs/corpus-format.md.
 */
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import { BIN_STEPS } from '../domain';
import type { DensityFile } from '../data';
import type { EventKeys } from './corpus-pass';

export interface EngineLimits {
  /** DuckDB's `memory_limit`, e.g. `768MB`; what does not fit is spilled to the temporary directory. */
  readonly memoryLimit: string;
  readonly threads: number;
}

export const DEFAULT_LIMITS: EngineLimits = { memoryLimit: '768MB', threads: 2 };

// Days from 1970-01-01 of a proleptic Gregorian date (any year, month 1–12). DuckDB macros cannot
// bind local names, so the formula is spelled out with the shifted year inline.
const SHIFTED = `(y - CASE WHEN m <= 2 THEN 1 ELSE 0 END)`;
const ERA = `floor(${SHIFTED} / 400)::BIGINT`;
const YOE = `(${SHIFTED} - ${ERA} * 400)`;
const DOY = `((153 * (m + CASE WHEN m > 2 THEN -3 ELSE 9 END) + 2) // 5 + d - 1)`;
const DOE = `(${YOE} * 365 + ${YOE} // 4 - ${YOE} // 100 + ${DOY})`;
export const CIVIL_DAYS = `CREATE OR REPLACE MACRO civil_days(y, m, d) AS (${ERA} * 146097 + ${DOE} - 719468)`;

const DAY = 86_400_000;

/**
 * The SQL that turns `raw` (each line's place, the place of its record, the period the dataset's
 * rules gave it, and its keys as the check took them from its one parse) into `keyed`: the same with
 * the period worked out in SQL (null if not real). The text itself is not kept: the rows are sorted by
 * their keys alone, and the build reads each line again from its place in the input.
 */
const KEYED = `
CREATE TABLE keyed AS
WITH parts AS (
  SELECT *,
    CASE WHEN regexp_full_match(coalesce("start", ''), '\\d{4}(-\\d{2}(-\\d{2})?)?') THEN "start" END AS s_ok,
    CASE WHEN regexp_full_match(coalesce(coalesce("end", "start"), ''), '\\d{4}(-\\d{2}(-\\d{2})?)?')
      THEN coalesce("end", "start") END AS e_ok
  FROM raw
), ymd AS (
  SELECT *,
    substr(s_ok, 1, 4)::INTEGER AS sy,
    CASE WHEN length(s_ok) >= 7 THEN substr(s_ok, 6, 2)::INTEGER END AS sm,
    CASE WHEN length(s_ok) = 10 THEN substr(s_ok, 9, 2)::INTEGER END AS sd,
    substr(e_ok, 1, 4)::INTEGER AS ey,
    CASE WHEN length(e_ok) >= 7 THEN substr(e_ok, 6, 2)::INTEGER END AS em,
    CASE WHEN length(e_ok) = 10 THEN substr(e_ok, 9, 2)::INTEGER END AS ed
  FROM parts
)
SELECT line, pos::BIGINT AS pos, len, own, rec::BIGINT AS rec, rec_len, js_s::BIGINT AS js_s,
  js_e::BIGINT AS js_e, id, "start", "end", precision, basis, kind, actors, title_ar, title_en,
  sy, coalesce(sm, 1) AS sm,
  CASE WHEN real_date(sy, sm, sd) AND real_date(ey, em, ed)
    THEN civil_days(sy, coalesce(sm, 1), coalesce(sd, 1)) * ${DAY} END AS s_ms,
  CASE WHEN real_date(sy, sm, sd) AND real_date(ey, em, ed) THEN CASE
    WHEN ed IS NOT NULL THEN (civil_days(ey, em, ed) + 1) * ${DAY}
    WHEN em IS NOT NULL THEN civil_days(ey + (em // 12), em % 12 + 1, 1) * ${DAY}
    ELSE civil_days(ey + 1, 1, 1) * ${DAY} END END AS e_ms
FROM ymd`;

/** Whether year, month (or null) and day (or null) name a real period. */
const REAL_DATE = `CREATE OR REPLACE MACRO real_date(y, m, d) AS (
  y IS NOT NULL AND (m IS NULL OR (m BETWEEN 1 AND 12 AND (d IS NULL OR (d >= 1 AND
    d <= civil_days(y + (m // 12), m % 12 + 1, 1) - civil_days(y, m, 1))))))`;

/** The period start (ms) of every calendar level for an event starting at `s_ms` in year sy, month sm. */
function levelStart(unit: string, n: number): string {
  if (unit === 'day') return `floor(s_ms / ${DAY * n})::BIGINT * ${DAY * n}`;
  if (unit === 'month') {
    const f = `(floor((sy * 12 + sm - 1) / ${n})::BIGINT * ${n})`;
    return `civil_days(floor(${f} / 12)::BIGINT, ${f} - floor(${f} / 12)::BIGINT * 12 + 1, 1) * ${DAY}`;
  }
  return `civil_days(floor(sy / ${n})::BIGINT * ${n}, 1, 1) * ${DAY}`;
}

/** What the engine is given of a checked event: where its line and its record are, its period, its keys. */
export interface EngineEvent {
  readonly line: number;
  /** Where the event's UTF-8 is: `len` bytes at `at` of the input, or of the records if `own`. */
  readonly at: number;
  readonly len: number;
  readonly own: boolean;
  /** Where its record (skeleton row and words) is in the records. */
  readonly rec: number;
  readonly recLen: number;
  /** Its period as the dataset's rules work it out (ms, end exclusive). */
  readonly start: number;
  readonly end: number;
  readonly keys: EventKeys;
}

/** A row of the time order: its number, its line, where its event's UTF-8 and its record are. */
export interface SortedRow {
  readonly row: number;
  readonly line: number;
  readonly at: number;
  readonly len: number;
  readonly own: boolean;
  readonly rec: number;
  readonly recLen: number;
}

export class Engine {
  private appender: DuckDBAppender | null = null;

  private constructor(
    private readonly db: DuckDBInstance,
    readonly c: DuckDBConnection,
    private readonly threads: number,
  ) {}

  /** Opens a database in `dir` (a temporary directory the caller removes) within `limits`. */
  static async open(dir: string, limits: EngineLimits): Promise<Engine> {
    const db = await DuckDBInstance.create(join(dir, 'build.duckdb'), {
      memory_limit: limits.memoryLimit,
      threads: String(limits.threads),
      temp_directory: join(dir, 'spill'),
      preserve_insertion_order: 'true',
    });
    const c = await db.connect();
    await c.run(CIVIL_DAYS);
    await c.run(REAL_DATE);
    await c.run(`CREATE TABLE raw (line BIGINT, pos DOUBLE, len BIGINT, own BOOLEAN, rec DOUBLE,
      rec_len BIGINT, js_s DOUBLE, js_e DOUBLE, id VARCHAR, "start" VARCHAR, "end" VARCHAR,
      precision VARCHAR, basis VARCHAR, kind VARCHAR, title_ar VARCHAR, title_en VARCHAR, actors VARCHAR)`);
    const engine = new Engine(db, c, limits.threads);
    engine.appender = await c.createAppender('raw');
    return engine;
  }

  /** A checked event. (Positions and periods go in as doubles, exact to 2^53, and are cast back.) */
  add(e: EngineEvent): void {
    const a = this.appender as DuckDBAppender;
    a.appendInteger(e.line);
    a.appendDouble(e.at);
    a.appendInteger(e.len);
    a.appendBoolean(e.own);
    a.appendDouble(e.rec);
    a.appendInteger(e.recLen);
    a.appendDouble(e.start);
    a.appendDouble(e.end);
    const k = e.keys;
    for (const v of [k.id, k.start, k.end, k.precision, k.basis, k.kind, k.titleAr, k.titleEn, k.actors])
      if (v === null) a.appendNull();
      else a.appendVarchar(v);
    a.endRow();
  }

  /** A line that is not a valid event: its id (if any) still counts among the repeated ids. */
  addBad(line: number, id: string | null): void {
    const a = this.appender as DuckDBAppender;
    a.appendInteger(line);
    for (let i = 0; i < 7; i++) a.appendNull();
    if (id === null) a.appendNull();
    else a.appendVarchar(id);
    for (let i = 0; i < 8; i++) a.appendNull();
    a.endRow();
  }

  /** Keys and periods of every line, then the rows in time order (start, end, id), numbered from 0. */
  async sort(): Promise<void> {
    this.appender?.closeSync();
    this.appender = null;
    // Row order does not matter here (each row keeps its line): the engine may go wider and lighter.
    await this.c.run('SET preserve_insertion_order = false');
    await this.c.run(KEYED);
    await this.c.run('SET preserve_insertion_order = true');
    await this.c.run('DROP TABLE raw');
    await this.c.run('CHECKPOINT');
    await this.c.run(`CREATE TABLE sorted AS
      SELECT row_number() OVER (ORDER BY coalesce(s_ms, 0), coalesce(e_ms, 0), id, line) - 1 AS row, *
      FROM keyed ORDER BY row`);
    await this.c.run('DROP TABLE keyed');
    await this.c.run('CHECKPOINT');
  }

  /** Ids used more than once, with the lines after the first. */
  async duplicates(): Promise<{ id: string; lines: number[] }[]> {
    const r = await this.c.runAndReadAll(`SELECT id, list(line ORDER BY line) AS lines FROM sorted
      WHERE id IS NOT NULL GROUP BY id HAVING count(*) > 1 ORDER BY min(line) LIMIT 100000`);
    return r.getRowObjectsJS().map((o) => ({
      id: String(o['id']),
      lines: (o['lines'] as bigint[]).slice(1).map(Number),
    }));
  }

  /**
   * The first line (if any) whose period SQL worked out differently from the dataset's rules: a fault
   * of the build, which stops it.
   */
  async periodFault(): Promise<number | null> {
    const r = await this.c.runAndReadAll(`SELECT min(line) AS line FROM sorted
      WHERE js_s IS NOT NULL AND (s_ms IS DISTINCT FROM js_s OR e_ms IS DISTINCT FROM js_e)`);
    const line = r.getRowObjectsJS()[0]?.['line'];
    return line === null || line === undefined ? null : Number(line);
  }

  /** Every row in order: where its event's UTF-8 and its record are. */
  async *rows(): AsyncGenerator<SortedRow> {
    const result = await this.c.stream('SELECT row, line, pos, len, own, rec, rec_len FROM sorted');
    for (;;) {
      const chunk = await result.fetchChunk();
      if (chunk === null || chunk.rowCount === 0) return;
      const [rows, lines, ats, lens, owns, recs, recLens] = [0, 1, 2, 3, 4, 5, 6].map((i) =>
        chunk.getColumnVector(i),
      );
      for (let i = 0; i < chunk.rowCount; i++)
        yield {
          row: Number(rows?.getItem(i)),
          line: Number(lines?.getItem(i)),
          at: Number(ats?.getItem(i)),
          len: Number(lens?.getItem(i)),
          own: owns?.getItem(i) === true,
          rec: Number(recs?.getItem(i)),
          recLen: Number(recLens?.getItem(i)),
        };
    }
  }

  /** The rows of a query, streamed, as arrays of values. */
  async *each(sql: string): AsyncGenerator<unknown[]> {
    const result = await this.c.stream(sql);
    for (;;) {
      const chunk = await result.fetchChunk();
      if (chunk === null || chunk.rowCount === 0) return;
      yield* chunk.getRows();
    }
  }

  /** Count, time range, longest span, and events per lane: each of `kinds` (ids, in lane order) that has any. */
  async totals(kinds: readonly string[]): Promise<{
    count: number;
    time: { start: number; end: number } | null;
    maxSpan: number;
    lanes: { id: string; events: number }[];
  }> {
    const t = (
      await this.c.runAndReadAll(
        'SELECT count(*) AS n, min(s_ms) AS a, max(e_ms) AS b, coalesce(max(e_ms - s_ms), 0) AS span FROM sorted',
      )
    ).getRowObjectsJS()[0] as Record<string, bigint | null>;
    const counted = (
      await this.c.runAndReadAll('SELECT kind, count(*) AS n FROM sorted GROUP BY kind')
    ).getRowObjectsJS();
    const byKind = new Map(counted.map((k) => [String(k['kind']), Number(k['n'])]));
    const count = Number(t['n']);
    return {
      count,
      time: count === 0 ? null : { start: Number(t['a']), end: Number(t['b']) },
      maxSpan: Number(t['span']),
      lanes: kinds.filter((k) => byKind.has(k)).map((id) => ({ id, events: byKind.get(id) as number })),
    };
  }

  /**
   * The density files: per calendar level, each lane's non-empty periods and counts, in time order,
   * the lanes in the order of `kinds` (ids).
   */
  async density(kinds: readonly string[]): Promise<DensityFile[]> {
    const files: DensityFile[] = [];
    for (const step of BIN_STEPS) {
      const r = await this.c
        .runAndReadAll(`SELECT kind, list(p ORDER BY p) AS starts, list(n ORDER BY p) AS counts
        FROM (SELECT kind, ${levelStart(step.unit, step.n)} AS p, count(*) AS n FROM sorted GROUP BY ALL)
        GROUP BY kind`);
      const lanes = new Map(
        r
          .getRowObjectsJS()
          .map((o) => [
            String(o['kind']),
            { starts: (o['starts'] as bigint[]).map(Number), counts: (o['counts'] as bigint[]).map(Number) },
          ]),
      );
      files.push({
        unit: step.unit,
        n: step.n,
        lanes: Object.fromEntries(
          kinds.flatMap((k) => {
            const d = lanes.get(k);
            return d === undefined ? [] : [[k, d] as const];
          }),
        ),
      });
    }
    return files;
  }

  /** Smallest and largest start, and largest end, of each run of `size` rows. */
  async groupBounds(size: number): Promise<{ startMin: number; startMax: number; endMax: number }[]> {
    const r = await this.c
      .runAndReadAll(`SELECT row // ${size} AS g, min(s_ms) AS a, max(s_ms) AS b, max(e_ms) AS c
      FROM sorted GROUP BY g ORDER BY g`);
    return r.getRowObjectsJS().map((o) => ({
      startMin: Number(o['a']),
      startMax: Number(o['b']),
      endMax: Number(o['c']),
    }));
  }

  /**
   * Writes the skeleton files, `files[i]` holding rows [from, to), in row groups of `groupRows` rows:
   * each file by one thread scanning in row order (DuckDB's order-preserving writer merges a short
   * last row group into the one before), as many files at once as the engine has threads.
   */
  async writeSkeletons(
    files: readonly { path: string; from: number; to: number }[],
    groupRows: number,
    threads: number,
  ): Promise<void> {
    await this.c.run('SET preserve_insertion_order = false');
    await this.c.run('SET threads = 1');
    const connections = await Promise.all(
      Array.from({ length: Math.max(1, threads) }, () => this.db.connect()),
    );
    let next = 0;
    try {
      await Promise.all(
        connections.map(async (c) => {
          for (let f = next++; f < files.length; f = next++) {
            const { path, from, to } = files[f] as { path: string; from: number; to: number };
            await c.run(`COPY (
              SELECT id, epoch_ms(s_ms)::TIMESTAMP_MS AS start_ms, epoch_ms(e_ms)::TIMESTAMP_MS AS end_ms,
                "start", "end", precision, basis, kind, actors, title_ar, title_en
              FROM sorted WHERE row >= ${from} AND row < ${to}
            ) TO '${path.replaceAll("'", "''")}' (FORMAT parquet, ROW_GROUP_SIZE ${groupRows}, COMPRESSION snappy)`);
          }
        }),
      );
    } finally {
      for (const c of connections) c.closeSync();
      await this.c.run('SET preserve_insertion_order = true');
      await this.c.run(`SET threads = ${this.threads}`);
    }
  }

  close(): void {
    this.appender?.closeSync();
    this.c.closeSync();
    this.db.closeSync();
  }
}
