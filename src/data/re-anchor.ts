/**
 * Re-anchoring the authoring files against the current article texts: every span of the dataset
 * (quotes, credits, headlines, provenance anchors, out-of-scope parts) is placed again with
 * `placeSpan` (the same words as written or folded, weighed by their stored context; then
 * approximate), and its offsets, text and context rewritten. Out-of-scope parts are placed first, and
 * no other span is placed in one unless it stood in one before.
 * A span that cannot be placed keeps its old value and is listed; none is ever dropped. Works on the
 * files as parsed JSON (before the schema), so it can repair what the checker would refuse. The
 * briefings' quote references (a quote named by its offsets) follow their quotes.
 */
import { placeSpan, spanContext } from '../domain';

/** One span found in the files. */
interface Site {
  /** JSON path, `$.events[3].accounts[0].quotes[1]`. */
  readonly path: string;
  /** The source whose article holds it. */
  readonly source: string;
  readonly span: Record<string, unknown>;
  /** Out-of-scope parts cover whole lines. */
  readonly lines: boolean;
  /** For a quote: the event it belongs to (briefings name quotes by event, source and offsets). */
  readonly event?: string;
}

export interface MovedSpan {
  readonly path: string;
  readonly from: { readonly start: number | null; readonly end: number | null };
  readonly to: { readonly start: number; readonly end: number };
  readonly score: number;
  readonly how: 'exact' | 'approximate';
  /** Whether its words changed (approximate matches take the new article's words). */
  readonly textChanged: boolean;
}

export interface UnplacedSpan {
  readonly path: string;
  readonly text: string;
  readonly reason: string;
}

export interface ReAnchorReport {
  /** Spans whose offsets or text changed. */
  readonly moved: readonly MovedSpan[];
  /** Spans that could not be placed: left as they were. */
  readonly unplaced: readonly UnplacedSpan[];
  /** Spans that had no words stored (headlines, out-of-scope parts) and took them from their offsets. */
  readonly captured: readonly string[];
  /** How many spans were visited. */
  readonly total: number;
  /** The briefings' quote references moved with their quotes, by JSON path. */
  readonly references: readonly string[];
}

const refKey = (event: string, source: string, start: number, end: number): string =>
  `${event}\u0000${source}\u0000${start}\u0000${end}`;

/** Moves each briefing quote reference whose quote moved to that quote's new offsets. */
function followQuotes(
  briefings: unknown,
  moves: ReadonlyMap<string, { start: number; end: number }>,
): string[] {
  const moved: string[] = [];
  list(briefings).forEach((b, i) => {
    if (!isObject(b)) return;
    list(b.items).forEach((item, j) => {
      if (!isObject(item) || typeof item.event !== 'string') return;
      const event = item.event;
      list(item.quotes).forEach((q, k) => {
        if (!isObject(q) || typeof q.source !== 'string') return;
        const start = num(q.start);
        const end = num(q.end);
        const to =
          start === null || end === null ? undefined : moves.get(refKey(event, q.source, start, end));
        if (to === undefined) return;
        q.start = to.start;
        q.end = to.end;
        moved.push(`$.briefings[${i}].items[${j}].quotes[${k}]`);
      });
    });
  });
  return moved;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Every span of the authoring files, with the source whose article holds it. */
function sites(sources: unknown, events: unknown): Site[] {
  const out: Site[] = [];
  const anchors = (source: string, entries: unknown, path: string): void =>
    list(entries).forEach((p, m) => {
      if (isObject(p) && isObject(p.anchor))
        out.push({ path: `${path}.restsOn[${m}].anchor`, source, span: p.anchor, lines: false });
    });
  list(sources).forEach((s, i) => {
    if (!isObject(s) || typeof s.id !== 'string') return;
    const id = s.id;
    const p = `$.sources[${i}]`;
    if (isObject(s.headline)) out.push({ path: `${p}.headline`, source: id, span: s.headline, lines: false });
    list(s.credits).forEach((c, j) => {
      if (isObject(c)) out.push({ path: `${p}.credits[${j}]`, source: id, span: c, lines: false });
    });
    list(s.outOfScope).forEach((o, j) => {
      if (isObject(o)) out.push({ path: `${p}.outOfScope[${j}]`, source: id, span: o, lines: true });
    });
    anchors(id, s.restsOn, p);
  });
  list(events).forEach((e, i) => {
    if (!isObject(e)) return;
    const event = typeof e.id === 'string' ? e.id : '';
    list(e.accounts).forEach((a, j) => {
      if (!isObject(a) || typeof a.source !== 'string') return;
      const source = a.source;
      list(a.quotes).forEach((q, k) => {
        if (!isObject(q)) return;
        const p = `$.events[${i}].accounts[${j}].quotes[${k}]`;
        out.push({ path: p, source, span: q, lines: false, event });
        anchors(source, q.restsOn, p);
      });
    });
  });
  return out;
}

/** Widens [start, end) to whole lines when only white space lies between it and the line's edges. */
function toLines(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && text[s - 1] !== '\n' && /\s/u.test(text[s - 1] ?? '')) s--;
  let e = end;
  while (e < text.length && text[e] !== '\n' && /\s/u.test(text[e] ?? '')) e++;
  return { start: s, end: e };
}

/**
 * Writes offsets, text and context into `span`, keeping its other fields and the order of its keys
 * (a new `text` goes after `end`, a new context after `text`), so the files' diffs stay small.
 */
function rewrite(span: Record<string, unknown>, article: string, start: number, end: number): void {
  const values: Record<string, unknown> = {
    start,
    end,
    text: article.slice(start, end),
    ...spanContext(article, start, end),
  };
  const keys = Object.keys(span);
  for (const [key, after] of [
    ['start', null],
    ['end', 'start'],
    ['text', 'end'],
    ['prefix', 'text'],
    ['suffix', 'prefix'],
  ] as const) {
    if (keys.includes(key)) continue;
    const at = after === null ? -1 : keys.indexOf(after);
    keys.splice(at + 1, 0, key);
  }
  const entries = keys.map((k) => [k, k in values ? values[k] : span[k]] as const);
  for (const k of Object.keys(span)) Reflect.deleteProperty(span, k);
  for (const [k, v] of entries) span[k] = v;
}

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1 && needle !== ''; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Places every span of the authoring files (`sources`, `events`, parsed JSON, changed in place)
 * against `articles` (article text by source id, NFC). Spans without stored words (an old headline or
 * out-of-scope part) take them, with their context, from their offsets if those lie in the article.
 */
export function reAnchorFiles(
  sources: unknown,
  events: unknown,
  articles: ReadonlyMap<string, string>,
  options: { readonly threshold?: number; readonly briefings?: unknown } = {},
): ReAnchorReport {
  const quoteMoves = new Map<string, { start: number; end: number }>();
  const moved: MovedSpan[] = [];
  const unplaced: UnplacedSpan[] = [];
  const captured: string[] = [];
  const all = sites(sources, events);
  // Out-of-scope parts are placed first: the other spans must keep out of them (a footer that repeats
  // the headline, a list of other stories) unless they stood inside one before.
  const oldParts = new Map<string, { start: number; end: number }[]>();
  for (const site of all) {
    const start = num(site.span.start);
    const end = num(site.span.end);
    if (site.lines && start !== null && end !== null)
      oldParts.set(site.source, [...(oldParts.get(site.source) ?? []), { start, end }]);
  }
  const newParts = new Map<string, { start: number; end: number }[]>();
  const ordered = [...all.filter((s) => s.lines), ...all.filter((s) => !s.lines)];
  for (const site of ordered) {
    const article = articles.get(site.source);
    const span = site.span;
    const oldStart = num(span.start);
    const oldEnd = num(span.end);
    const text = str(span.text);
    if (article === undefined) {
      unplaced.push({ path: site.path, text: text ?? '', reason: `no article for source "${site.source}"` });
      continue;
    }
    if (text === undefined || text === '') {
      if (oldStart !== null && oldEnd !== null && oldStart < oldEnd && oldEnd <= article.length) {
        rewrite(span, article, oldStart, oldEnd);
        captured.push(site.path);
      } else
        unplaced.push({
          path: site.path,
          text: '',
          reason: 'no text, and its offsets are not in the article',
        });
      continue;
    }
    const prefix = str(span.prefix);
    const suffix = str(span.suffix);
    if (oldStart === null && prefix === undefined && suffix === undefined) {
      const n = occurrences(article, text.normalize('NFC'));
      if (n > 1) {
        unplaced.push({
          path: site.path,
          text,
          reason: `occurs ${n} times; give a start near the one meant`,
        });
        continue;
      }
    }
    const wasOut =
      oldStart !== null &&
      oldEnd !== null &&
      (oldParts.get(site.source) ?? []).some((o) => o.start < oldEnd && oldStart < o.end);
    const avoid = site.lines || wasOut ? [] : (newParts.get(site.source) ?? []);
    const toPlace = {
      text,
      ...(prefix === undefined ? {} : { prefix }),
      ...(suffix === undefined ? {} : { suffix }),
      ...(oldStart === null ? {} : { start: oldStart }),
    };
    const threshold = options.threshold === undefined ? {} : { threshold: options.threshold };
    const placed = placeSpan(article, toPlace, { ...threshold, avoid });
    if (placed === null) {
      const outside = avoid.length > 0 && placeSpan(article, toPlace, threshold) !== null;
      unplaced.push({
        path: site.path,
        text,
        reason: outside
          ? 'found only inside an out-of-scope part of the article'
          : 'not found in the article, even approximately',
      });
      continue;
    }
    const { start, end } =
      site.lines && placed.how === 'approximate' ? toLines(article, placed.start, placed.end) : placed;
    if (site.lines) newParts.set(site.source, [...(newParts.get(site.source) ?? []), { start, end }]);
    rewrite(span, article, start, end);
    if (site.event !== undefined && oldStart !== null && oldEnd !== null)
      quoteMoves.set(refKey(site.event, site.source, oldStart, oldEnd), { start, end });
    if (start !== oldStart || end !== oldEnd || span.text !== text)
      moved.push({
        path: site.path,
        from: { start: oldStart, end: oldEnd },
        to: { start, end },
        score: placed.score,
        how: placed.how,
        textChanged: span.text !== text,
      });
  }
  const references = followQuotes(options.briefings, quoteMoves);
  return { moved, unplaced, captured, total: all.length, references };
}
