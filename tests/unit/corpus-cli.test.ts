import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpusInput } from '../../bench/corpus-input';

// Findings M5, L10 and L11 of the security review: `corpus build` run as a person runs it, on
// directories of its own.
const tmp = mkdtempSync(join(tmpdir(), 'riwayat-corpus-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const build = (input: string, out: string): { code: number | null; stdout: string; stderr: string } => {
  const r = spawnSync('npm', ['run', '-s', 'corpus', '--', 'build', input, '--out', out], {
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
/** Every file under `dir` with its bytes, to prove a directory untouched. */
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => {
        const path = join(d.parentPath, d.name);
        return [path, readFileSync(path).toString('base64')];
      }),
  );

describe('npm run corpus -- build never destroys', { timeout: 120_000 }, () => {
  const input = join(tmp, 'input');
  beforeAll(() => writeCorpusInput(input, 30, 5));

  it('refuses an output that is the input, holds it or lies inside it, and leaves the input intact', () => {
    const before = snapshot(input);
    for (const out of [input, tmp, join(input, 'corpus')]) {
      const r = build(input, out);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/--out .* (is the input itself|holds the input|is inside the input)/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(snapshot(input)).toEqual(before);
    expect(existsSync(join(input, 'corpus'))).toBe(false);
  });

  it('refuses a directory that holds other files, and leaves them', () => {
    const project = join(tmp, 'project');
    mkdirSync(join(project, 'data'), { recursive: true });
    writeFileSync(join(project, 'NOTES.md'), 'mine');
    writeFileSync(join(project, 'data', 'precious.json'), '{}');
    const r = build(input, project);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not empty and holds no corpus/);
    expect(readFileSync(join(project, 'NOTES.md'), 'utf8')).toBe('mine');
    expect(existsSync(join(project, 'data', 'precious.json'))).toBe(true);
  });

  it('replaces an earlier corpus only once the new one is complete, leaving nothing beside it', () => {
    const out = join(tmp, 'built');
    expect(build(input, out).code).toBe(0);
    const first = readFileSync(join(out, 'manifest.json'), 'utf8');
    // A failed rebuild leaves the earlier corpus as it was.
    const broken = join(tmp, 'broken');
    cpSync(input, broken, { recursive: true });
    writeFileSync(join(broken, 'events.jsonl'), '{not json\n', { flag: 'a' });
    expect(build(broken, out).code).toBe(1);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(first);
    // A good rebuild replaces it.
    expect(build(input, out).code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).toMatchObject({
      format: 'riwayat-corpus',
    });
    expect(readdirSync(tmp).filter((n) => n.startsWith('.built.'))).toEqual([]);
  });
});

describe('npm run corpus -- build reports every problem by its place', { timeout: 120_000 }, () => {
  const input = join(tmp, 'problems');
  beforeAll(() => writeCorpusInput(input, 10, 5));
  const variant = (name: string, edit: (dir: string) => void): string => {
    const dir = join(tmp, name);
    cpSync(input, dir, { recursive: true });
    edit(dir);
    return dir;
  };

  it('names a missing head file, and bad JSON by its line and column, without a stack trace', () => {
    const noSources = variant('no-sources', (d) => rmSync(join(d, 'sources.json')));
    const noEvents = variant('no-events', (d) => rmSync(join(d, 'events.jsonl')));
    const badEntities = variant('bad-entities', (d) =>
      writeFileSync(join(d, 'entities.json'), '[\n  {"id": "a",}\n]'),
    );
    const cases: [string, RegExp][] = [
      [noSources, /sources\.json: no such file/],
      [noEvents, /events\.jsonl: no such file/],
      [badEntities, /entities\.json:2:\d+: the file is not valid JSON/],
    ];
    for (const [dir, message] of cases) {
      const r = build(dir, join(tmp, `${dir}-out`));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('caps the problems it prints and says how many more; drops a byte order mark', () => {
    const many = variant('many', (d) => {
      const events = readFileSync(join(d, 'events.jsonl'));
      writeFileSync(
        join(d, 'events.jsonl'),
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), events, Buffer.from('x\n'.repeat(5000))]),
      );
    });
    const r = build(many, join(tmp, 'many-out'));
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.length).toBeLessThan(210);
    expect(r.stderr).toMatch(/…and 4,?800 more problem\(s\)/);
    expect(r.stderr).not.toMatch(/events\.jsonl:1 /);
  });

  it('refuses bytes that are not valid UTF-8, naming the file or the line', () => {
    const badLine = variant('bad-utf8-line', (d) => {
      const lines = readFileSync(join(d, 'events.jsonl'), 'utf8').split('\n');
      const bytes = lines.map((l, i) =>
        i === 3
          ? Buffer.concat([Buffer.from(l.slice(0, 40)), Buffer.from([0xff]), Buffer.from(l.slice(40))])
          : Buffer.from(l),
      );
      writeFileSync(join(d, 'events.jsonl'), Buffer.concat(bytes.flatMap((b) => [b, Buffer.from('\n')])));
    });
    const r = build(badLine, join(tmp, 'bad-utf8-line-out'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/events\.jsonl:4 \$: the line is not valid UTF-8 text \[not-utf8\]/);
    const badHead = variant('bad-utf8-head', (d) =>
      writeFileSync(
        join(d, 'entities.json'),
        Buffer.concat([Buffer.from('[{"id": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}]')]),
      ),
    );
    const h = build(badHead, join(tmp, 'bad-utf8-head-out'));
    expect(h.code).toBe(1);
    expect(h.stderr).toMatch(/entities\.json: the file is not valid UTF-8 text/);
  });
});
