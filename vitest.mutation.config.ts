import { defineConfig } from 'vitest/config';

// What mutation testing of src/domain and src/data runs per mutant: the unit tests (Node, no DOM),
// without the 100,000-event scale test and the random-input property test, which take minutes once
// instrumented, and the long-article growth test, whose timings an instrumented run distorts; all
// three are covered by `npm test`. MUTATION_TESTS (test files separated by commas) narrows it to the
// tests of one module, so that a module's run takes minutes, not hours.
const focus = process.env.MUTATION_TESTS?.split(',').filter((f) => f !== '');

export default defineConfig({
  test: {
    include: focus !== undefined && focus.length > 0 ? focus : ['tests/unit/**/*.test.ts'],
    exclude: [
      'tests/unit/scale.test.ts',
      'tests/unit/parse-property.test.ts',
      'tests/unit/analysis-scale.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
  },
});
