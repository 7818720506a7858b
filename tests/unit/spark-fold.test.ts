/**
 * The Spark engine's word index folds words as the app folds a query (`foldChar`), or a corpus it
 * builds finds other words than the app asks for. Both fold every character of the blocks Arabic news
 * text is written in (Latin, Arabic and its supplements and presentation forms, the invisible marks
 * copies carry) and must agree. Needs `python3` (the engine's rules use only its standard library).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { foldChar } from '../../src/domain/arabic';

const BLOCKS: readonly (readonly [number, number])[] = [
  [0x0020, 0x024f],
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08ff],
  [0x2000, 0x206f],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];
const CHARS = BLOCKS.flatMap(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
);

const SCRIPT = `
import json, sys
sys.path.insert(0, "engines/spark")
import riwayat_format as f
chars = json.load(sys.stdin)
json.dump([f.fold_char(c) for c in chars], sys.stdout)
`;

describe("the Spark engine's fold", () => {
  it('folds every character of the Latin, Arabic and invisible-mark blocks as the app does', () => {
    const run = spawnSync('python3', ['-c', SCRIPT], { input: JSON.stringify(CHARS), encoding: 'utf8' });
    expect(run.error, 'python3 is needed for this test (.ci/run installs it)').toBeUndefined();
    expect(run.stderr).toBe('');
    const python = JSON.parse(run.stdout) as string[];
    const differ = CHARS.flatMap((c, i) => {
      const app = foldChar(c);
      return app === python[i]
        ? []
        : [
            `U+${c.codePointAt(0)!.toString(16).toUpperCase()} app ${JSON.stringify(app)} spark ${JSON.stringify(python[i])}`,
          ];
    });
    expect(differ).toEqual([]);
  });
});
