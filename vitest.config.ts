import { defineConfig } from 'vitest/config';

/**
 * Unit files that must each run in a process of their own: they mock or reload modules, stub or
 * redefine globals, or use fake timers (left in place, any of these would reach the files run after
 * them in a shared worker); `corpus.test.ts`, whose blocks read what another block's `beforeAll`
 * wrote; the two that start worker threads of their own over the corpus's modules; and the random-input
 * property test, whose thousands of short-lived values took three times as long in a worker that had
 * run a hundred files before it (its 30 s limits reached in two shuffled runs; 6–10 s a test alone).
 * `tests/unit/vitest-projects.test.ts` fails for a unit file that mocks, stubs or reloads and is not here.
 */
export const ISOLATED = [
  'corpus-fetch',
  'corpus-files',
  'corpus-find',
  'corpus-hostile',
  'corpus-pass',
  'corpus-read',
  'corpus-skeleton',
  'corpus-worker',
  'corpus',
  'date-finder-chain',
  'date-finder-guards',
  'date-matchers-builders',
  'date-matchers-relative',
  'date-matchers',
  'download',
  'parse-property',
  'read-capped',
  'state',
  'url-sync',
].map((name) => `tests/unit/${name}.test.ts`);

/** Unit files that render into a DOM (jsdom, named in the file): with the component tests. */
export const DOM_UNITS = ['tests/unit/item-label.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    // Component tests render whole screens in jsdom: seconds each on a busy two-core machine. The
    // limit is for hangs, not speed (speed is measured by `npm run bench`): the workbench's longest
    // flows took 23 s under a load of 20.
    testTimeout: 60_000,
    // Vitest's default leaves one core free: a single worker on CI's two cores. The suite is CPU-bound,
    // so both cores work on it.
    maxWorkers: 2,
    projects: [
      {
        // The pure unit files share their workers' modules: each worker thread loads Node's and
        // Vitest's modules and the app's once, not once a file (BENCHMARKS.md, "CI").
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...ISOLATED, ...DOM_UNITS],
          pool: 'threads',
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'unit-isolated', include: ISOLATED, pool: 'forks', isolate: true },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx', ...DOM_UNITS],
          pool: 'forks',
          isolate: true,
        },
      },
    ],
  },
});
