import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    // Component tests render whole screens in jsdom: seconds each on a busy two-core machine. The
    // limit is for hangs, not speed (speed is measured by `npm run bench`).
    testTimeout: 20_000,
  },
});
