import { parseAnyDataset, type AnyParseResult } from '../data';
import type { Dataset } from '../domain';

export type LoadPhase = 'fetching' | 'reading' | 'checking';

/** Parses dataset text in a worker (or, where workers are unavailable, here); never rejects. */
export function parseOffThread(text: string, onPhase: (p: LoadPhase) => void): Promise<AnyParseResult> {
  if (typeof Worker !== 'function') return Promise.resolve(parseAnyDataset(text));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    let parsed: unknown;
    let parsedOk = false;
    worker.onmessage = (
      e: MessageEvent<{
        phase?: LoadPhase;
        result?: AnyParseResult | { ok: true; format: 'riwayat'; dataset: null };
      }>,
    ) => {
      if (e.data.phase !== undefined) onPhase(e.data.phase);
      const result = e.data.result;
      if (result === undefined) return;
      worker.terminate();
      if (result.ok && result.dataset === null) {
        // The worker found the text valid; this thread's parse of the same text is that dataset.
        resolve(
          parsedOk ? { ok: true, format: 'riwayat', dataset: parsed as Dataset } : parseAnyDataset(text),
        );
      } else {
        resolve(result as AnyParseResult);
      }
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(parseAnyDataset(text));
    };
    worker.postMessage({ text });
    // In parallel with the worker's checks.
    try {
      parsed = JSON.parse(text);
      parsedOk = true;
    } catch {
      // The worker reports why.
    }
  });
}

const failure = (message: string): AnyParseResult => ({
  ok: false,
  problems: [{ path: '$', code: 'not-json', message }],
});

/** Fetches a dataset by URL (relative to the page) and checks it. */
export async function loadFromUrl(
  url: string,
  base: string,
  onPhase: (p: LoadPhase) => void,
): Promise<AnyParseResult> {
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return failure(`"${url}" is not a URL`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:')
    return failure(`"${url}" is not an http(s) address`);
  onPhase('fetching');
  let text: string;
  try {
    const response = await fetch(target, {
      credentials: target.origin === new URL(base).origin ? 'same-origin' : 'omit',
    });
    if (!response.ok) return failure(`${target.href}: ${response.status} ${response.statusText}`);
    text = await response.text();
  } catch (e) {
    return failure(`${target.href}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return parseOffThread(text, onPhase);
}

/** Reads a file the user chose or dropped, and checks it. */
export async function loadFromFile(file: File, onPhase: (p: LoadPhase) => void): Promise<AnyParseResult> {
  onPhase('reading');
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return failure(`${file.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return parseOffThread(text, onPhase);
}
