import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Finding L11 of the security review: the dataset tools decode as the app does, strictly. Bytes that
// are not UTF-8 are refused with the file they are in, never read as U+FFFD.
const tmp = mkdtempSync(join(tmpdir(), 'riwayat-cli-utf8-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const npm = (script: string, ...args: readonly string[]) =>
  spawnSync('npm', ['run', '-s', script, '--', ...args], { encoding: 'utf8' });

/** A copy of `data/` with one byte of art-000's text replaced by 0xFF. */
function damaged(name: string): string {
  const dir = join(tmp, name);
  cpSync('data', dir, { recursive: true });
  const path = join(dir, 'articles', 'art-000.txt');
  const bytes = readFileSync(path);
  bytes[200] = 0xff;
  writeFileSync(path, bytes);
  return dir;
}

describe('the dataset tools refuse invalid UTF-8 by file', { timeout: 120_000 }, () => {
  it('data:check and data:build name the article file, and stop', () => {
    const dir = damaged('check');
    const runs: [string, string[]][] = [
      ['data:check', [dir]],
      ['data:build', [dir, join(tmp, 'dataset.json')]],
    ];
    for (const [script, args] of runs) {
      const r = npm(script, ...args);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain(`${join(dir, 'articles', 'art-000.txt')}: the file is not valid UTF-8 text`);
      expect(r.stderr).not.toMatch(/context|\n\s+at /);
    }
  });

  it('data:anchor rewrites nothing', () => {
    const dir = damaged('anchor');
    const before = readFileSync(join(dir, 'events.json'), 'utf8');
    const r = npm('data:anchor', dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/art-000\.txt: the file is not valid UTF-8 text; nothing was rewritten/);
    expect(readFileSync(join(dir, 'events.json'), 'utf8')).toBe(before);
  });
});
