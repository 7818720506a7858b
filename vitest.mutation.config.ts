import { defineConfig } from 'vitest/config';

// What mutation testing of src/domain and src/data runs per mutant: the unit tests (Node, no DOM),
// without the 100,000-event scale test and the random-input property test, which take minutes once
// instrumented, and the long-article timing test, whose time limit an instrumented run cannot keep;
// all three are covered by `npm test`.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: [
      'tests/unit/scale.test.ts',
      'tests/unit/parse-property.test.ts',
      'tests/unit/analysis-scale.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
  },
});
