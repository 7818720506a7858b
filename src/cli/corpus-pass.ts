/**
 * The check of `corpus build`, one pass over the input's lines in their order: each line decoded and
 * parsed once, checked with the dataset's schema and rules (its quotes against their articles), and
 * handed on as what the rest of the build needs: its keys for the engine to sort, its period, its
 * skeleton row and its folded words. The pass is split over worker threads (corpus-pass-worker.ts) in
 * batches of lines, this thread checking a batch itself whenever every worker has enough ahead, and
 * its results come back in line order; small inputs and single-file datasets are checked in this
 * thread alone.
 */
import type { Worker } from 'node:worker_threads';
import { eventChecker, eventPeriod, eventWords, skeletonRow, WordMemo, type CorpusHead } from '../data';
import type { TimelineEvent } from '../domain';
import { startWorker } from './corpus-threads';

/** One line of the input to check: its number, where it is, and its text or bytes when at hand. */
export interface PassLine {
  readonly line: number;
  readonly at: number;
  readonly len: number;
  /**
   * The line's text or UTF-8 bytes; without it, the line is read from `at`. Text that had to be
   * decoded (a byte order mark, UTF-16) or that is no line of a file (a single-file dataset's event)
   * comes as a string, and its result hands it on.
   */
  readonly text?: string | Uint8Array;
}

/** What the engine sorts and writes of an event: its fields as written (null when absent). */
export interface EventKeys {
  readonly id: string | null;
  readonly start: string | null;
  readonly end: string | null;
  readonly precision: string | null;
  readonly basis: string | null;
  readonly kind: string | null;
  readonly titleAr: string | null;
  readonly titleEn: string | null;
  /** The actors' ids separated by spaces. */
  readonly actors: string | null;
}

/**
 * What the pass makes of a line: its problems (and its id, if it has one, for the engine to find
 * repeated ids), or its keys, its period and the record the build writes after the sort: the
 * skeleton row's JSON and the event's folded words, one a line.
 */
export type LineResult =
  | { readonly line: number; readonly id: string | null; readonly problems: readonly string[] }
  /** A valid event without a period: a fault of the build, not of the data. */
  | { readonly line: number; readonly id: string; readonly fault: string }
  | {
      readonly line: number;
      readonly at: number;
      readonly len: number;
      readonly keys: EventKeys;
      readonly start: number;
      readonly end: number;
      readonly record: string;
      readonly quotes: number;
      /** The event's text when it came as a string: the build keeps it, as it cannot be read again. */
      readonly text?: string;
    };

/** The record of an event as `LineResult` holds it: its skeleton row, then its words, a line each. */
export function eventRecord(skeleton: string, words: Iterable<string>): string {
  let record = skeleton;
  for (const w of words) record += `\n${w}`;
  return record;
}

/** The skeleton row and words of a record (JSON text never holds a raw newline, nor does a word). */
export function readRecord(record: string): { skeleton: string; words: string[] } {
  const words = record.split('\n');
  return { skeleton: words.shift() ?? '', words };
}

/** The id as DuckDB's `json_extract_string` would give it, for a line that is an object. */
function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const id = (value as { id?: unknown }).id;
  if (id === undefined || id === null) return null;
  return typeof id === 'string' ? id : JSON.stringify(id);
}

function keysOf(e: TimelineEvent): EventKeys {
  return {
    id: e.id,
    start: e.start,
    end: e.end ?? null,
    precision: e.precision,
    basis: e.basis,
    kind: e.kind,
    titleAr: e.title.ar,
    titleEn: e.title.en,
    actors: e.actors.join(' '),
  };
}

/** The check of one line, given the head, how problems name a line and how a line is read again. */
export function lineChecker(
  head: CorpusHead,
  place: (line: number) => string,
  read: (line: number, at: number, len: number) => string | Uint8Array,
): (l: PassLine) => LineResult {
  const check = eventChecker(head, { repeatedIds: false });
  // Word as written → its folded forms: a build meets the same words millions of times.
  const folded = new WordMemo();
  return ({ line, at, len, text = read(line, at, len) }) => {
    let value: unknown;
    try {
      value = JSON.parse(
        typeof text === 'string'
          ? text
          : Buffer.from(text.buffer, text.byteOffset, text.length).toString('utf8'),
      );
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return { line, id: null, problems: [`${place(line)}: not valid JSON (${why}) [not-json]`] };
    }
    const c = check(value, place(line));
    if (!c.ok)
      return {
        line,
        id: idOf(value),
        problems: c.problems.map((p) => `${p.path}: ${p.message} [${p.code}]`),
      };
    const event = c.event;
    const period = eventPeriod(event);
    if (period === null)
      return { line, id: event.id, fault: `${place(line)}: a valid event without a period` };
    let quotes = 0;
    for (const a of event.accounts) quotes += a.quotes.length;
    const record = eventRecord(JSON.stringify(skeletonRow(event)), eventWords(event, folded));
    const keys = keysOf(event);
    return typeof text === 'string'
      ? { line, at, len, keys, ...period, record, quotes, text }
      : { line, at, len, keys, ...period, record, quotes };
  };
}

/** Lines a worker is given at a time. */
const BATCH = 256;

/** What a worker is started with. */
export interface PassWorkerData {
  readonly head: CorpusHead;
  /** The events file the worker reads lines of again. */
  readonly events: string;
}

/** A batch for a worker, and its answer. */
export interface PassRequest {
  readonly id: number;
  readonly lines: readonly PassLine[];
}
export type PassAnswer =
  | { readonly id: number; readonly results: readonly LineResult[] }
  | { readonly id: number; readonly error: string };

/** Batches a worker is given ahead before this thread checks one itself. */
const AHEAD = 3;

/**
 * The results of `lines`, in their order: checked by `workers` worker threads reading `events` again
 * (batches of lines handed out to the worker with the fewest outstanding; a line's bytes are not
 * sent, the worker reads them from their place) and by `check` in this thread whenever every worker
 * has `AHEAD` batches outstanding, or by `check` alone when `workers` is 0. Which thread checks a
 * batch changes nothing in its results, which come back in the order of the lines.
 */
export async function* checkLines(
  lines: AsyncIterable<PassLine>,
  check: (l: PassLine) => LineResult,
  workers: number,
  data: PassWorkerData | null,
): AsyncGenerator<LineResult> {
  if (workers <= 0 || data === null) {
    for await (const l of lines) yield check(l);
    return;
  }
  const pending = new Map<
    number,
    { resolve: (r: readonly LineResult[]) => void; reject: (e: Error) => void }
  >();
  const failAll = (e: Error) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  const pool = Array.from({ length: workers }, () => {
    const w = startWorker('corpus-pass-worker.ts', data, {
      maxOldGenerationSizeMb: 384,
      maxYoungGenerationSizeMb: 192,
    });
    w.on('message', (m: PassAnswer) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if ('error' in m) p?.reject(new Error(m.error));
      else p?.resolve(m.results);
    });
    w.on('error', (e) => failAll(e));
    w.on('exit', (code) => {
      if (code !== 0) failAll(new Error(`a worker of the build stopped (exit code ${code})`));
    });
    return w;
  });
  /** Batches sent to each worker and not yet answered. */
  const outstanding = pool.map(() => 0);
  const inFlight: Promise<readonly LineResult[]>[] = [];
  let next = 0;
  let batch: PassLine[] = [];
  const send = () => {
    let k = 0;
    for (let i = 1; i < workers; i++) if ((outstanding[i] ?? 0) < (outstanding[k] ?? 0)) k = i;
    if ((outstanding[k] ?? 0) >= AHEAD) {
      // Every worker has enough to do: this thread checks the batch (its lines' bytes are at hand).
      inFlight.push(Promise.resolve(batch.map(check)));
      batch = [];
      return;
    }
    const id = next++;
    outstanding[k] = (outstanding[k] ?? 0) + 1;
    const answer = new Promise<readonly LineResult[]>((resolve, reject) =>
      pending.set(id, { resolve, reject }),
    ).finally(() => {
      outstanding[k] = (outstanding[k] ?? 1) - 1;
    });
    // Awaited in turn below; a failure before its turn must not count as unhandled.
    answer.catch(() => undefined);
    inFlight.push(answer);
    const lines = batch.map(({ line, at, len, text }) =>
      typeof text === 'string' ? { line, at, len, text } : { line, at, len },
    );
    (pool[k] as Worker).postMessage({ id, lines } satisfies PassRequest);
    batch = [];
  };
  try {
    for await (const l of lines) {
      batch.push(l);
      if (batch.length < BATCH) continue;
      send();
      if (inFlight.length >= 3 * AHEAD * workers)
        yield* await (inFlight.shift() as Promise<readonly LineResult[]>);
    }
    if (batch.length > 0) send();
    while (inFlight.length > 0) yield* await (inFlight.shift() as Promise<readonly LineResult[]>);
  } finally {
    for (const w of pool) {
      w.removeAllListeners('exit');
      await w.terminate();
    }
  }
}
