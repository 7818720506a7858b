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
import { assembleDataset, checkManifest, CorpusError } from '../../src/data';

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
