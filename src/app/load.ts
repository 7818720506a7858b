// By file, not through data/index.ts: the corpus reader it also exports stays out of the first load.
import { LIMITS } from '../data/limits';
import type { AnyParseResult } from '../data/load-any';
import type { Problem } from '../data/problems';
import { asCurrentVersion, indexDataset, type Dataset } from '../domain';
import { chronological } from '../view';
import { download, STALL_MS } from './download';

/**
 * Once the worker has found the text to be a dataset of acceptable shape and size, this thread parses
 * its own copy and, while the worker checks the rules, works out what the first view needs (both are
 * cached per dataset object). Only if the check passes is anything shown. Before that point this
 * thread does nothing with the file: a hostile file costs it no work.
 */
function warm(d: Dataset): void {
  try {
    chronological(d.events);
    indexDataset(d);
  } catch {
    // Whatever is wrong, the worker reports it.
  }
}

/**
 * This thread's parse of the text the worker found to be of a dataset's shape: the same value, read as
 * the current version (as `asDataset` reads the worker's copy), so that what is shown is what was
 * checked. If the worker then finds a rule broken, nothing of it is shown. This is the one cast from
 * `unknown` to `Dataset` outside the schema's own module.
 */
// eslint-disable-next-line no-restricted-syntax -- the worker has checked this very text's shape
const shapedByWorker = (value: unknown): Dataset => asCurrentVersion(value as Dataset);

export type LoadPhase = 'fetching' | 'reading' | 'checking';

export interface LoadProgress {
  readonly onPhase: (p: LoadPhase) => void;
  /** Bytes downloaded so far, and the total when the server says it. */
  readonly onBytes: (received: number, total: number | null) => void;
  readonly signal: AbortSignal;
}

/** How long the worker may stay silent while it checks, before the page gives up on it. */
export const CHECK_SILENCE_MS = 120_000;

const startWorker = (): Worker =>
  new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
// A worker started as the page starts, so it is loaded by the time there is work for it.
let spare: Worker | null = null;

/** Starts the checking worker ahead of need. */
export function prepareWorker(): void {
  if (typeof Worker === 'function' && spare === null) spare = startWorker();
}

type WorkerReply = {
  phase?: LoadPhase;
  progress?: { received: number; total: number | null };
  /** The bytes, handed back once the worker found them a well-shaped dataset. */
  shaped?: ArrayBuffer;
  failure?: Problem;
  result?: AnyParseResult | { ok: true; format: 'riwayat'; dataset: null };
};

/** What the worker is given: the bytes in hand (transferred), or an address to download. */
type WorkerJob = { bytes: ArrayBuffer } | { url: string; credentials: RequestCredentials };

const refusal = (problem: Problem): AnyParseResult => ({ ok: false, problems: [problem] });
const failure = (message: string): AnyParseResult => refusal({ path: '$', code: 'not-json', message });
const cancelled = (): AnyParseResult => failure('cancelled');

/**
 * Checks bytes on this thread: only where no worker can run. The checker loads then, not with the
 * page: the worker has its own copy.
 */
async function checkHere(bytes: ArrayBuffer): Promise<AnyParseResult> {
  const [{ decodeText }, { parseAnyDataset }] = await Promise.all([
    import('../data/parse'),
    import('../data/load-any'),
  ]);
  const decoded = decodeText(bytes);
  return decoded.ok ? parseAnyDataset(decoded.text) : decoded;
}

/**
 * Checks a dataset in a worker and resolves with the dataset only if the check passes; never rejects.
 * Given an address, the worker also downloads it, so the body streams in off this thread. A watchdog
 * turns a worker that falls silent (or dies) into a refusal; an abort stops the worker at once.
 */
function check(job: WorkerJob, progress: LoadProgress): Promise<AnyParseResult> {
  const { onPhase, onBytes, signal } = progress;
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve(cancelled());
      return;
    }
    const worker = spare ?? startWorker();
    spare = null;
    let heard = false;
    let checking = false;
    let parsed: Dataset | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (result: AnyParseResult): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      worker.terminate();
      resolve(result);
    };
    const watch = (): void => {
      clearTimeout(timer);
      const ms = checking ? CHECK_SILENCE_MS : STALL_MS + 15_000;
      timer = setTimeout(() => {
        finish(
          failure(
            checking
              ? `the check gave no answer for ${ms / 1000} s and was stopped`
              : `nothing arrived for ${ms / 1000} s; the download was stopped`,
          ),
        );
      }, ms);
    };
    // A superseded or cancelled load stops its worker at once.
    const onAbort = (): void => finish(cancelled());
    signal.addEventListener('abort', onAbort);
    watch();
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      heard = true;
      const reply = e.data;
      if (reply.phase === 'checking') checking = true;
      watch();
      if (reply.phase !== undefined) onPhase(reply.phase);
      if (reply.progress !== undefined) onBytes(reply.progress.received, reply.progress.total);
      if (reply.failure !== undefined) {
        finish(refusal(reply.failure));
        return;
      }
      if (reply.shaped !== undefined) {
        performance.mark('riwayat:shaped');
        try {
          parsed = shapedByWorker(JSON.parse(new TextDecoder().decode(reply.shaped)));
          performance.mark('riwayat:parsed');
          warm(parsed);
        } catch {
          // The worker read the same text; it reports any trouble.
        }
      }
      const result = reply.result;
      if (result === undefined) return;
      if (result.ok && result.dataset === null) {
        // The worker found the text valid; this thread's parse of the same text is that dataset.
        finish(
          parsed !== null
            ? { ok: true, format: 'riwayat', dataset: parsed }
            : failure('the checked text could not be read back'),
        );
      } else {
        finish(result as AnyParseResult);
      }
    };
    const died = (): void => {
      if (heard) {
        finish(refusal({ path: '$', code: 'check-failed', message: 'the check stopped unexpectedly' }));
        return;
      }
      // No worker after all (it failed to start): check here.
      clearTimeout(timer);
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
      if ('bytes' in job) resolve(checkHere(job.bytes));
      else
        void downloadHere(job.url, job.credentials, progress).then((got) =>
          resolve('failure' in got ? got.failure : checkHere(got.bytes)),
        );
    };
    worker.onerror = died;
    worker.onmessageerror = died;
    if ('bytes' in job) worker.postMessage(job, [job.bytes]);
    else worker.postMessage(job);
  });
}

/** Downloads on this thread, within the size limit. */
async function downloadHere(
  href: string,
  credentials: RequestCredentials,
  progress: LoadProgress,
): Promise<{ bytes: ArrayBuffer } | { failure: AnyParseResult }> {
  const got = await download(href, {
    credentials,
    limit: LIMITS.fileBytes,
    signal: progress.signal,
    onProgress: progress.onBytes,
  });
  return 'failure' in got ? { failure: refusal(got.failure) } : got;
}

/** Fetches a dataset by URL (relative to the page) and checks it. */
export async function loadFromUrl(
  url: string,
  base: string,
  progress: LoadProgress,
): Promise<AnyParseResult> {
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return failure(`"${url}" is not a URL`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:')
    return failure(`"${url}" is not an http(s) address`);
  // The page's own policy (connect-src) decides which servers it may read from; a worker does not
  // carry that policy, so it is only sent to the page's own origin.
  const sameOrigin = target.origin === new URL(base).origin;
  const credentials: RequestCredentials = sameOrigin ? 'same-origin' : 'omit';
  progress.onPhase('fetching');
  if (typeof Worker === 'function' && sameOrigin) return check({ url: target.href, credentials }, progress);
  const got = await downloadHere(target.href, credentials, progress);
  if ('failure' in got) return got.failure;
  return typeof Worker === 'function' ? check({ bytes: got.bytes }, progress) : checkHere(got.bytes);
}

/** Reads a file the user chose or dropped, and checks it: a file over the size limit is not even read. */
export async function loadFromFile(file: File, progress: LoadProgress): Promise<AnyParseResult> {
  progress.onPhase('reading');
  if (file.size > LIMITS.fileBytes)
    return refusal({
      path: '$',
      code: 'too-large',
      message: `the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB`,
    });
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (e) {
    return failure(`${file.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (progress.signal.aborted) return cancelled();
  return typeof Worker === 'function' ? check({ bytes }, progress) : checkHere(bytes);
}
