/**
 * Worker threads of `corpus build` (the check's, corpus-pass-worker.ts, and the events blocks',
 * corpus-blocks-worker.ts), started on their TypeScript.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Starts a worker on `file` (next to this one). Its TypeScript is loaded through tsx's loader,
 * registered in the worker (Node 20 does not pass `--import` on to workers); `npm run` runs from the
 * project's directory, where `tsx` resolves.
 */
export function startWorker(file: string, data: unknown, resourceLimits: ResourceLimits): Worker {
  const url = new URL(`./${file}`, import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
  return new Worker(boot, { eval: true, workerData: data, resourceLimits });
}
