/**
 * An open corpus follows the one "last load wins" rule (`latestLoad`) for its window, its selected
 * event and its search: an answer that arrives after a newer request was made is dropped, whatever
 * order the answers come in.
 */
import { describe, expect, it, vi } from 'vitest';
import { skeletonRow, type Corpus, type PlacedRow } from '../../src/data';
import type { SearchResult } from '../../src/domain';
import { createCorpusSearch } from '../../src/app/corpus-search';
import { createCorpusSource } from '../../src/app/corpus-source';
import { createStore, type TimeWindow } from '../../src/state';
import { eventAt } from '../support/events';
import { viewState } from '../support/view-state';

/** A promise and the way to settle it. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const placed = (id: string, day: string): PlacedRow => ({ ...skeletonRow(eventAt(id, day)), row: 0 });

/** A corpus whose answers wait until the test gives them. */
function slowCorpus(time: TimeWindow) {
  const windows: ReturnType<typeof deferred<readonly PlacedRow[]>>[] = [];
  const events: { id: string; answer: ReturnType<typeof deferred<unknown>> }[] = [];
  const searches: { q: string; answer: ReturnType<typeof deferred<unknown>> }[] = [];
  const corpus = {
    manifest: { title: { en: 'c', ar: 'c' }, time: { start: time.from, end: time.to }, lanes: [] },
    density: () => Promise.resolve(new Map()),
    window: () => {
      const d = deferred<readonly PlacedRow[]>();
      windows.push(d);
      return d.promise;
    },
    find: (id: string) => Promise.resolve(placed(id, '2024-01-10')),
    event: (row: PlacedRow) => {
      const d = deferred<unknown>();
      events.push({ id: row.id, answer: d });
      return d.promise;
    },
    search: (q: string) => {
      const d = deferred<unknown>();
      searches.push({ q, answer: d });
      return d.promise;
    },
    sources: () => Promise.resolve([]),
    entities: () => Promise.resolve([]),
    article: () => Promise.resolve(''),
  } as unknown as Corpus;
  return { corpus, windows, events, searches };
}

const time = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 11, 31) };
const early = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 0, 20) };

describe("a corpus's window", () => {
  it('shows the rows of the last window asked for, though an earlier answer arrives after them', async () => {
    const c = slowCorpus(time);
    const view = createStore(viewState({ window: early }));
    const source = createCorpusSource(
      c.corpus,
      view,
      () => undefined,
      () => false,
    );
    const started = source.start();
    await vi.waitFor(() => expect(c.windows).toHaveLength(1));
    c.windows[0]!.resolve([placed('first', '2024-01-05')]);
    await started;

    view.set({ window: { from: Date.UTC(2024, 5, 1), to: Date.UTC(2024, 5, 20) } });
    await vi.waitFor(() => expect(c.windows).toHaveLength(2));
    view.set({ window: { from: Date.UTC(2024, 9, 1), to: Date.UTC(2024, 9, 20) } });
    await vi.waitFor(() => expect(c.windows).toHaveLength(3));
    c.windows[2]!.resolve([placed('october', '2024-10-05')]);
    await vi.waitFor(() => expect(source.part().heads.map((h) => h.id)).toEqual(['october']));
    c.windows[1]!.resolve([placed('june', '2024-06-05')]);
    await new Promise((r) => setTimeout(r, 0));
    expect(source.part().heads.map((h) => h.id)).toEqual(['october']);
    source.dispose();
  });

  it('drops an answer that arrives once the corpus is closed', async () => {
    const c = slowCorpus(time);
    const view = createStore(viewState({ window: early }));
    const seen = vi.fn();
    const source = createCorpusSource(c.corpus, view, seen, () => false);
    void source.start();
    await vi.waitFor(() => expect(c.windows).toHaveLength(1));
    source.dispose();
    c.windows[0]!.resolve([placed('late', '2024-01-05')]);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).not.toHaveBeenCalled();
  });
});

describe("a corpus's selected event", () => {
  it('is loading until the last event asked for is in, not the first', async () => {
    const c = slowCorpus(time);
    const view = createStore(viewState({ window: early }));
    const source = createCorpusSource(
      c.corpus,
      view,
      () => undefined,
      () => false,
    );
    const started = source.start();
    await vi.waitFor(() => expect(c.windows).toHaveLength(1));
    c.windows[0]!.resolve([]);
    await started;

    view.set({ eventId: 'a' });
    await vi.waitFor(() => expect(c.events).toHaveLength(1));
    view.set({ eventId: 'b' });
    await vi.waitFor(() => expect(c.events).toHaveLength(2));
    c.events[0]!.answer.resolve(eventAt('a', '2024-01-10'));
    await vi.waitFor(() => expect(source.isFull('a')).toBe(true));
    expect(source.state.get().loading).toBe(true);
    c.events[1]!.answer.resolve(eventAt('b', '2024-01-10'));
    await vi.waitFor(() => expect(source.state.get().loading).toBe(false));
    source.dispose();
  });
});

describe("a corpus's search", () => {
  it('lists the results of the last query; an earlier answer arriving later is dropped', async () => {
    const c = slowCorpus(time);
    const states: ({ query: string; results: readonly SearchResult[] } | null)[] = [];
    const search = createCorpusSearch(
      c.corpus,
      () => Promise.resolve([]),
      (s) => states.push(s),
      () => {},
    );
    search.run('old');
    search.run('new');
    const answer = (id: string) => ({ rows: [placed(id, '2024-01-10')], total: 1, complete: true });
    c.searches[1]!.answer.resolve(answer('found-new'));
    await vi.waitFor(() => expect(states.at(-1)?.results.map((r) => r.event.id)).toEqual(['found-new']));
    c.searches[0]!.answer.resolve(answer('found-old'));
    await new Promise((r) => setTimeout(r, 0));
    expect(states.at(-1)?.query).toBe('new');
    expect(states.flatMap((s) => s?.results.map((r) => r.event.id) ?? [])).not.toContain('found-old');
    search.dispose();
  });
});
