/**
 * What the English renderings of a dataset's quotes cost a newcomer in the workbench, counted as a
 * script counts it: the keys pressed (characters, Tab to complete a name, Ctrl+Enter to move on) and
 * the clicks, beside the same renderings typed in full into plain fields (a spreadsheet's cells, one
 * click each).
 *
 * The newcomer renders event by event, in date order, each event's quotes in the order shown, with the
 * dataset's people already named in English (the glossary). For each event:
 * - "Fill N renderings from the same words…" (one click) fills every quote whose Arabic another
 *   article's quote already renders (`twinFills`); each filled one is then read, corrected where it
 *   differs from the rendering wanted (the keys an edit takes: characters typed or deleted, Levenshtein)
 *   and marked as checked (one click);
 * - every other quote is typed word by word: a name the glossary renders, or a longer word the renderings
 *   already written use (`renderedWords`), completed after the fewest letters that make it the first
 *   completion offered, then Tab;
 * - the event's first quote is reached with a click, each next one with Ctrl+Enter.
 *
 * `npx tsx scripts/rendering-cost.ts [data-dir]` prints the counts (the bundled corpus by default).
 */
import { resolve } from 'node:path';
import { assembleDataset } from '../src/data';
import { readDatasetFiles } from '../src/cli/files';
import {
  applyCommand,
  completions,
  glossaryOf,
  renderedWords,
  renderingKey,
  termsIn,
  twinFills,
  wordCompletions,
  type Draft,
  type GlossaryTerm,
  type QuoteRef,
} from '../src/author';
import type { Dataset } from '../src/domain';

/** The keys an edit from `a` to `b` takes: each character typed, deleted or replaced is one key. */
function editKeys(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * Keys to type `en` (Tab included) with the completions the rendering field offers: the glossary's
 * names (from two letters) and the renderings' longer words (from three), first offered taken by Tab;
 * how many names and words were completed.
 */
function typed(
  en: string,
  terms: readonly GlossaryTerm[],
  glossary: readonly GlossaryTerm[],
  words: readonly string[],
): { keys: number; names: number; words: number } {
  let keys = 0;
  let names = 0;
  let done = 0;
  const offered = [...terms, ...glossary];
  const first = (typedSoFar: string): string | undefined =>
    completions(typedSoFar, offered)[0]?.en ?? wordCompletions(typedSoFar, words)[0];
  let i = 0;
  while (i < en.length) {
    // A name the quote uses, where it begins here: typed up to the point where it is offered.
    const name = terms.find((t) => en.startsWith(t.en, i));
    const word = /^[\p{L}][\p{L}'’-]*/u.exec(en.slice(i))?.[0] ?? '';
    const target = name?.en ?? word;
    let k = 2;
    while (k < target.length - 1 && first(target.slice(0, k)) !== target) k++;
    if (target.length > 3 && k < target.length - 1) {
      keys += k + 1;
      if (name !== undefined) names++;
      else done++;
      i += target.length;
    } else {
      keys += Math.max(word.length, 1);
      i += Math.max(word.length, 1);
    }
  }
  return { keys, names, words: done };
}

export interface RenderingCost {
  readonly quotes: number;
  readonly characters: number;
  readonly plain: { readonly keys: number; readonly clicks: number };
  readonly workbench: { readonly keys: number; readonly clicks: number };
  /** The same without the one-step fill and Ctrl+Enter: each twin taken by its own click, each field clicked. */
  readonly oneByOne: { readonly keys: number; readonly clicks: number };
  readonly filled: number;
  readonly filledAsWanted: number;
  readonly namesCompleted: number;
  readonly wordsCompleted: number;
}

/** The cost of rendering every quote of `dataset` as the module's comment describes. */
export function renderingCost(dataset: Dataset, { words = true } = {}): RenderingCost {
  const wanted = new Map<string, string>();
  // The draft as the newcomer finds it: every quote, no rendering yet.
  let d: Draft = {
    ...dataset,
    events: dataset.events.map((e) => ({
      ...e,
      accounts: e.accounts.map((a) => ({
        ...a,
        quotes: a.quotes.map((q) => {
          wanted.set(renderingKey({ event: e.id, source: a.source, start: q.start, end: q.end }), q.en);
          return { ...q, en: '' };
        }),
      })),
    })),
  };
  const glossary = glossaryOf(d);
  let characters = 0;
  let plainKeys = 0;
  let keys = 0;
  let clicks = 0;
  let moves = 0;
  let fillClicks = 0;
  let filled = 0;
  let filledAsWanted = 0;
  let namesCompleted = 0;
  let wordsCompleted = 0;
  const order = [...d.events].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  const set = (ref: QuoteRef, en: string): void => {
    d = applyCommand(d, { type: 'set-quote-english', quote: ref, en });
    d = applyCommand(d, { type: 'mark-rendering', quote: ref, draft: false });
  };
  for (const { id } of order) {
    const fills = twinFills(d, id);
    if (fills !== null) {
      clicks++;
      fillClicks++;
      d = applyCommand(d, fills.command);
    }
    const event = d.events.find((e) => e.id === id);
    let first = true;
    for (const a of event?.accounts ?? [])
      for (const q of a.quotes) {
        const ref: QuoteRef = { event: id, source: a.source, start: q.start, end: q.end };
        const en = wanted.get(renderingKey(ref)) ?? '';
        characters += en.length;
        plainKeys += en.length;
        // Reaching the field: a click for the event's first, Ctrl+Enter from the one before.
        if (first) clicks++;
        else {
          keys++;
          moves++;
        }
        first = false;
        if (q.en !== '') {
          filled++;
          if (q.en === en) filledAsWanted++;
          keys += editKeys(q.en, en);
          // Read against its Arabic, then marked as checked.
          clicks++;
        } else {
          const t = typed(en, termsIn(q.text, glossary), glossary, words ? renderedWords(d) : []);
          keys += t.keys;
          namesCompleted += t.names;
          wordsCompleted += t.words;
        }
        set(ref, en);
      }
  }
  const quotes = wanted.size;
  return {
    quotes,
    characters,
    plain: { keys: plainKeys, clicks: quotes },
    workbench: { keys, clicks },
    oneByOne: { keys: keys - moves, clicks: clicks - fillClicks + moves + filled },
    filled,
    filledAsWanted,
    namesCompleted,
    wordsCompleted,
  };
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const dir = resolve(process.argv[2] ?? 'data');
  const { files, problems } = readDatasetFiles(dir);
  const result = problems.length > 0 ? { ok: false as const, problems } : assembleDataset(files);
  if (!result.ok) {
    console.error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    process.exit(1);
  }
  const c = renderingCost(result.dataset);
  const before = renderingCost(result.dataset, { words: false }).oneByOne;
  const pct = (n: number): string => `${Math.round((100 * n) / Math.max(c.plain.keys, 1))} %`;
  console.log(`${c.quotes} quotes, ${c.characters} characters of English`);
  console.log(`typed in full into plain fields: ${c.plain.keys} keys, ${c.plain.clicks} clicks`);
  console.log(
    `names completed, each twin taken by its own click, each field clicked: ${before.keys} keys (${pct(before.keys)}), ${before.clicks} clicks`,
  );
  console.log(
    `with words completed, twins filled in one step, Ctrl+Enter: ${c.workbench.keys} keys (${pct(c.workbench.keys)}), ${c.workbench.clicks} clicks`,
  );
  console.log(
    `  ${c.filled} filled from shared copy (${c.filledAsWanted} already as wanted), ${c.namesCompleted} names and ${c.wordsCompleted} words completed`,
  );
}
