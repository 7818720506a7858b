import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  applyCommand,
  checkDraft,
  describePath,
  placeOf,
  singleFile,
  unzipText,
  zipDraft,
} from '../../src/author';
import { checkDirectory } from '../../src/cli/check';
import { parseDatasetJson } from '../../src/data';
import { extendedDraft } from '../support/author-draft';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('export', () => {
  it('writes authoring files that pass the same check as npm run data:check', () => {
    const draft = extendedDraft();
    expect(checkDraft(draft).problems).toEqual([]);
    const files = unzipText(zipDraft(draft));
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(['sources.json', 'entities.json', 'events.json', 'articles/art-005.txt']),
    );
    const dir = mkdtempSync(join(tmpdir(), 'riwayat-export-'));
    dirs.push(dir);
    for (const [path, text] of files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    expect(checkDirectory(dir).problems).toEqual([]);
    expect(JSON.parse(files.get('sources.json')!)[5]).not.toHaveProperty('text');
  });

  it('writes a single file the app opens', () => {
    const result = parseDatasetJson(singleFile(extendedDraft()));
    expect(result.ok).toBe(true);
  });

  it('lists a broken draft’s problems by place', () => {
    const d = extendedDraft();
    const text = d.sources[5]!.text;
    const start = text.indexOf('21-10-2022');
    const quote = { event: 'call-2022-10-21', source: 'art-005', start, end: start + 10 };
    const { problems } = checkDraft(applyCommand(d, { type: 'remove-quote', quote }));
    expect(problems.map((p) => p.path)).toEqual(['$.sources[5].text']);
    expect(placeOf(d, problems[0]!.path)).toEqual({ kind: 'source', id: 'art-005' });
    expect(describePath(d, problems[0]!.path)).toEqual({
      place: { kind: 'source', id: 'art-005' },
      rest: '.text',
    });
    expect(describePath(d, '$.title.ar')).toEqual({ place: null, rest: '$.title.ar' });
  });
});
