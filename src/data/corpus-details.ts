/**
 * An event's details from a corpus: the whole event from the events tree, checked with the dataset's
 * schema and rules, its quotes against the stretches of their articles they lie in (fetched by chunk
 * from the articles tree); sources and entities checked as the single file's tables.
 */
import type { Entity, Source, SourceWithText, TimelineEvent } from '../domain';
import { chunkKey, TABLES, type ArticleChunk, type EventsBlock } from './corpus-format';
import type { CorpusFiles } from './corpus-files';
import { CorpusError, isCount } from './corpus-guard';
import { treeRange } from './corpus-tree';
import { asEvent, entitiesFileSchema, eventSchema, sourcesFileSchema } from './dataset-schema';
import { formatProblems, ProblemList } from './problems';
import type { Schema } from './schema';
import { eventRules } from './validate';

/** At most this many chunks make one article. */
const MAX_CHUNKS = 100_000;

/** A whole table file, checked against its schema (once). */
const table = <T>(files: CorpusFiles, path: string, schema: Schema<unknown>): Promise<T> =>
  files.memo(`checked:${path}`, async () => {
    const value = await files.json<unknown>(files.entry(path));
    const problems = new ProblemList();
    if (!schema.check(value, path, problems))
      throw new CorpusError(path, 'invalid', formatProblems(problems.items));
    return value as T;
  });

export const entitiesOf = (files: CorpusFiles): Promise<readonly Entity[]> =>
  table(files, TABLES.entities, entitiesFileSchema);
export const sourcesOf = (files: CorpusFiles): Promise<readonly Source[]> =>
  table(files, TABLES.sources, sourcesFileSchema);

/** The chunks of an article that meet [from, to), checked and in order. */
async function chunks(files: CorpusFiles, source: string, from: number, to: number): Promise<ArticleChunk[]> {
  const found = await files.inTree(() =>
    treeRange(
      files.block,
      files.manifest.trees.articles,
      chunkKey(source, from),
      chunkKey(source, to),
      MAX_CHUNKS,
      'articles tree',
      files.blocks,
    ),
  );
  const out: ArticleChunk[] = [];
  for (const b of found.blocks) {
    if (!Array.isArray(b)) throw new CorpusError('articles tree', 'format', 'a block is not a list');
    for (const c of b as (ArticleChunk & { id: unknown })[]) {
      if (c?.id !== source) continue;
      if (
        !isCount(c.at) ||
        !isCount(c.length) ||
        typeof c.text !== 'string' ||
        c.at + c.text.length > c.length
      )
        throw new CorpusError('articles tree', 'format', `a chunk of "${source}" is malformed`);
      if (c.at < to && c.at + c.text.length > from) out.push(c);
    }
  }
  if (out.length === 0)
    throw new CorpusError('articles tree', 'invalid', `no article for source "${source}"`);
  return out.sort((a, b) => a.at - b.at);
}

/**
 * An article's text where `spans` lie (each widened by its stored context, and by at least one
 * character for the surrogate check) and U+FFFF elsewhere: enough for the rules that check quotes
 * and their context at their offsets.
 */
async function articleAround(
  files: CorpusFiles,
  source: string,
  spans: readonly { start: number; end: number; prefix?: string; suffix?: string }[],
): Promise<string> {
  const parts = await Promise.all(
    spans.map((s) =>
      chunks(
        files,
        source,
        Math.max(0, s.start - Math.max(1, s.prefix?.length ?? 0)),
        s.end + Math.max(1, s.suffix?.length ?? 0),
      ),
    ),
  );
  const known = new Map<number, ArticleChunk>();
  for (const c of parts.flat()) known.set(c.at, c);
  const length = (parts[0]?.[0] as ArticleChunk).length;
  let text = '';
  for (const c of [...known.values()].sort((a, b) => a.at - b.at)) {
    if (c.length !== length)
      throw new CorpusError('articles tree', 'invalid', `chunks of "${source}" disagree`);
    text += '\uffff'.repeat(c.at - text.length) + c.text;
  }
  return text + '\uffff'.repeat(Math.max(0, length - text.length));
}

/** A whole article by source id, its chunks joined end to end. */
export async function articleOf(files: CorpusFiles, source: string): Promise<string> {
  const all = await chunks(files, source, 0, Number.MAX_SAFE_INTEGER);
  const length = (all[0] as ArticleChunk).length;
  let text = '';
  for (const c of all) {
    if (c.at !== text.length || c.length !== length)
      throw new CorpusError('articles tree', 'invalid', `the chunks of "${source}" do not join`);
    text += c.text;
  }
  if (text.length !== length)
    throw new CorpusError('articles tree', 'invalid', `the article of "${source}" is cut short`);
  return text;
}

/** One source from the sources tree, checked as a row of the sources table. */
async function sourceOf(files: CorpusFiles, id: string): Promise<Source | undefined> {
  const s = await files.inList<Source>('sources', id, (x) => x?.id);
  if (s === undefined) return undefined;
  const problems = new ProblemList();
  if (!sourcesFileSchema.check([s], `sources tree "${id}"`, problems))
    throw new CorpusError(`sources tree "${id}"`, 'invalid', formatProblems(problems.items));
  return s;
}

/** The event at skeleton row `row`, from its events block (not yet checked). */
async function rawEvent(files: CorpusFiles, row: number): Promise<unknown> {
  const b = (await files.lookup('events', row)) as Partial<EventsBlock> | null;
  if (b === null || typeof b !== 'object' || !isCount(b.firstRow) || !Array.isArray(b.events))
    throw new CorpusError('events tree', 'format', `no events block for row ${row}`);
  const value: unknown = b.events[row - b.firstRow];
  if (value === undefined) throw new CorpusError('events tree', 'format', `no event at row ${row}`);
  return value;
}

/** The event at `row`, checked with the dataset's schema and rules, its quotes against their articles. */
export const eventAt = (files: CorpusFiles, row: number): Promise<TimelineEvent> =>
  files.memo(`event:${row}`, async () => {
    const place = `events tree row ${row}`;
    const value = await rawEvent(files, row);
    const problems = new ProblemList();
    if (!eventSchema.check(value, place, problems))
      throw new CorpusError(place, 'invalid', formatProblems(problems.items));
    const event = asEvent(value);
    const known = await entitiesOf(files);
    const withText = new Map<string, SourceWithText>();
    await Promise.all(
      event.accounts.map(async (a) => {
        const s = await sourceOf(files, a.source);
        if (s === undefined) return;
        const text = a.quotes.length > 0 ? await articleAround(files, a.source, a.quotes) : '';
        withText.set(a.source, { ...s, text });
      }),
    );
    eventRules(
      event,
      place,
      { entityIds: new Set(known.map((e) => e.id)), sources: withText },
      (path, code, message) => problems.push({ path, code, message }),
    );
    if (problems.length > 0) throw new CorpusError(place, 'invalid', formatProblems(problems.items));
    return event;
  });
