/**
 * The article's analysis, computed once per text and kept: its date expressions (per publication
 * date), the entities it names (per entity list) and the suggested events (per text and dataset). A
 * render, an edit of the outlet or a language switch reuses them; only a new text or new entities
 * (or events, for suggestions) compute again. Each kind keeps its last few answers.
 *
 * A long article is analysed in a worker (`analysis.worker.ts`), so that adding one never holds the
 * page: the hooks below answer null until the worker has, then the kept answer. A short one (and any
 * where no worker runs) is analysed here at once, which takes a few milliseconds.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  analyseDates,
  findMentions,
  suggestArticle,
  type ArticleSuggestions,
  type Entity,
  type EventSuggestion,
  type Mention,
  type ResolvedDateExpression,
  type NewArticle,
  type Span,
  type SuggestionBase,
  type TimelineEvent,
} from '../../domain';
import type { Draft } from '../../author';

const KEEP = 8;

/** A small cache keyed by the article text (the same string object hashes once) and a second key. */
class Kept<K, V> {
  private readonly items: { text: string; key: K; value: V }[] = [];
  get(text: string, key: K, make: () => V): V {
    const hit = this.peek(text, key);
    if (hit !== undefined) return hit;
    const value = make();
    this.put(text, key, value);
    return value;
  }
  /** The kept answer, or undefined. */
  peek(text: string, key: K): V | undefined {
    const i = this.items.findIndex((x) => x.key === key && x.text === text);
    if (i < 0) return undefined;
    const [hit] = this.items.splice(i, 1);
    if (hit === undefined) return undefined;
    this.items.push(hit);
    return hit.value;
  }
  put(text: string, key: K, value: V): void {
    this.items.push({ text, key, value });
    if (this.items.length > KEEP) this.items.shift();
  }
}

const dates = new Kept<string | null, ResolvedDateExpression[]>();
const mentions = new Kept<readonly Entity[], Mention[]>();
const suggestions = new Kept<string, ArticleSuggestions>();
const datasetKeys = new WeakMap<readonly TimelineEvent[], WeakMap<readonly Entity[], string>>();
let nextKey = 0;

/** The article's date expressions, resolved from its publication date. */
export const articleDates = (text: string, published: string | null): ResolvedDateExpression[] =>
  dates.get(text, published, () => analyseDates(text, published));

/** The known entities the article names, by any spelling. */
export const articleMentions = (text: string, entities: readonly Entity[]): Mention[] =>
  mentions.get(text, entities, () => findMentions(text, entities));

type SourceFields = {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
  readonly outOfScope: readonly Span[];
};

/** What `suggestEvents` is given for `source`: the rest of the draft, and the article as if new. */
function suggestionInput(draft: Draft, source: SourceFields): { base: SuggestionBase; article: NewArticle } {
  // The article is weighed against the rest of the dataset, as if it were new.
  const events = draft.events.map((e) => ({
    ...e,
    accounts: e.accounts.filter((a) => a.source !== source.id),
  }));
  const sources = draft.sources.filter((s) => s.id !== source.id);
  return {
    base: { events, entities: draft.entities, sources },
    article: { text: source.text, published: source.published, exclude: source.outOfScope },
  };
}

function suggestionKey(draft: Draft, source: SourceFields, limit: number): string {
  let byEntities = datasetKeys.get(draft.events);
  if (byEntities === undefined) datasetKeys.set(draft.events, (byEntities = new WeakMap()));
  let key = byEntities.get(draft.entities);
  if (key === undefined) byEntities.set(draft.entities, (key = String(nextKey++)));
  const scope = source.outOfScope.map((o) => `${o.start}-${o.end}`).join(',');
  return `${key}|${source.id}|${source.published}|${scope}|${limit}`;
}

/**
 * The existing events the article most likely reports, weighed against the rest of the draft, and its
 * passages that fit none of them (offered as new events).
 */
export function articleSuggestionsAll(draft: Draft, source: SourceFields, limit: number): ArticleSuggestions {
  return suggestions.get(source.text, suggestionKey(draft, source, limit), () => {
    const { base, article } = suggestionInput(draft, source);
    return suggestArticle(base, article, { limit });
  });
}

/** The existing events the article most likely reports, weighed against the rest of the draft. */
export const articleSuggestions = (draft: Draft, source: SourceFields, limit: number): EventSuggestion[] => [
  ...articleSuggestionsAll(draft, source, limit).events,
];

/** Articles up to this long are analysed on the page, at once; longer ones in the worker. */
export const ANALYSE_HERE_CHARS = 5_000;

export type AnalysisQuestion =
  | {
      readonly kind: 'read';
      readonly id: number;
      readonly text: string;
      readonly published: string | null;
      readonly entities: readonly Entity[];
    }
  | {
      readonly kind: 'suggest';
      readonly id: number;
      readonly base: SuggestionBase;
      readonly article: NewArticle;
      readonly limit: number;
    };

export type AnalysisAnswer =
  | { readonly id: number; readonly dates: ResolvedDateExpression[]; readonly mentions: Mention[] }
  | { readonly id: number; readonly suggestions: ArticleSuggestions }
  | { readonly id: number; readonly failed: string };

let worker: Worker | null = null;
let asked = 0;
const waiting = new Map<number, (a: AnalysisAnswer) => void>();

/** Asks the worker; null where no worker can run (the caller works it out here instead). */
function ask(question: AnalysisQuestion): Promise<AnalysisAnswer> | null {
  if (typeof Worker !== 'function') return null;
  if (worker === null) {
    const w = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<AnalysisAnswer>) => {
      waiting.get(e.data.id)?.(e.data);
      waiting.delete(e.data.id);
    };
    // A worker that cannot run: every question is answered here instead.
    w.onerror = () => {
      for (const [id, done] of waiting) done({ id, failed: 'the analysis worker stopped' });
      waiting.clear();
      worker = null;
    };
    worker = w;
  }
  const w = worker;
  return new Promise((resolve) => {
    waiting.set(question.id, resolve);
    w.postMessage(question);
  });
}

/** Re-renders once `work` (started when `ready` is false) has put its answer where the render reads it. */
function useWhenReady(ready: boolean, work: () => Promise<void> | null, deps: readonly unknown[]): void {
  const [, bump] = useState(0);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void work()?.then(() => {
      if (live) bump((n) => n + 1);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, ...deps]);
}

/**
 * The article's dates and mentions: at once for a short article or one analysed before, else null
 * until the worker has answered (a failed worker: worked out here then).
 */
export function useArticleReading(
  text: string,
  published: string | null,
  entities: readonly Entity[],
): { dates: ResolvedDateExpression[]; mentions: Mention[] } | null {
  const here = text.length <= ANALYSE_HERE_CHARS || typeof Worker !== 'function';
  const ready =
    here || (dates.peek(text, published) !== undefined && mentions.peek(text, entities) !== undefined);
  useWhenReady(ready, () => readInWorker(text, published, entities), [text, published, entities]);
  const found = ready ? articleDates(text, published) : null;
  const named = ready ? articleMentions(text, entities) : null;
  // The same object while the answers are the same, so that what is made from it is made once.
  return useMemo(
    () => (found === null || named === null ? null : { dates: found, mentions: named }),
    [found, named],
  );
}

/** Questions on their way, so that two parts asking about one article ask once. */
const reading: {
  text: string;
  published: string | null;
  entities: readonly Entity[];
  done: Promise<void>;
}[] = [];

function readInWorker(
  text: string,
  published: string | null,
  entities: readonly Entity[],
): Promise<void> | null {
  const same = reading.find((r) => r.text === text && r.published === published && r.entities === entities);
  if (same !== undefined) return same.done;
  const answer = ask({ kind: 'read', id: asked++, text, published, entities });
  if (answer === null) return null;
  const done = answer.then((a) => {
    reading.splice(
      reading.findIndex((r) => r.done === done),
      1,
    );
    if ('dates' in a) {
      dates.put(text, published, a.dates);
      mentions.put(text, entities, a.mentions);
    } else {
      articleDates(text, published);
      articleMentions(text, entities);
    }
  });
  reading.push({ text, published, entities, done });
  return done;
}

const NONE: ArticleSuggestions = { events: [], fresh: [] };

/** The suggested events while `open`: as `articleSuggestions`, from the worker for a long article. */
export function useArticleSuggestions(
  draft: Draft,
  source: SourceFields,
  limit: number,
  open: boolean,
): ArticleSuggestions | null {
  const here = source.text.length <= ANALYSE_HERE_CHARS || typeof Worker !== 'function';
  const key = suggestionKey(draft, source, limit);
  const ready = !open || here || suggestions.peek(source.text, key) !== undefined;
  useWhenReady(
    ready,
    () =>
      ask({ kind: 'suggest', id: asked++, ...suggestionInput(draft, source), limit })?.then((a) => {
        if ('suggestions' in a) suggestions.put(source.text, key, a.suggestions);
        else articleSuggestions(draft, source, limit);
      }) ?? null,
    [key, source.text],
  );
  if (!open) return NONE;
  return ready ? articleSuggestionsAll(draft, source, limit) : null;
}
