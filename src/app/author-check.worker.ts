/// <reference lib="webworker" />
/**
 * Checks the workbench's draft off the main thread with the same rules as `npm run data:check`.
 * Receives `{ id, draft }`, posts `{ id, problems, omitted, warnings }` (or a single problem if the
 * check throws).
 */
import { checkDraft, type Draft } from '../author';

self.onmessage = (e: MessageEvent<{ id: number; draft: Draft }>) => {
  const { id, draft } = e.data;
  try {
    const { problems, omitted, warnings } = checkDraft(draft);
    self.postMessage({ id, problems: problems.slice(0, 1000), omitted, warnings: warnings.slice(0, 1000) });
  } catch (error) {
    const message = `could not be checked: ${error instanceof Error ? error.message : String(error)}`;
    self.postMessage({
      id,
      problems: [{ path: '$', code: 'check-failed', message }],
      omitted: 0,
      warnings: [],
    });
  }
};
