/**
 * The unit files that share their workers' modules (vitest.config.ts) must leave nothing behind for
 * the files run after them: a file that mocks or reloads modules, stubs or redefines a global, or
 * installs fake timers runs in a process of its own (`ISOLATED`), and one that asks for a DOM runs
 * with the component tests (`DOM_UNITS`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOM_UNITS, ISOLATED } from '../../vitest.config';

const UNIT_FILES = readdirSync('tests/unit')
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => ({ path: `tests/unit/${name}`, text: readFileSync(`tests/unit/${name}`, 'utf8') }));

/** What a shared worker would carry from one file to the next. */
const LEAVES_STATE =
  /vi\.(mock|doMock|unmock|stubGlobal|stubEnv|useFakeTimers|resetModules)\(|vi\.spyOn\(globalThis|Object\.defineProperty\((globalThis|global|window)|globalThis\.[A-Za-z_$]+ *= *[^=]/;

describe('the unit files that share their modules', () => {
  it('leave no module mock, global stub or fake timer for the next file', () => {
    const shared = UNIT_FILES.filter((f) => !ISOLATED.includes(f.path) && !DOM_UNITS.includes(f.path));
    expect(shared.filter((f) => LEAVES_STATE.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('ask for no DOM', () => {
    const dom = UNIT_FILES.filter((f) => /@vitest-environment\s+jsdom/.test(f.text)).map((f) => f.path);
    expect(dom.filter((path) => !DOM_UNITS.includes(path))).toEqual([]);
  });

  it('are named by the lists as they are on disk', () => {
    const paths = UNIT_FILES.map((f) => f.path);
    expect([...ISOLATED, ...DOM_UNITS].filter((path) => !paths.includes(path))).toEqual([]);
  });
});
