/**
 * Reading a static corpus, in the browser or in Node, through a `CorpusStore` that fetches a file or a
 * byte range of it (over HTTP Range requests, or from disk). Nothing is handed out before it is
 * checked: every file and block against its SHA-256 in the manifest or its block table, Parquet row
 * groups one by one (their byte ranges are checksummed), and events against the dataset's schema and
 * rules, quotes against their article.
 *
 * The steps, a file each: fetching and checking files and tree blocks (`corpus-files.ts`), the
 * skeleton's rows (`corpus-skeleton.ts`), an event's details (`corpus-details.ts`) and search
 * (`corpus-find.ts`); this file opens the manifest and puts them together. In the app the whole reader
 * runs in a worker (`app/corpus.worker.ts`).
 */
import type { BinStep, Entity, EventId, Source, TimelineEvent } from '../domain';
import { densityIn, densityPath, MANIFEST, type CorpusManifest } from './corpus-format';
import type { CorpusStore } from './corpus-fetch';
import { canCheck, corpusFiles, parseJson, type CorpusFiles } from './corpus-files';
import { checkDensity, checkManifest, CorpusError, isCount } from './corpus-guard';
import { articleOf, entitiesOf, eventAt, sourcesOf } from './corpus-details';
import { searchRows, type SearchAnswer } from './corpus-find';
import { placedRow, windowRows, type PlacedRow } from './corpus-skeleton';

export { canCheck } from './corpus-files';
export type { PlacedRow } from './corpus-skeleton';
export type { SearchAnswer } from './corpus-find';

/** One lane's periods at a density level, with their counts. */
export interface LanePeriods {
  starts: number[];
  counts: number[];
}

/** An open corpus: the manifest, and what it can fetch on demand (each file once). */
export interface Corpus {
  readonly manifest: CorpusManifest;
  /** Each lane's periods overlapping [from, to) at one calendar level, with their counts. */
  density(step: BinStep, from: number, to: number): Promise<Map<string, LanePeriods>>;
  /** Every event overlapping [from, to), in time order, fetching only the row groups that can hold one. */
  window(from: number, to: number): Promise<PlacedRow[]>;
  /** The skeleton row of an event id, or null when the corpus has no such event. */
  find(id: string): Promise<PlacedRow | null>;
  /** The whole event of a skeleton row, checked with the dataset's rules (its quotes against articles). */
  event(row: PlacedRow): Promise<TimelineEvent>;
  /** An article's text by source id. */
  article(source: string): Promise<string>;
  sources(): Promise<readonly Source[]>;
  entities(): Promise<readonly Entity[]>;
  /**
   * Events whose titles (either language) or quotes hold every word of `query`, each word matched as
   * the start of a word, with Arabic folded as the app's search folds it. `rows`: the first `limit`
   * (default 20) in time order; `total`: how many there are; `complete` is false when a word is in
   * more events than the index keeps rows for (corpus-search.ts) or matches too many words, so that
   * `total` is a lower bound. Reads a few blocks of the word index and the events blocks of the rows.
   */
  search(
    query: string,
    opts?: { readonly limit?: number; readonly signal?: AbortSignal },
  ): Promise<SearchAnswer>;
  /** Stops whatever reads the corpus (the app's worker); no call may follow. */
  close?(): void;
}

/** Fetches and checks the manifest; refused at once where checksums cannot be checked. */
export async function readManifest(store: CorpusStore): Promise<CorpusManifest> {
  if (!canCheck())
    throw new CorpusError(
      MANIFEST,
      'insecure',
      'this page is not a secure context (HTTPS or localhost), so the browser offers no WebCrypto to check the checksums of a corpus',
    );
  return checkManifest(parseJson(MANIFEST, await store.get(MANIFEST)));
}

/** A density level, checked against the manifest's lanes (once). */
function densityOf(files: CorpusFiles, step: BinStep) {
  const level = files.manifest.density.find((d) => d.unit === step.unit && d.n === step.n);
  if (level === undefined || level.path !== densityPath(step))
    throw new CorpusError(densityPath(step), 'format', 'no such density level');
  const lanes = new Set<string>(files.manifest.lanes.map((l) => l.id));
  return files.memo(`density:${level.path}`, async () =>
    checkDensity(await files.json<unknown>(level), level, step, lanes),
  );
}

/** Opens a corpus: fetches and checks its manifest (nothing else). */
export async function openCorpus(store: CorpusStore): Promise<Corpus> {
  const manifest = await readManifest(store);
  const files = corpusFiles(store, manifest);
  return {
    manifest,
    async density(step, from, to) {
      const file = await densityOf(files, step);
      return new Map(
        manifest.lanes.map((l): [string, ReturnType<typeof densityIn>] => [
          l.id,
          densityIn(file, step, l.id, from, to),
        ]),
      );
    },
    window: (from, to) => windowRows(files, from, to),
    async find(id) {
      const hit = await files.inList<[string, number]>('ids', id, (x) =>
        Array.isArray(x) ? x[0] : undefined,
      );
      if (hit === undefined) return null;
      if (!isCount(hit[1])) throw new CorpusError('ids tree', 'format', `"${id}" has no row`);
      const found = await placedRow(files, hit[1]);
      if (found.id !== id) throw new CorpusError('ids tree', 'invalid', `row ${hit[1]} is not "${id}"`);
      return found;
    },
    async event(row) {
      const event = await eventAt(files, row.row);
      if (event.id !== row.id)
        throw new CorpusError(`events tree row ${row.row}`, 'invalid', `does not hold event "${row.id}"`);
      return event as TimelineEvent & { id: EventId };
    },
    search: (query, opts) => searchRows(files, query, opts),
    article: (source) => articleOf(files, source),
    sources: () => sourcesOf(files),
    entities: () => entitiesOf(files),
  };
}
