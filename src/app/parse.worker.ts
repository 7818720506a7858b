/// <reference lib="webworker" />
/**
 * Parses and validates a dataset off the main thread, so a large file never freezes the page.
 * Receives `{ text }`, posts `{ phase }` progress and then `{ result }`.
 */
import { parseAnyDataset } from '../data';

self.onmessage = (e: MessageEvent<{ text: string }>) => {
  self.postMessage({ phase: 'checking' });
  const result = parseAnyDataset(e.data.text);
  self.postMessage({ result });
};
