/// <reference lib="webworker" />
/**
 * Checks a dataset off the main thread, so a large or hostile file never freezes the page. Receives
 * `{ bytes }` (transferred), or `{ url }` to download first. Posts `{ progress }` while downloading,
 * `{ phase: 'checking' }`, then `{ shaped }` (the bytes, handed back) once the text decodes, parses and
 * has a Riwayat dataset's shape and sizes, so that the page parses its own copy only then, while the
 * rules run here; and at last `{ result }`, or `{ failure }`. A valid Riwayat dataset comes back
 * without its data (the page's parse is that dataset); anything converted (TimelineJS3) comes back whole.
 */
import { decodeText, LIMITS, parseAnyDataset } from '../data';
import { download } from './download';

type Job = { bytes: ArrayBuffer } | { url: string; credentials: RequestCredentials };

// Every job ends in one message, `{ result }` or `{ failure }`: an exception anywhere is a failure
// with its message, never a worker that falls silent.
self.onmessage = async (e: MessageEvent<Job>) => {
  try {
    await run(e.data);
  } catch (error) {
    const message = `could not be checked: ${error instanceof Error ? error.message : String(error)}`;
    self.postMessage({ failure: { path: '$', code: 'check-failed', message } });
  }
};

async function run(job: Job): Promise<void> {
  let bytes: ArrayBuffer;
  if ('bytes' in job) bytes = job.bytes;
  else {
    let last = 0;
    const got = await download(job.url, {
      credentials: job.credentials,
      limit: LIMITS.fileBytes,
      onProgress: (received, total) => {
        const now = performance.now();
        if (now - last < 200) return;
        last = now;
        self.postMessage({ progress: { received, total } });
      },
    });
    if ('failure' in got) {
      self.postMessage({ failure: got.failure });
      return;
    }
    bytes = got.bytes;
  }
  self.postMessage({ phase: 'checking' });
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    self.postMessage({ result: { ok: false, problems: decoded.problems } });
    return;
  }
  const result = parseAnyDataset(decoded.text, () => {
    // The text is decoded here already: the bytes go back to the page, handed over, not copied.
    self.postMessage({ shaped: bytes }, [bytes]);
  });
  self.postMessage({
    result:
      result.ok && result.format === 'riwayat' ? { ok: true, format: 'riwayat', dataset: null } : result,
  });
}
