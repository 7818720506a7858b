/// <reference lib="webworker" />
/**
 * Checks a dataset off the main thread, so a large file never freezes the page. Receives `{ text }`,
 * posts `{ phase }` progress and then `{ result }`. A valid Riwayat dataset comes back without its
 * data: the page parses the same text itself meanwhile (on the other core), which is cheaper than
 * copying a large object graph between threads; anything converted (TimelineJS3) comes back whole.
 */
import { parseAnyDataset } from '../data';

self.onmessage = (e: MessageEvent<{ text: string }>) => {
  self.postMessage({ phase: 'checking' });
  const result = parseAnyDataset(e.data.text);
  self.postMessage({
    result:
      result.ok && result.format === 'riwayat' ? { ok: true, format: 'riwayat', dataset: null } : result,
  });
};
