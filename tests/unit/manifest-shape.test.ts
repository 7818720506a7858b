/**
 * A corpus manifest is checked against its schema (held to `CorpusManifest` at compile time) before
 * anything reads it: a field of the wrong type anywhere is refused with its path, and a field this
 * reader does not know is let through.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/cli/corpus';
import { readDatasetFiles } from '../../src/cli/files';
import { assembleDataset, checkManifest, CORPUS_LIMITS, CorpusError } from '../../src/data';
import { TIME_MAX, TIME_MIN } from '../../src/data/corpus-guard';

type Json = Record<string, any>;
const tmp = mkdtempSync(join(tmpdir(), 'riwayat-manifest-shape-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let manifest: Json;
beforeAll(async () => {
  const assembled = assembleDataset(readDatasetFiles('data').files);
  if (!assembled.ok) throw new Error('the bundled dataset does not assemble');
  writeFileSync(join(tmp, 'bundled.json'), JSON.stringify(assembled.dataset));
  const built = await buildCorpus(join(tmp, 'bundled.json'), join(tmp, 'corpus'));
  if (!built.ok) throw new Error(built.problems.join('\n'));
  manifest = JSON.parse(readFileSync(join(tmp, 'corpus', 'manifest.json'), 'utf8')) as Json;
}, 60_000);

/** What checking the manifest changed by `spoil` throws (null when it is accepted). */
function refusal(spoil: (m: Json) => void): CorpusError | null {
  const m = structuredClone(manifest);
  spoil(m);
  try {
    checkManifest(m);
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(CorpusError);
    return e as CorpusError;
  }
}

describe('the manifest’s shape', () => {
  it('accepts the manifest the build wrote, and a field this reader does not know', () => {
    expect(refusal(() => undefined)).toBeNull();
    expect(
      refusal((m) => {
        m['writtenBy'] = 'a later build';
        m['skeleton'][0]['note'] = 'sorted by start';
      }),
    ).toBeNull();
  });

  it.each<[string, (m: Json) => void, string]>([
    [
      'a row group’s time as text',
      (m) => (m['skeleton'][0]['rowGroups'][0]['startMin'] = 'x'),
      '$.skeleton[0].rowGroups[0].startMin',
    ],
    ['a file’s checksum that is no SHA-256', (m) => (m['files'][0]['sha256'] = 'zz'), '$.files[0].sha256'],
    ['a file outside the corpus', (m) => (m['files'][0]['path'] = '../secret.json'), '$.files[0].path'],
    [
      'a tree’s root that is no block reference',
      (m) => (m['trees']['ids']['root'] = ['a']),
      '$.trees.ids.root',
    ],
    ['a tree left out', (m) => delete m['trees']['search'], '$.trees.search'],
    ['a density level of an unknown unit', (m) => (m['density'][0]['unit'] = 'week'), '$.density[0].unit'],
    ['a negative count', (m) => (m['counts']['quotes'] = -1), '$.counts.quotes'],
    [
      'a footer without its checksum',
      (m) => delete m['skeleton'][0]['footer']['sha256'],
      '$.skeleton[0].footer.sha256',
    ],
  ])('refuses %s, saying where', (_, spoil, where) => {
    const e = refusal(spoil);
    expect(e?.place).toBe('manifest.json');
    expect(e?.code).toBe('invalid');
    expect(e?.message).toContain(where);
  });
});

describe('every field of the manifest', () => {
  /** The path of each value the build wrote, down to numbers, strings and block references. */
  function leaves(v: unknown, path: string): string[] {
    const isRef = Array.isArray(v) && v.length === 4 && typeof v[0] === 'string';
    if (typeof v !== 'object' || v === null || isRef) return [path];
    if (Array.isArray(v)) return v.flatMap((item, i) => leaves(item, `${path}[${i}]`));
    return Object.entries(v).flatMap(([k, item]) => leaves(item, `${path}.${k}`));
  }
  /** Puts `value` at `path` (`$.a.b[2].c`) of `m`. */
  function put(m: Json, path: string, value: unknown): void {
    const keys = [...path.slice(2).matchAll(/[^.[\]]+/g)].map((k) => k[0]);
    const last = keys.pop()!;
    let o: any = m;
    for (const k of keys) o = o[k];
    o[last] = value;
  }

  it('is refused, at its own path, when it is not of its type', () => {
    const paths = leaves(manifest, '$');
    // The bundled corpus's manifest has every part: files, row groups, density levels, six trees.
    expect(paths.length).toBeGreaterThan(60);
    for (const path of paths) {
      const e = refusal((m) => put(m, path, { wrong: true }));
      expect(e?.code, path).toBe('invalid');
      expect(e?.message, path).toMatch(
        new RegExp(`^manifest\\.json: ${path.replace(/[$.[\]]/g, '\\$&')}\\b`),
      );
    }
  });
});

describe('what the manifest declares must hold together', () => {
  const skeleton = (m: Json) => m['skeleton'][0] as Json;
  const group = (m: Json) => skeleton(m)['rowGroups'][0] as Json;

  it.each<[string, (m: Json) => void, string]>([
    ['no row group size', (m) => (m['rowGroupRows'] = 0), '$.rowGroupRows: must be 1 to 8192'],
    [
      'a longest span longer than the years 0000–9999',
      (m) => (m['maxSpan'] = TIME_MAX - TIME_MIN + 1),
      '$.maxSpan: not a span of time',
    ],
    ['a kind listed twice', (m) => m['kinds'].push(m['kinds'][0]), `$.kinds[${6}]: "`],
    ['a side listed twice', (m) => m['sides'].push(m['sides'][0]), '$.sides['],
    ['a tree of depth 0', (m) => (m['trees']['search']['depth'] = 0), 'the search tree is missing'],
    ['a tree of depth 65', (m) => (m['trees']['rows']['depth'] = 65), 'the rows tree is missing'],
    [
      'a table left out of the files',
      (m) => (m['files'] = m['files'].filter((f: Json) => f['path'] !== 'entities.json')),
      'entities.json is not listed',
    ],
    [
      'a skeleton file starting at another row',
      (m) => (skeleton(m)['firstRow'] = 1),
      'skeleton[0] rows do not add up',
    ],
    [
      'a row group past the end of its file',
      (m) => (group(m)['offset'] = skeleton(m)['bytes'] - group(m)['length'] + 1),
      'skeleton[0].rowGroups[0]: lies beyond the end of its file',
    ],
    [
      'a row group whose times run backwards',
      (m) => (group(m)['startMin'] = group(m)['startMax'] + 1),
      'skeleton[0].rowGroups[0]: start and end times are not times in the years 0000–9999',
    ],
    [
      'row groups that do not hold the file’s rows',
      (m) => (skeleton(m)['rows'] += 1),
      'skeleton[0] row groups do not add up',
    ],
  ])('refuses %s, in words', (_, spoil, words) => {
    const e = refusal(spoil);
    expect(e?.code).toBe('invalid');
    expect(e?.message).toContain(`manifest.json: ${words}`);
  });

  it('names the kinds a lane must be one of', () => {
    const kinds = (manifest['kinds'] as Json[]).map((k) => k['id'] as string);
    expect(kinds.length).toBeGreaterThan(1);
    const e = refusal((m) => (m['lanes'][0]['id'] = 'weather'));
    expect(e?.message).toBe(
      `manifest.json: $.lanes[0]: the id must be one of the manifest's kinds (${kinds.join(', ')})`,
    );
    const long = refusal((m) => (m['lanes'][0]['id'] = 'x'.repeat(41)));
    expect(long?.message).toContain('$.lanes[0].id: is 41 characters long');
  });

  it('says which limit a size breaks', () => {
    const footer = refusal((m) => (skeleton(m)['footer']['offset'] = skeleton(m)['bytes']));
    expect(footer?.code).toBe('too-large');
    expect(footer?.message).toMatch(
      /^manifest\.json: skeleton\[0\] footer: \d+ bytes, beyond the limit or the file$/,
    );
    const rows = refusal((m) => (group(m)['rows'] = 9000));
    expect(rows?.message).toMatch(
      new RegExp(
        `^manifest\\.json: skeleton\\[0\\]\\.rowGroups\\[0\\]: 9000 rows in \\d+ bytes; at most ${manifest['rowGroupRows']} rows in ${CORPUS_LIMITS.rowGroupBytes} bytes are read$`,
      ),
    );
    const table = refusal((m) => (m['files'].find((f: Json) => f['path'] === 'sources.json')['bytes'] = 1e9));
    expect(table?.message).toBe(
      `manifest.json: sources.json is listed at 1000000000 bytes; at most ${CORPUS_LIMITS.tableBytes} are read`,
    );
    const density = refusal((m) => (m['density'][0]['bins'] = 2e6));
    expect(density?.message).toMatch(
      new RegExp(
        `^manifest\\.json: density\\[0\\]: 2000000 periods in \\d+ bytes; at most ${CORPUS_LIMITS.densityBins} in ${CORPUS_LIMITS.densityBytes} bytes are read$`,
      ),
    );
    const block = refusal((m) => (m['trees']['ids']['root'][2] = CORPUS_LIMITS.blockBytes + 1));
    expect(block?.message).toBe(
      `manifest.json ids tree: a block of ${CORPUS_LIMITS.blockBytes + 1} bytes is listed; at most ${CORPUS_LIMITS.blockBytes} are read`,
    );
  });

  it('takes each edge that is still inside', () => {
    expect(refusal((m) => (m['maxSpan'] = TIME_MAX - TIME_MIN))).toBeNull();
    expect(refusal((m) => (m['time'] = { start: m['time']['start'], end: m['time']['start'] }))).toBeNull();
    expect(refusal((m) => (m['time'] = null))).toBeNull();
    expect(refusal((m) => (m['trees']['rows']['depth'] = 64))).toBeNull();
    expect(refusal((m) => (group(m)['startMin'] = group(m)['startMax']))).toBeNull();
    expect(refusal((m) => (group(m)['offset'] = skeleton(m)['bytes'] - group(m)['length']))).toBeNull();
    expect(
      refusal((m) => {
        const k = skeleton(m);
        k['footer']['offset'] = k['bytes'] - k['footer']['length'];
      }),
    ).toBeNull();
  });

  it('refuses what is no manifest, a block path that leaves the corpus, a title too long', () => {
    for (const v of [null, [], 'manifest', 3])
      expect(() => checkManifest(v)).toThrow(new CorpusError('manifest.json', 'invalid', 'not an object'));
    const root = refusal((m) => (m['trees']['articles']['root'][0] = 'a..b.json'));
    expect(root?.code).toBe('format');
    expect(root?.message).toBe('manifest.json articles tree: a block path leaves the corpus: a..b.json');
    const title = refusal((m) => (m['title']['en'] = 'x'.repeat(501)));
    expect(title?.message).toContain('$.title.en: is 501 characters long');
  });

  it('words each field’s form', () => {
    expect(refusal((m) => (m['files'][0]['sha256'] = 'zz'))?.message).toBe(
      'manifest.json: $.files[0].sha256: "zz" is not a SHA-256 in hexadecimal [pattern]',
    );
    expect(refusal((m) => (m['files'][0]['path'] = '/etc/x.json'))?.message).toBe(
      'manifest.json: $.files[0].path: "/etc/x.json" is not a relative path inside the corpus [pattern]',
    );
    expect(refusal((m) => (m['trees']['ids']['root'] = 'x'))?.message).toContain(
      'a block reference [path, offset, bytes, SHA-256]',
    );
  });
});
