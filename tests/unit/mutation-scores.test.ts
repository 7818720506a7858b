import { describe, expect, it } from 'vitest';
import {
  linesChanged,
  scoreOf,
  scores,
  scoreTable,
  staleness,
  target,
  type Mutant,
  type Report,
} from '../../scripts/mutation';

const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
const mutant = (status: string, testsCompleted?: number): Mutant => ({
  mutatorName: 'ConditionalExpression',
  status,
  location: at,
  ...(testsCompleted === undefined ? {} : { testsCompleted }),
});
const report = (module: string, source: string | undefined, statuses: readonly string[]): Report => ({
  files: {
    [module]: { mutants: statuses.map((s) => mutant(s)), ...(source === undefined ? {} : { source }) },
  },
});

describe('the mutation score table tells which scores are of the code as it is', () => {
  it('calls a module current only when its source is exactly the text measured', () => {
    expect(staleness('export const a = 1;\n', 'export const a = 1;\n')).toBe('current');
    // One character, one trailing line break: the mutants were made from other code.
    expect(staleness('export const a = 1;\n', 'export const a = 2;\n')).toBe('changed');
    expect(staleness('export const a = 1;\n', 'export const a = 1;')).toBe('changed');
    // A report without the text cannot vouch for the code; a file removed since is gone.
    expect(staleness(undefined, 'export const a = 1;\n')).toBe('changed');
    expect(staleness('export const a = 1;\n', null)).toBe('gone');
  });

  it('judges each module of the reports against its file now', () => {
    const files: Record<string, string> = { 'src/data/a.ts': 'A', 'src/data/b.ts': 'B2' };
    const measured = scores(
      [report('src/data/b.ts', 'B', ['Killed']), report('src/data/a.ts', 'A', ['Killed'])],
      (m) => files[m] ?? null,
    );
    expect(measured.map((s) => [s.module, s.source])).toEqual([
      ['src/data/a.ts', 'current'],
      ['src/data/b.ts', 'changed'],
    ]);
    const gone = scores([report('src/data/c.ts', 'C', ['Killed'])], () => null);
    expect(gone[0]!.source).toBe('gone');
  });

  it('marks a stale row STALE and lists the stale modules under the table', () => {
    const measured = [
      scoreOf('src/data/a.ts', [mutant('Killed'), mutant('Survived', 3)], 'current'),
      scoreOf('src/domain/b.ts', [mutant('Killed'), mutant('Killed'), mutant('NoCoverage')], 'changed'),
      scoreOf('src/domain/c.ts', [mutant('Timeout')], 'gone'),
    ];
    const md = scoreTable(
      measured,
      ['src/data/a.ts', 'src/domain/b.ts', 'src/data/limits.ts', 'src/data/new.ts'],
      (m) => m === 'src/data/limits.ts',
    );
    const lines = md.split('\n');
    expect(lines.find((l) => l.includes('`data/a.ts`'))).toBe(
      '| `data/a.ts` | 2 | 1 | 0 | 0 | 1 | 0 | 50.00 % |',
    );
    expect(lines.find((l) => l.includes('`domain/b.ts`'))).toBe(
      '| `domain/b.ts` STALE | 3 | 2 | 0 | 0 | 0 | 1 | 66.67 % |',
    );
    expect(lines.find((l) => l.startsWith('STALE (2)'))).toMatch(
      /: `domain\/b\.ts`, `domain\/c\.ts` \(file gone\)\.$/,
    );
    expect(md).toContain('Measured, no mutants made: `data/limits.ts`.');
    expect(md).toContain(
      'No incremental file yet (1; some were measured before, see the earlier runs): `data/new.ts`.',
    );
  });

  it('writes no STALE line when every score is of the code as it is', () => {
    const md = scoreTable(
      [scoreOf('src/data/a.ts', [mutant('Killed')], 'current')],
      ['src/data/a.ts'],
      () => true,
    );
    expect(md).not.toContain('STALE');
    // Nothing left unmeasured: said so, not an empty list.
    expect(md).toContain('Every module has been measured.');
    expect(md).not.toContain('No incremental file yet');
  });

  it('counts a survivor that ran no test (the module failed to load) as detected', () => {
    const s = scoreOf('src/data/a.ts', [
      mutant('Killed'),
      mutant('Survived', 0),
      mutant('Survived', 2),
      mutant('CompileError'),
    ]);
    expect([s.mutants, s.killed, s.loadFailed, s.survived, s.score]).toEqual([3, 1, 1, 1, (2 / 3) * 100]);
  });

  it('sizes a change by the lines either text has and the other lacks', () => {
    expect(linesChanged('a\nb\nc', 'a\nb\nc')).toBe(0);
    expect(linesChanged('a\nb\nc', 'a\nB\nc\nd')).toBe(3);
    // A repeated line counts as often as it is repeated.
    expect(linesChanged('x\nx', 'x')).toBe(1);
  });
});

describe('a run names a module, or a module and some of its lines', () => {
  it('reads the lines after the module, in the form StrykerJS takes', () => {
    expect(target('src/domain/date-matchers.ts')).toEqual({ module: 'src/domain/date-matchers.ts' });
    expect(target('src/domain/date-matchers.ts:1-127')).toEqual({
      module: 'src/domain/date-matchers.ts',
      lines: '1-127',
    });
    expect(() => target('src/domain/date-matchers.ts:12')).toThrow(/not a module/);
    expect(() => target('src/domain')).toThrow(/not a module/);
  });
});
