/**
 * The pass of `corpus build` over the rows in time order: each event's line read again, parsed,
 * checked with the dataset's schema and rules (its quotes against their articles), its skeleton row
 * and its folded words worked out. The pass is split over worker threads (corpus-pass-worker.ts) in
 * batches of rows, and its results come back in row order, so that the blocks and the word index are
 * written exactly as one thread would write them; small inputs and single-file datasets are checked
 * in this thread.
 */
import { Worker } from 'node:worker_threads';
import { eventChecker, eventPeriod, eventWords, skeletonRow, type CorpusHead } from '../data';

/** One row of the sorted order, as the engine gives it: where its line is, and its period. */
export interface PassRow {
  readonly row: number;
  readonly line: number;
  readonly at: number;
  readonly len: number;
  readonly start: number;
  readonly end: number;
}

/** What the pass makes of a row: its problems, or its text, skeleton row, words and count of quotes. */
export type RowResult =
  | { readonly row: number; readonly line: number; readonly problems: readonly string[] }
  /** The engine worked out another period than the dataset's rules: a fault of the build. */
  | { readonly row: number; readonly line: number; readonly fault: string }
  | {
      readonly row: number;
      readonly line: number;
      readonly len: number;
      /** The line's UTF-8 as read again (written to the events block as it is), or its text. */
      readonly text: string | Uint8Array;
      readonly skeleton: string;
      readonly words: readonly string[];
      readonly quotes: number;
    };

/** The check of one row, given the head, how problems name a line and how a line is read again. */
export function rowChecker(
  head: CorpusHead,
  place: (line: number) => string,
  read: (line: number, at: number, len: number) => string | Uint8Array,
): (r: PassRow) => RowResult {
  const check = eventChecker(head, { repeatedIds: false });
  // Word as written → its folded forms: a build meets the same words millions of times.
  const folded = new Map<string, readonly string[]>();
  return ({ row, line, at, len, start, end }) => {
    const text = read(line, at, len);
    let value: unknown;
    try {
      value = JSON.parse(
        typeof text === 'string'
          ? text
          : Buffer.from(text.buffer, text.byteOffset, text.length).toString('utf8'),
      );
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return { row, line, problems: [`${place(line)}: not valid JSON (${why}) [not-json]`] };
    }
    const c = check(value, place(line));
    if (!c.ok) return { row, line, problems: c.problems.map((p) => `${p.path}: ${p.message} [${p.code}]`) };
    const event = c.event;
    const period = eventPeriod(event);
    if (period === null || period.start !== start || period.end !== end)
      return {
        row,
        line,
        fault: `${place(line)}: the engine's period of the event differs from the dataset's`,
      };
    let quotes = 0;
    for (const a of event.accounts) quotes += a.quotes.length;
    const words = [...eventWords(event, folded)];
    return { row, line, len, text, skeleton: JSON.stringify(skeletonRow(event)), words, quotes };
  };
}

/** Rows a worker is given at a time. */
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
  readonly rows: readonly PassRow[];
}
export type PassAnswer =
  | { readonly id: number; readonly results: readonly RowResult[] }
  | { readonly id: number; readonly error: string };

/**
 * Starts a worker on corpus-pass-worker.ts. Its TypeScript is loaded through tsx's loader, registered
 * in the worker (Node 20 does not pass `--import` on to workers); `npm run` runs from the project's
 * directory, where `tsx` resolves.
 */
function startWorker(data: PassWorkerData): Worker {
  const url = new URL('./corpus-pass-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
  return new Worker(boot, { eval: true, workerData: data, resourceLimits: { maxOldGenerationSizeMb: 384 } });
}

/**
 * The results of `rows`, in their order: checked by `workers` worker threads reading `events` again
 * (batches of rows handed out in turn, a few ahead of the one awaited), or in this thread by `check`
 * when `workers` is 0.
 */
export async function* checkRows(
  rows: AsyncIterable<PassRow>,
  check: (r: PassRow) => RowResult,
  workers: number,
  data: PassWorkerData | null,
): AsyncGenerator<RowResult> {
  if (workers <= 0 || data === null) {
    for await (const r of rows) yield check(r);
    return;
  }
  const pending = new Map<
    number,
    { resolve: (r: readonly RowResult[]) => void; reject: (e: Error) => void }
  >();
  const failAll = (e: Error) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  const pool = Array.from({ length: workers }, () => {
    const w = startWorker(data);
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
  const inFlight: Promise<readonly RowResult[]>[] = [];
  let next = 0;
  let batch: PassRow[] = [];
  const send = () => {
    const id = next++;
    const answer = new Promise<readonly RowResult[]>((resolve, reject) =>
      pending.set(id, { resolve, reject }),
    );
    // Awaited in turn below; a failure before its turn must not count as unhandled.
    answer.catch(() => undefined);
    inFlight.push(answer);
    (pool[id % workers] as Worker).postMessage({ id, rows: batch } satisfies PassRequest);
    batch = [];
  };
  try {
    for await (const r of rows) {
      batch.push(r);
      if (batch.length < BATCH) continue;
      send();
      if (inFlight.length >= 3 * workers) yield* await (inFlight.shift() as Promise<readonly RowResult[]>);
    }
    if (batch.length > 0) send();
    while (inFlight.length > 0) yield* await (inFlight.shift() as Promise<readonly RowResult[]>);
  } finally {
    for (const w of pool) {
      w.removeAllListeners('exit');
      await w.terminate();
    }
  }
}
