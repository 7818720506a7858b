/**
 * An event's details from a corpus in memory (the small test dataset, its article cut into chunks of
 * 20 characters): the event checked with the dataset's rules, its quotes against only the chunks they
 * lie in, whole articles joined from their chunks, and the tables checked; every refusal names where.
 */
import { describe, expect, it } from 'vitest';
import { articleOf, entitiesOf, eventAt, sourcesOf } from '../../src/data/corpus-details';
import { articleChunks, chunkKey, type CorpusManifest, type FileEntry } from '../../src/data/corpus-format';
import { CorpusError } from '../../src/data/corpus-guard';
import { bytesOf, memoryCorpus, memoryTree, shaOf } from '../support/memory-corpus';
import { miniJson } from '../fixtures/mini-dataset';

type Json = Record<string, any>;

/** The corpus of `d`: events one a block, sources and chunks in trees, entities and sources as tables. */
function corpus(d: Json, chunk = 20, edit?: (chunks: Json[]) => Json[]) {
  const sources = (d.sources as Json[]).map((s) =>
    Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'text')),
  );
  let chunks: Json[] = (d.sources as Json[]).flatMap((s) =>
    articleChunks(s.text as string, chunk).map((c) => ({ id: s.id, ...c })),
  );
  if (edit) chunks = edit(chunks);
  const trees = {
    events: memoryTree(
      'events',
      (d.events as Json[]).map((e, i) => ({ key: i, value: { firstRow: i, events: [e] } })),
    ),
    sources: memoryTree('sources', [{ key: 'src-a', value: sources }]),
    articles: memoryTree(
      'articles',
      chunks.map((c) => ({ key: chunkKey(c.id, c.at), value: [c] })),
    ),
  };
  const tables = {
    'entities.json': bytesOf(JSON.stringify(d.entities)),
    'sources.json': bytesOf(JSON.stringify(sources)),
  };
  const c = memoryCorpus(trees, {});
  for (const [path, bytes] of Object.entries(tables)) c.disk.set(path, bytes);
  (c.files.manifest.files as FileEntry[]).push(
    ...Object.entries(tables).map(([path, bytes]) => ({ path, bytes: bytes.length, sha256: shaOf(bytes) })),
  );
  return c;
}

async function refusal(p: Promise<unknown>): Promise<CorpusError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(CorpusError);
  return e as CorpusError;
}

describe('an event from the corpus', () => {
  it('is the event as written, read once, its quote checked against the chunks it lies in', async () => {
    const d = miniJson();
    const c = corpus(d);
    expect(await eventAt(c.files, 0)).toStrictEqual(d.events[0]);
    expect(await eventAt(c.files, 1)).toStrictEqual(d.events[1]);
    const before = c.asked.length;
    await eventAt(c.files, 0);
    expect(c.asked).toHaveLength(before);
  });

  it('reads only the chunks its quotes lie in: the rest of the article may be missing', async () => {
    const d = miniJson();
    const q = d.events[0].accounts[0].quotes[0];
    // Keep the chunks that meet the quote and one character either side, drop the others.
    const c = corpus(d, 5, (cs) => cs.filter((x) => x.at < q.end + 1 && x.at + x.text.length > q.start - 1));
    expect(await eventAt(c.files, 0)).toStrictEqual(d.events[0]);
    expect((await refusal(articleOf(c.files, 'src-a'))).code).toBe('invalid');
  });

  it('refuses a quote that is not its article’s text at its offsets, naming the event’s row', async () => {
    const d = miniJson();
    d.events[1].accounts[0].quotes[0].start += 1;
    d.events[1].accounts[0].quotes[0].end += 1;
    const e = await refusal(eventAt(corpus(d).files, 1));
    expect(e).toMatchObject({ place: 'events tree row 1', code: 'invalid' });
    expect(e.message).toContain('events tree row 1.accounts[0].quotes[0]');
  });

  it('refuses an event the schema refuses, and an actor the corpus does not know', async () => {
    const d = miniJson();
    d.events[0].kind = 7;
    expect(await refusal(eventAt(corpus(d).files, 0))).toMatchObject({
      place: 'events tree row 0',
      code: 'invalid',
    });
    const u = miniJson();
    u.events[0].actors = ['nobody'];
    const e = await refusal(eventAt(corpus(u).files, 0));
    expect(e.message).toContain('nobody');
  });

  it('refuses an account of a source the corpus does not hold', async () => {
    const d = miniJson();
    d.events[1].accounts[0].source = 'src-z';
    const e = await refusal(eventAt(corpus(d).files, 1));
    expect(e).toMatchObject({ place: 'events tree row 1', code: 'invalid' });
    expect(e.message).toContain('src-z');
  });

  it('refuses a row with no events block or no event', async () => {
    const d = miniJson();
    const c = corpus(d);
    expect(await refusal(eventAt(c.files, 2))).toMatchObject({
      place: 'events tree',
      code: 'format',
      message: 'events tree: no event at row 2',
    });
    for (const value of [null, [], { firstRow: -1, events: [] }, { firstRow: 0, events: {} }]) {
      const bad = memoryCorpus({ events: memoryTree('events', [{ key: 0, value }]) });
      expect(await refusal(eventAt(bad.files, 0)), JSON.stringify(value)).toMatchObject({
        message: 'events tree: no events block for row 0',
      });
    }
  });

  it('checks a source from the sources tree as a row of the sources table', async () => {
    const d = miniJson();
    const c = corpus(d);
    const sources = memoryTree('sources', [{ key: 'src-a', value: [{ id: 'src-a', outlet: 5 }] }]);
    const bad = memoryCorpus(
      {
        ...{ events: memoryTree('events', [{ key: 0, value: { firstRow: 0, events: [d.events[1]] } }]) },
        sources,
        articles: memoryTree('articles', [{ key: 'a', value: [] }]),
      },
      { files: c.files.manifest.files } as Partial<CorpusManifest>,
    );
    for (const [path, bytes] of c.disk) if (path.endsWith('.json')) bad.disk.set(path, bytes);
    expect(await refusal(eventAt(bad.files, 0))).toMatchObject({
      place: 'sources tree "src-a"',
      code: 'invalid',
    });
  });
});

describe('articles from their chunks', () => {
  it('joins an article from its chunks in order', async () => {
    const d = miniJson();
    expect(await articleOf(corpus(d).files, 'src-a')).toBe(d.sources[0].text);
    expect(await articleOf(corpus(d, 7).files, 'src-a')).toBe(d.sources[0].text);
  });

  it('refuses a source with no article, and chunks that do not join or cut it short', async () => {
    const d = miniJson();
    expect(await refusal(articleOf(corpus(d).files, 'src-z'))).toMatchObject({
      place: 'articles tree',
      code: 'invalid',
      message: 'articles tree: no article for source "src-z"',
    });
    const gap = corpus(d, 20, (cs) => cs.filter((_, i) => i !== 1));
    expect((await refusal(articleOf(gap.files, 'src-a'))).message).toBe(
      'articles tree: the chunks of "src-a" do not join',
    );
    const short = corpus(d, 20, (cs) => cs.slice(0, -1));
    expect((await refusal(articleOf(short.files, 'src-a'))).message).toBe(
      'articles tree: the article of "src-a" is cut short',
    );
    const lengths = corpus(d, 20, (cs) => cs.map((c, i) => (i === 1 ? { ...c, length: c.length + 1 } : c)));
    expect((await refusal(articleOf(lengths.files, 'src-a'))).message).toBe(
      'articles tree: the chunks of "src-a" do not join',
    );
  });

  it('refuses a malformed chunk, and a block that is not a list', async () => {
    const d = miniJson();
    for (const change of [{ at: -1 }, { at: 0.5 }, { length: 'long' }, { text: 5 }, { length: 3 }]) {
      const c = corpus(d, 20, (cs) => cs.map((x, i) => (i === 0 ? { ...x, ...change } : x)));
      expect(await refusal(articleOf(c.files, 'src-a')), JSON.stringify(change)).toMatchObject({
        place: 'articles tree',
        code: 'format',
        message: 'articles tree: a chunk of "src-a" is malformed',
      });
    }
    const notList = memoryCorpus({
      articles: memoryTree('articles', [{ key: chunkKey('src-a', 0), value: {} }]),
    });
    expect((await refusal(articleOf(notList.files, 'src-a'))).message).toBe(
      'articles tree: a block is not a list',
    );
  });

  it('refuses chunks of one article that disagree on its length, around a quote', async () => {
    const d = miniJson();
    const c = corpus(d, 20, (cs) => cs.map((x) => (x.at >= 60 ? { ...x, length: x.length + 1 } : x)));
    const e = await refusal(eventAt(c.files, 0));
    expect(e.message).toBe('articles tree: chunks of "src-a" disagree');
  });
});

describe('the tables', () => {
  it('reads sources and entities, each checked against its schema', async () => {
    const d = miniJson();
    const c = corpus(d);
    expect(await entitiesOf(c.files)).toStrictEqual(d.entities);
    expect((await sourcesOf(c.files)).map((s) => s.id)).toStrictEqual(['src-a']);
    const bad = miniJson();
    bad.entities[0].kind = 'planet';
    const e = await refusal(entitiesOf(corpus(bad).files));
    expect(e).toMatchObject({ place: 'entities.json', code: 'invalid' });
    expect(e.message).toContain('entities.json[0].kind');
  });
});
