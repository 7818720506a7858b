import { defineConfig } from 'vitest/config';

// What mutation testing of src/domain and src/data runs per mutant: the unit tests (Node, no DOM),
// without the 100,000-event scale test and the random-input property test, which take minutes once
// instrumented, and the long-article growth test, whose timings an instrumented run distorts; all
// three are covered by `npm test`. MUTATION_TESTS (test files separated by commas) narrows it to the
// tests of one module, so that a module's run takes minutes, not hours.
// A name of SETS stands for its list: `MUTATION_TESTS=dates` runs the tests that judge single date
// expressions and the derived-date rule (the sentence sets' floors do not move for one mutant).
const SETS: Readonly<Record<string, readonly string[]>> = {
  dates: [
    'tests/unit/date-derived.test.ts',
    'tests/unit/date-calendar.test.ts',
    'tests/unit/date-classes.test.ts',
    'tests/unit/date-expressions.test.ts',
    'tests/unit/date-resolver.test.ts',
    'tests/unit/date-rules-more.test.ts',
    'tests/unit/date-rules-days.test.ts',
    'tests/unit/date-rules-anaphora.test.ts',
    'tests/unit/dates.test.ts',
    'tests/unit/dates-cli.test.ts',
    'tests/unit/validate.test.ts',
    'tests/unit/hostile.test.ts',
    'tests/unit/author-commands.test.ts',
  ],
};
const asked = process.env.MUTATION_TESTS ?? '';
const focus = SETS[asked] ?? asked.split(',').filter((f) => f !== '');

export default defineConfig({
  test: {
    include: focus.length > 0 ? [...focus] : ['tests/unit/**/*.test.ts'],
    exclude: [
      'tests/unit/scale.test.ts',
      'tests/unit/parse-property.test.ts',
      'tests/unit/analysis-scale.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
  },
});
