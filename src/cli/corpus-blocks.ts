/**
 * The events blocks of `corpus build`: each row's event in time order, read back as the UTF-8 it was
 * read as (from the input at its place, or from the records), gathered into blocks of a few KB and
 * written with their pack files and lookup tree. Written in this thread, or by a worker thread
 * (corpus-blocks-worker.ts) while this thread writes the rows blocks and the word index and DuckDB the
 * Parquet files; either way the same bytes, as the same code writes them in the same order.
 */
import type { FileEntry, TreeRoot } from '../data';
import type { SortedRow } from './corpus-engine';
import { BlockBuilder, PackWriter } from './corpus-pack';
import { startWorker } from './corpus-threads';

/** The events tree's root and every pack file written for it. */
export interface EventsWritten {
  readonly root: TreeRoot;
  readonly files: readonly FileEntry[];
}

/** What the worker is started with: where it writes, and where it reads the events back from. */
export interface EventBlocksData {
  /** The corpus directory being written. */
  readonly out: string;
  readonly blockBytes: number;
  /** The input's events file, and the build's records file (flushed before the worker starts). */
  readonly events: string;
  readonly records: string;
}

/** Rows in time order go in (a promise when the writer asks this thread to wait); the tree comes out. */
export interface EventBlocks {
  add(r: SortedRow): Promise<void> | undefined;
  finish(): Promise<EventsWritten>;
  close(): Promise<void>;
}

/** The events blocks' builder over `pack`. */
export function eventBlockBuilder(pack: PackWriter, blockBytes: number): BlockBuilder {
  return new BlockBuilder(pack, blockBytes, (key) => [`{"firstRow":${key},"events":[`, ']}']);
}

/** The blocks written in this thread; `read` gives a row's event as read (UTF-8, or text). */
export function eventBlocksHere(
  out: string,
  blockBytes: number,
  read: (r: SortedRow) => Uint8Array | string,
): EventBlocks {
  const pack = new PackWriter(out, 'events');
  const blocks = eventBlockBuilder(pack, blockBytes);
  return {
    add(r) {
      blocks.add(r.row, read(r), r.len);
      return undefined;
    },
    finish() {
      blocks.flush();
      const root = blocks.tree.finish();
      return Promise.resolve({ root, files: pack.close() });
    },
    close: () => Promise.resolve(),
  };
}

/** A row as the worker is sent it: row, line, place, length, and 1 if it is in the records. */
export const ROW_FIELDS = 5;
/** Rows a message carries. */
const ROWS = 2048;
/** Messages the worker may have unread before this thread waits for it. */
const AHEAD = 8;

/** Messages between this thread and the events blocks' worker. */
export type BlocksRequest = { readonly rows: Float64Array; readonly n: number } | { readonly end: true };
export type BlocksAnswer =
  { readonly ack: true } | { readonly written: EventsWritten } | { readonly error: string };

/**
 * The blocks written by a worker thread: the rows' places are sent in batches (a transferred buffer,
 * nothing cloned), at most `AHEAD` unread, so memory does not grow if the worker falls behind.
 */
export function eventBlocksThread(data: EventBlocksData): EventBlocks {
  const worker = startWorker('corpus-blocks-worker.ts', data, {
    maxOldGenerationSizeMb: 256,
    maxYoungGenerationSizeMb: 64,
  });
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  let settle: { resolve: (w: EventsWritten) => void; reject: (e: Error) => void } | null = null;
  const written = new Promise<EventsWritten>((resolve, reject) => (settle = { resolve, reject }));
  // Awaited by finish(); a failure before then must not count as unhandled.
  written.catch(() => undefined);
  let unread = 0;
  const fail = (e: Error) => {
    failure ??= e;
    settle?.reject(failure);
    wake?.();
    wake = null;
  };
  worker.on('message', (m: BlocksAnswer) => {
    if ('ack' in m) {
      unread--;
      wake?.();
      wake = null;
    } else if ('written' in m) settle?.resolve(m.written);
    else fail(new Error(m.error));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the events blocks' worker stopped (exit code ${code})`)));
  let rows = new Float64Array(ROWS * ROW_FIELDS);
  let n = 0;
  const post = () => {
    worker.postMessage({ rows, n } satisfies BlocksRequest, [rows.buffer]);
    unread++;
    rows = new Float64Array(ROWS * ROW_FIELDS);
    n = 0;
  };
  return {
    add(r) {
      if (failure !== null) throw failure;
      rows.set([r.row, r.line, r.at, r.len, r.own ? 1 : 0], n * ROW_FIELDS);
      if (++n < ROWS) return undefined;
      post();
      if (unread < AHEAD) return undefined;
      return new Promise<void>((resolve) => (wake = resolve)).then(() => {
        if (failure !== null) throw failure;
      });
    },
    async finish() {
      if (failure !== null) throw failure;
      if (n > 0) post();
      worker.postMessage({ end: true } satisfies BlocksRequest);
      return written;
    },
    async close() {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
