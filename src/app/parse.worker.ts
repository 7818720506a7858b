/// <reference lib="webworker" />
/**
 * Checks a dataset off the main thread, so a large file never freezes the page. Receives `{ text }`,
 * or `{ url }` to download first (handing a copy of the `{ bytes }` back), posts `{ phase }` progress and then
 * `{ result }` (or `{ failure }` when the download fails). A valid Riwayat dataset comes back without its
 * data: the page parses the same text itself meanwhile (on the other core), which is cheaper than
 * copying a large object graph between threads; anything converted (TimelineJS3) comes back whole.
 */
import { parseAnyDataset } from '../data';
import { download } from './download';

type Job = { text: string } | { url: string; credentials: RequestCredentials };

// Every job ends in one message, `{ result }` or `{ failure }`: an exception anywhere is a failure
// with its message, never a worker that falls silent.
self.onmessage = async (e: MessageEvent<Job>) => {
  try {
    await run(e.data);
  } catch (error) {
    self.postMessage({
      failure: `could not be checked: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
};

async function run(job: Job): Promise<void> {
  let text: string;
  if ('text' in job) text = job.text;
  else {
    // Downloaded here, so the body streams in off the page's thread; the page parses a copy.
    const got = await download(job.url, job.credentials);
    if ('failure' in got) {
      self.postMessage({ failure: got.failure });
      return;
    }
    // The page gets its own copy of the bytes, handed over rather than cloned, and both threads
    // decode at once: cheaper than copying the decoded text across.
    const copy = got.bytes.slice(0);
    self.postMessage({ bytes: copy }, [copy]);
    text = new TextDecoder().decode(got.bytes);
  }
  self.postMessage({ phase: 'checking' });
  const result = parseAnyDataset(text);
  self.postMessage({
    result:
      result.ok && result.format === 'riwayat' ? { ok: true, format: 'riwayat', dataset: null } : result,
  });
}
