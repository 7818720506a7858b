/**
 * Joining the authoring files of a dataset directory (`src/data/assemble.ts`): what each optional
 * file adds, the title's fallback, and the refusal naming the file and place of each problem.
 */
import { describe, expect, it } from 'vitest';
import { assembleDataset, DEFAULT_TITLE, type DatasetFiles } from '../../src/data';
import { BUNDLED_KINDS, BUNDLED_SIDES } from '../../src/domain/vocabulary';
import { MINI_TEXT, miniDataset } from '../fixtures/mini-dataset';

/** The mini dataset as the files of a directory. */
function files(more: Partial<DatasetFiles> = {}): DatasetFiles {
  const d = miniDataset();
  return {
    sources: d.sources.map((s) => Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'text'))),
    entities: d.entities,
    events: d.events,
    texts: new Map([['articles/src-a.txt', MINI_TEXT]]),
    ...more,
  };
}

const briefings = () => [
  {
    id: 'brief',
    title: { ar: 'إحاطة', en: 'Briefing' },
    items: [{ event: 'call-2024-06-25' }],
  },
];
const outlets = [
  {
    id: 'reuters',
    name: { ar: 'رويترز', en: 'Reuters' },
    country: { ar: 'بريطانيا', en: 'UK' },
    kind: { ar: 'وكالة أنباء', en: 'news agency' },
    note: { ar: 'معرفة من خارج المقالات.', en: 'Outside knowledge.' },
    refs: ['https://www.reuters.com/'],
  },
];
const TITLE = { ar: 'عنوان', en: 'A title' };

describe('assembleDataset', () => {
  it('joins the files with their texts, under the fallback title, with nothing optional', () => {
    const result = assembleDataset(files());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.title).toEqual(DEFAULT_TITLE);
    expect(result.dataset.sources[0]?.text).toBe(MINI_TEXT);
    expect(result.dataset.events.map((e) => e.id)).toEqual(['call-2024-06-25', 'call-2023-03-15']);
    for (const key of ['briefings', 'kinds', 'sides', 'outlets'])
      expect(result.dataset).not.toHaveProperty(key);
    const other = assembleDataset(files(), TITLE);
    expect(other.ok && other.dataset.title).toEqual(TITLE);
  });

  it('takes the title, kinds and sides of dataset.json, and the briefings and outlets when given', () => {
    const result = assembleDataset(
      files({
        meta: { title: TITLE, kinds: BUNDLED_KINDS, sides: BUNDLED_SIDES },
        briefings: briefings(),
        outlets,
      }),
      { ar: 'غير هذا', en: 'Not this' },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.title).toEqual(TITLE);
    expect(result.dataset.kinds).toEqual(BUNDLED_KINDS);
    expect(result.dataset.sides).toEqual(BUNDLED_SIDES);
    expect(result.dataset.briefings?.map((b) => b.id)).toEqual(['brief']);
    expect(result.dataset.outlets?.map((o) => o.id)).toEqual(['reuters']);
    // A dataset.json with a title alone adds no kinds or sides.
    const titled = assembleDataset(files({ meta: { title: TITLE } }));
    expect(titled.ok && Object.keys(titled.dataset)).not.toContain('kinds');
    expect(titled.ok && Object.keys(titled.dataset)).not.toContain('sides');
  });

  it('refuses each malformed file by its own path, and reads no text before every file is well formed', () => {
    const cases: [Partial<DatasetFiles>, string][] = [
      [{ meta: { title: 'no' } }, '$.dataset.title'],
      [{ sources: [{ id: 'src-a' }] }, '$.sources[0]'],
      [{ entities: {} }, '$.entities'],
      [{ events: [1] }, '$.events[0]'],
      [{ briefings: [{}] }, '$.briefings[0]'],
      [{ outlets: 'reuters' }, '$.outlets'],
    ];
    for (const [broken, path] of cases) {
      const result = assembleDataset(files({ ...broken, texts: new Map() }));
      expect(result.ok, path).toBe(false);
      if (result.ok) continue;
      expect(result.problems.length, path).toBeGreaterThan(0);
      for (const p of result.problems) expect(p.path.startsWith(path), `${p.path} under ${path}`).toBe(true);
    }
  });

  it('refuses a source whose article file is missing, naming the file', () => {
    const result = assembleDataset(files({ texts: new Map([['articles/other.txt', MINI_TEXT]]) }));
    expect(result).toEqual({
      ok: false,
      omitted: 0,
      problems: [
        {
          path: '$.sources[0].file',
          code: 'dangling-reference',
          message: 'no article file "articles/src-a.txt"',
        },
      ],
    });
  });

  it('checks the joined dataset as a whole: a quote that is not its article’s slice is refused', () => {
    const d = miniDataset();
    const events = structuredClone(d.events) as unknown as { accounts: { quotes: { start: number }[] }[] }[];
    const quote = events[0]?.accounts[0]?.quotes[0];
    if (quote === undefined) throw new Error('the mini dataset has a quote');
    quote.start += 1;
    const result = assembleDataset(files({ events }));
    expect(result.ok).toBe(false);
    expect(
      !result.ok && result.problems.some((p) => p.path.startsWith('$.events[0].accounts[0].quotes[0]')),
    ).toBe(true);
  });
});
