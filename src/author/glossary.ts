/**
 * The dataset's own renderings, offered while a quote is rendered in English: how each entity's
 * spellings are rendered (its English name), and the renderings already written for the same words
 * in another article (wire copy two outlets share). Pure: the view asks, the author chooses.
 */
import type { TimelineEvent } from '../domain';
import { normalizeForMatch, PROCLITICS, similarity, tokenize } from '../domain';
import { renderingKey, type Draft } from './draft';
import type { Command, QuoteRef } from './commands';

export interface GlossaryTerm {
  /** The Arabic spelling, as the dataset writes it. */
  readonly ar: string;
  readonly en: string;
}

export interface SameWords {
  readonly quote: QuoteRef;
  readonly en: string;
  /** How alike the two Arabic passages are (0–1, 1 for the same words after folding). */
  readonly score: number;
}

/** A quote's place, text and rendering, for every quote of the draft. */
export interface QuoteEntry {
  readonly ref: QuoteRef;
  readonly text: string;
  readonly en: string;
}

export function quotesOf(events: readonly TimelineEvent[]): QuoteEntry[] {
  return events.flatMap((e) =>
    e.accounts.flatMap((a) =>
      a.quotes.map((q) => ({
        ref: { event: e.id, source: a.source, start: q.start, end: q.end },
        text: q.text,
        en: q.en,
      })),
    ),
  );
}

/** Every spelling of every entity with an English name, longest first (so a full name wins over a part). */
export function glossaryOf(d: Draft): GlossaryTerm[] {
  const terms = new Map<string, GlossaryTerm>();
  for (const e of d.entities) {
    if (e.name.en.trim() === '') continue;
    for (const ar of [e.name.ar, ...e.aliases]) {
      const key = normalizeForMatch(ar.trim());
      if (key !== '' && !terms.has(key)) terms.set(key, { ar, en: e.name.en });
    }
  }
  return [...terms.values()].sort((a, b) => b.ar.length - a.ar.length);
}

/** The glossary's terms that `arabic` uses (as whole words, after folding), one per English rendering. */
export function termsIn(arabic: string, glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  const words = tokenize(arabic).map((w) => w.key);
  const text = ` ${words.join(' ')} `;
  const seen = new Set<string>();
  const out: GlossaryTerm[] = [];
  for (const term of glossary) {
    const key = tokenize(term.ar)
      .map((w) => w.key)
      .join(' ');
    if (key === '' || seen.has(term.en)) continue;
    // The word itself or with a one-letter proclitic (و، ب، ل، ف، ك).
    const found = text.includes(` ${key} `) || new RegExp(` [${PROCLITICS}]${escape(key)} `).test(text);
    if (found) {
      seen.add(term.en);
      out.push(term);
    }
  }
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The word being typed just before `caret`: its start, and the letters so far. */
export function wordBefore(text: string, caret: number): { readonly from: number; readonly typed: string } {
  let from = caret;
  while (from > 0 && /[\p{L}\p{N}'’-]/u.test(text[from - 1] ?? '')) from--;
  return { from, typed: text.slice(from, caret) };
}

/**
 * The terms whose English (or one of its words) begins with what is typed, at least two letters,
 * ignoring case; a term already typed in full is not offered again.
 */
export function completions(typed: string, terms: readonly GlossaryTerm[], limit = 6): GlossaryTerm[] {
  if (typed.length < 2) return [];
  const t = typed.toLowerCase();
  const seen = new Set<string>();
  return terms
    .filter((term) => {
      const en = term.en.toLowerCase();
      if (seen.has(en) || en === t) return false;
      const hit = en.startsWith(t) || en.split(/\s+/).some((w) => w.startsWith(t));
      if (hit) seen.add(en);
      return hit;
    })
    .slice(0, limit);
}

/**
 * The words of the draft's checked renderings (drafts left out), six letters or more, most used first
 * (then first seen): a translator's own vocabulary, offered to finish a word being typed.
 */
export function renderedWords(d: Draft): string[] {
  const drafts = new Set(d.renderingDrafts ?? []);
  const counts = new Map<string, number>();
  for (const q of quotesOf(d.events)) {
    if (drafts.has(renderingKey(q.ref))) continue;
    for (const w of q.en.match(/[\p{L}][\p{L}'’-]{5,}/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
}

/**
 * The words of `words` that finish what is typed (from its third letter, ignoring case), as the
 * typed letters followed by the rest of the word, so the case typed is kept; nothing when what is
 * typed is itself one of the words ("Russian" is not made "Russians" by a Tab meant to leave the field).
 */
export function wordCompletions(typed: string, words: readonly string[], limit = 3): string[] {
  if (typed.length < 3) return [];
  const t = typed.toLowerCase();
  if (words.some((w) => w.toLowerCase() === t)) return [];
  const out: string[] = [];
  for (const w of words) {
    if (w.length <= typed.length || !w.toLowerCase().startsWith(t)) continue;
    const done = typed + w.slice(typed.length);
    if (!out.includes(done)) out.push(done);
    if (out.length === limit) break;
  }
  return out;
}

/** `text` with the word from `from` to `caret` replaced by `word`; where the caret lands after it. */
export function complete(
  text: string,
  from: number,
  caret: number,
  word: string,
): { readonly text: string; readonly caret: number } {
  return { text: text.slice(0, from) + word + text.slice(caret), caret: from + word.length };
}

/**
 * Renderings already written for the same words elsewhere in the draft: quotes of other articles (or
 * events) whose Arabic is alike (the shared-copy measure, from 0.6), best first.
 */
export function sameWords(d: Draft, ref: QuoteRef, text: string, min = 0.6): SameWords[] {
  const words = tokenize(text).map((w) => w.key);
  if (words.length === 0) return [];
  const self = renderingKey(ref);
  const drafts = new Set(d.renderingDrafts ?? []);
  const out: SameWords[] = [];
  const seen = new Set<string>();
  for (const q of quotesOf(d.events)) {
    if (q.en.trim() === '' || renderingKey(q.ref) === self || drafts.has(renderingKey(q.ref))) continue;
    const other = tokenize(q.text).map((w) => w.key);
    const score = other.join(' ') === words.join(' ') ? 1 : similarity(words, other).score;
    if (score < min || seen.has(q.en)) continue;
    seen.add(q.en);
    out.push({ quote: q.ref, en: q.en, score });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, 3);
}

/**
 * Every empty rendering (of one event, or of the whole draft) whose words another article's quote
 * already renders (shared wire copy): one batch that gives each the best such rendering and marks it a
 * draft, so the checker lists it until someone reads it against its own Arabic; null when there are
 * none. Only checked renderings are copied (`sameWords` skips drafts), so a guess never begets a guess.
 */
export function twinFills(
  d: Draft,
  event?: string,
): { readonly count: number; readonly command: Command } | null {
  const commands: Command[] = [];
  for (const q of quotesOf(d.events)) {
    if (q.en.trim() !== '' || (event !== undefined && q.ref.event !== event)) continue;
    const best = sameWords(d, q.ref, q.text)[0];
    if (best === undefined) continue;
    commands.push(
      { type: 'set-quote-english', quote: q.ref, en: best.en },
      { type: 'mark-rendering', quote: q.ref, draft: true },
    );
  }
  return commands.length === 0 ? null : { count: commands.length / 2, command: { type: 'batch', commands } };
}

/** The quotes whose rendering is marked as a draft, or still empty: what is left to render. */
export function renderingsToCheck(d: Draft): { readonly drafts: QuoteEntry[]; readonly empty: QuoteEntry[] } {
  const marked = new Set(d.renderingDrafts ?? []);
  const all = quotesOf(d.events);
  return {
    drafts: all.filter((q) => marked.has(renderingKey(q.ref))),
    empty: all.filter((q) => q.en.trim() === ''),
  };
}
