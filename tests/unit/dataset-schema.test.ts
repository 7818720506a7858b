/**
 * What the dataset's shape says to a person whose file breaks it: the words of each pattern, real
 * calendar dates, and a version 1 file read as the current version. (The shape itself is pinned by the
 * published JSON Schemas, `tests/unit/schema-files.test.ts`.)
 */
import { describe, expect, it } from 'vitest';
import { datasetSchema, jsonSchemaOf, ProblemList, sourcesFileSchema, type Problem } from '../../src/data';
import { asDataset, eventSchema } from '../../src/data/dataset-schema';
import { miniJson } from '../fixtures/mini-dataset';

function problemsOf(mutate: (d: Record<string, any>) => void): Problem[] {
  const d = miniJson();
  mutate(d);
  const list = new ProblemList(Infinity);
  datasetSchema.check(d, '$', list);
  return list.items;
}

describe('the dataset schema', () => {
  it('accepts the small dataset as it is', () => {
    expect(problemsOf(() => undefined)).toEqual([]);
  });

  it('names each pattern a value breaks in words', () => {
    expect(
      problemsOf((d) => {
        d.events[0].id = 'Bad id';
        d.events[0].start = '2024/06/11';
        d.events[0].kind = 'Defence_Call';
        d.sources[0].file = 'articles/a.html';
        d.sources[0].url = 'ftp://example.org/x';
        d.sources[0].published = '2024-06';
      }),
    ).toEqual([
      {
        path: '$.sources[0].file',
        code: 'pattern',
        message: '"articles/a.html" is not a relative path to a .txt file',
      },
      { path: '$.sources[0].published', code: 'pattern', message: '"2024-06" is not a date YYYY-MM-DD' },
      { path: '$.sources[0].url', code: 'pattern', message: '"ftp://example.org/x" is not an http(s) URL' },
      {
        path: '$.events[0].id',
        code: 'pattern',
        message: '"Bad id" is not an id (lower-case letters, digits, ".", "_", "-")',
      },
      {
        path: '$.events[0].start',
        code: 'pattern',
        message: '"2024/06/11" is not a date YYYY, YYYY-MM or YYYY-MM-DD',
      },
      {
        path: '$.events[0].kind',
        code: 'pattern',
        message:
          '"Defence_Call" is not the id of one of the dataset’s kinds or sides (lower-case letters, digits, "-")',
      },
    ]);
  });

  it('takes partial dates and refuses days no calendar has', () => {
    for (const start of ['2024', '2024-02', '2024-02-29'])
      expect(problemsOf((d) => (d.events[0].start = start)).filter((p) => p.code !== 'date-order')).toEqual(
        [],
      );
    expect(problemsOf((d) => (d.events[0].start = '2023-02-29'))).toEqual([
      { path: '$.events[0].start', code: 'date', message: '"2023-02-29" is not a real calendar date' },
    ]);
    expect(problemsOf((d) => (d.sources[0].published = '2024-13-01'))).toEqual([
      { path: '$.sources[0].published', code: 'date', message: '"2024-13-01" is not a real calendar date' },
    ]);
  });

  it('takes a line break inside every text a span holds, and asks each for normal form C', () => {
    const places: [string, (d: Record<string, any>, text: string) => void][] = [
      ['$.sources[0].text', (d, t) => (d.sources[0].text = t)],
      ['$.sources[0].headline.text', (d, t) => (d.sources[0].headline.text = t)],
      ['$.sources[0].outOfScope[0].text', (d, t) => (d.sources[0].outOfScope[0].text = t)],
      [
        '$.sources[0].credits[0].text',
        (d, t) => d.sources[0].credits.push({ start: 0, end: 1, text: t, name: d.title, role: 'cited' }),
      ],
      [
        '$.sources[0].restsOn[0].anchor.text',
        (d, t) =>
          (d.sources[0].restsOn = [
            {
              origin: 'afp',
              name: d.title,
              basis: 'credited',
              note: d.title,
              anchor: { start: 0, end: 1, text: t },
            },
          ]),
      ],
      ['$.events[0].accounts[0].quotes[0].text', (d, t) => (d.events[0].accounts[0].quotes[0].text = t)],
    ];
    for (const [path, put] of places) {
      expect(
        problemsOf((d) => put(d, 'سطر\nسطر')),
        path,
      ).toEqual([]);
      expect(
        problemsOf((d) => put(d, 'e\u0301')),
        path,
      ).toEqual([{ path, code: 'not-nfc', message: 'is not in Unicode normal form C (NFC)' }]);
    }
  });

  it('reads an event on its own with the same rules', () => {
    const list = new ProblemList(Infinity);
    expect(eventSchema.check(miniJson().events[0], '$', list)).toBe(true);
    expect(sourcesFileSchema.check([{}], '$', list)).toBe(false);
    expect(list.items[0]).toMatchObject({ path: '$[0].id', code: 'required' });
  });

  it('reads a version 1 file as the current version', () => {
    const d = miniJson();
    d.version = 1;
    const list = new ProblemList(Infinity);
    expect(datasetSchema.check(d, '$', list)).toBe(true);
    expect(asDataset(d as never).version).toBe(2);
  });

  it('prints a JSON Schema document named by its form and version', () => {
    const doc = jsonSchemaOf(datasetSchema, 'dataset');
    expect(doc.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(doc.$id).toBe('riwayat:dataset:v2');
    expect(doc.description).toMatch(/^Riwayat dataset, format "riwayat-dataset" version 2 /);
  });
});
