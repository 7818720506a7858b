import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    // Component tests render whole screens in jsdom: seconds each on a busy two-core machine. The
    // limit is for hangs, not speed (speed is measured by `npm run bench`): the workbench's longest
    // flows took 23 s under a load of 20.
    testTimeout: 60_000,
    // Vitest's default leaves one core free: a single worker on CI's two cores. The suite is CPU-bound,
    // so both cores work on it.
    maxWorkers: 2,
  },
});
