import { parseAnyDataset, type AnyParseResult } from '../data';
import { indexDataset, type Dataset } from '../domain';
import { chronological } from '../view';
import { download } from './download';

/**
 * While the worker checks, this thread, otherwise idle, works out what the first view needs (both
 * are cached per dataset object). Only if the check passes is anything shown; if it fails, or the
 * text is not even shaped like a dataset, the work is simply dropped.
 */
function warm(parsed: unknown): void {
  try {
    const d = parsed as Dataset;
    if (!Array.isArray(d.events) || !Array.isArray(d.sources) || !Array.isArray(d.entities)) return;
    chronological(d.events);
    indexDataset(d);
  } catch {
    // Whatever is wrong, the worker reports it.
  }
}

export type LoadPhase = 'fetching' | 'reading' | 'checking';

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
  /** The bytes the worker downloaded, for this thread to decode and parse meanwhile. */
  bytes?: ArrayBuffer;
  failure?: string;
  result?: AnyParseResult | { ok: true; format: 'riwayat'; dataset: null };
};

/** What the worker is given: text already in hand, or an address to download. */
type WorkerJob = { text: string } | { url: string; credentials: RequestCredentials };

/**
 * Checks a dataset in a worker while this thread parses the same text, and resolves with the
 * dataset only if the check passes; never rejects. Given an address, the worker also downloads it,
 * so a large body streams in off this thread.
 */
function check(
  job: WorkerJob,
  onPhase: (p: LoadPhase) => void,
  signal: AbortSignal,
): Promise<AnyParseResult> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve(cancelled());
      return;
    }
    const worker = spare ?? startWorker();
    spare = null;
    // A superseded or cancelled load stops its worker at once.
    signal.addEventListener('abort', () => {
      worker.terminate();
      resolve(cancelled());
    });
    let text = 'text' in job ? job.text : null;
    let parsed: unknown;
    let parsedOk = false;
    const parseHere = (t: string): void => {
      try {
        parsed = JSON.parse(t);
        parsedOk = true;
        performance.mark('riwayat:parsed');
        warm(parsed);
      } catch {
        // The worker reports why.
      }
    };
    const fallback = (): void => {
      // No worker after all (it failed to start): check here.
      worker.terminate();
      if (text !== null) resolve(parseAnyDataset(text));
      else if ('url' in job)
        void downloadThen(job.url, job.credentials, signal, parseAnyDataset).then(resolve);
    };
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data;
      if (reply.phase !== undefined) onPhase(reply.phase);
      if (reply.failure !== undefined) {
        worker.terminate();
        resolve(failure(reply.failure));
        return;
      }
      if (reply.bytes !== undefined) {
        performance.mark('riwayat:fetched');
        text = new TextDecoder().decode(reply.bytes);
        parseHere(text);
      }
      const result = reply.result;
      if (result === undefined) return;
      worker.terminate();
      if (result.ok && result.dataset === null) {
        // The worker found the text valid; this thread's parse of the same text is that dataset.
        resolve(
          parsedOk
            ? { ok: true, format: 'riwayat', dataset: parsed as Dataset }
            : parseAnyDataset(text ?? ''),
        );
      } else {
        resolve(result as AnyParseResult);
      }
    };
    worker.onerror = fallback;
    worker.postMessage(job);
    if (text !== null) parseHere(text);
  });
}

const failure = (message: string): AnyParseResult => ({
  ok: false,
  problems: [{ path: '$', code: 'not-json', message }],
});
const cancelled = (): AnyParseResult => failure('cancelled');

/** Downloads on this thread and hands the text to `then` (which checks it). */
async function downloadThen(
  href: string,
  credentials: RequestCredentials,
  signal: AbortSignal,
  then: (text: string) => AnyParseResult | Promise<AnyParseResult>,
): Promise<AnyParseResult> {
  const got = await download(href, credentials, signal);
  return 'failure' in got ? failure(got.failure) : then(new TextDecoder().decode(got.bytes));
}

/** Fetches a dataset by URL (relative to the page) and checks it. */
export async function loadFromUrl(
  url: string,
  base: string,
  onPhase: (p: LoadPhase) => void,
  signal: AbortSignal,
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
  onPhase('fetching');
  if (typeof Worker === 'function' && sameOrigin)
    return check({ url: target.href, credentials }, onPhase, signal);
  return downloadThen(target.href, credentials, signal, (text) =>
    typeof Worker === 'function' ? check({ text }, onPhase, signal) : parseAnyDataset(text),
  );
}

/** Reads a file the user chose or dropped, and checks it. */
export async function loadFromFile(
  file: File,
  onPhase: (p: LoadPhase) => void,
  signal: AbortSignal,
): Promise<AnyParseResult> {
  onPhase('reading');
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return failure(`${file.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return typeof Worker === 'function' ? check({ text }, onPhase, signal) : parseAnyDataset(text);
}
