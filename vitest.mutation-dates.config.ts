import { defineConfig } from 'vitest/config';

// What mutation testing of one date module runs per mutant (`stryker.dates.json`): the date tests
// that judge single expressions and the derived-date rule, not the whole unit suite, whose first
// full run alone outlasts Stryker's patience on a shared machine. The sentence sets are left out:
// their floors do not move for one changed expression.
export default defineConfig({
  test: {
    include: [
      'tests/unit/date-derived.test.ts',
      'tests/unit/date-calendar.test.ts',
      'tests/unit/date-classes.test.ts',
      'tests/unit/date-expressions.test.ts',
      'tests/unit/date-resolver.test.ts',
      'tests/unit/date-rules-more.test.ts',
      'tests/unit/dates.test.ts',
      'tests/unit/dates-cli.test.ts',
      'tests/unit/validate.test.ts',
      'tests/unit/hostile.test.ts',
      'tests/unit/author-commands.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
  },
});
