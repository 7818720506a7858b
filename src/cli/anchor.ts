/**
 * Authoring aid: fills in the offsets of quotes, credits and provenance anchors from their `text`.
 *
 *   npm run data:anchor            rewrite data/events.json and data/sources.json in place
 *
 * A span whose `text` already equals its slice is left alone. Otherwise the text is looked up in the
 * article: one occurrence sets the offsets; several choose the one nearest the old `start` (so a hint
 * can disambiguate); none is reported and left for the checker to flag. The app never does this: it
 * trusts the offsets, which `npm run data:check` proves.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Anchorable {
  start?: number;
  end?: number;
  text?: unknown;
}

export interface AnchorResult {
  readonly changed: number;
  readonly problems: readonly string[];
}

/** Finds every index of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Sets `start`/`end` on `span` from its `text`; returns a problem or null. */
export function anchorSpan(article: string, span: Anchorable, where: string): string | null | 'changed' {
  if (typeof span.text !== 'string') return `${where}: no text to anchor`;
  const text = span.text.normalize('NFC');
  if (typeof span.start === 'number' && article.slice(span.start, span.end) === text) return null;
  const hits = occurrences(article, text);
  if (hits.length === 0)
    return `${where}: text not found in the article: ${JSON.stringify(text.slice(0, 40))}`;
  const hint = typeof span.start === 'number' ? span.start : 0;
  const best = hits.reduce((a, b) => (Math.abs(b - hint) < Math.abs(a - hint) ? b : a));
  if (hits.length > 1 && typeof span.start !== 'number') {
    return `${where}: text occurs ${hits.length} times; give a start near the one meant`;
  }
  span.start = best;
  span.end = best + text.length;
  return 'changed';
}

function main(): void {
  const dir = process.argv[2] ?? 'data';
  const sourcesPath = join(dir, 'sources.json');
  const eventsPath = join(dir, 'events.json');
  const sources = JSON.parse(readFileSync(sourcesPath, 'utf8')) as {
    id: string;
    file: string;
    credits?: Anchorable[];
    restsOn?: { anchor?: Anchorable }[];
  }[];
  const events = JSON.parse(readFileSync(eventsPath, 'utf8')) as {
    id: string;
    accounts?: { source: string; quotes?: (Anchorable & { restsOn?: { anchor?: Anchorable }[] })[] }[];
  }[];
  const texts = new Map(sources.map((s) => [s.id, readFileSync(join(dir, s.file), 'utf8')]));
  let changed = 0;
  const problems: string[] = [];
  const visit = (article: string | undefined, span: Anchorable, where: string): void => {
    if (article === undefined) return void problems.push(`${where}: unknown source`);
    const r = anchorSpan(article, span, where);
    if (r === 'changed') changed++;
    else if (r !== null) problems.push(r);
  };
  const visitAnchors = (article: string | undefined, list: { anchor?: Anchorable }[], where: string): void =>
    list.forEach((p, m) => {
      if (p.anchor !== undefined) visit(article, p.anchor, `${where}.restsOn[${m}].anchor`);
    });
  sources.forEach((s, i) => {
    (s.credits ?? []).forEach((c, j) => visit(texts.get(s.id), c, `sources[${i}].credits[${j}]`));
    visitAnchors(texts.get(s.id), s.restsOn ?? [], `sources[${i}]`);
  });
  events.forEach((e, i) =>
    (e.accounts ?? []).forEach((a, j) =>
      (a.quotes ?? []).forEach((q, k) => {
        const where = `events[${i}](${e.id}).accounts[${j}].quotes[${k}]`;
        visit(texts.get(a.source), q, where);
        visitAnchors(texts.get(a.source), q.restsOn ?? [], where);
      }),
    ),
  );
  writeFileSync(sourcesPath, JSON.stringify(sources, null, 2) + '\n');
  writeFileSync(eventsPath, JSON.stringify(events, null, 2) + '\n');
  console.log(`anchored ${changed} span(s)`);
  for (const p of problems) console.error(p);
  if (problems.length > 0) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
