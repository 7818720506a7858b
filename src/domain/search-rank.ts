/**
 * The order of search results, best first. An event is ranked by where the query's words are found:
 *   1. the query as a phrase in a title (either language);
 *   2. every word of the query in a title;
 *   3. dated as the query says ("June 2024", «حزيران 2024»);
 *   4. some of its words in a title, the rarer words among the titles weighing more (in "phone call",
 *      "call" names eight events' titles, "phone" one: the one with "phone" comes first);
 *   5. the words in its summary or its claims;
 *   6. elsewhere only (quotes, translations, actors' names).
 * Events of the same rank keep the order they were given in (time order, in the app). Words are
 * compared folded (`normalizeForMatch`), so «هاتفيًا» holds «هاتفي».
 */
import { normalizeForMatch } from './arabic';
import type { TimelineEvent } from './types';

/** What ranking needs of a match: the event, its folded titles and whether the query names its date. */
export interface RankInput {
  readonly event: TimelineEvent;
  readonly dated: boolean;
}

const has = (text: string, alternatives: readonly string[]): boolean =>
  alternatives.some((a) => a !== '' && text.includes(a));

/** The folded texts of an event's titles and of its summary and claims, each language apart. */
function texts(event: TimelineEvent): { titles: string[]; about: string[] } {
  return {
    titles: [event.title.ar, event.title.en].map(normalizeForMatch),
    about: [event.summary.ar, event.summary.en, ...event.claims.flatMap((c) => [c.text.ar, c.text.en])].map(
      normalizeForMatch,
    ),
  };
}

/**
 * The matches in order, best first (see the module's comment). `terms` are the query's words, each with
 * its alternative spellings (`queryTerms`); `phrase` the whole query folded, its words one space apart.
 */
export function rankMatches<T extends RankInput>(
  matches: readonly T[],
  terms: readonly (readonly string[])[],
  phrase: string,
): T[] {
  const folded = matches.map((m) => texts(m.event));
  // How many of the matches' titles hold each word: the fewer, the more a title with it says.
  const inTitles = terms.map((alts) => folded.filter((f) => f.titles.some((t) => has(t, alts))).length);
  const weight = inTitles.map((n) => Math.log((matches.length + 1) / Math.max(n, 1)));
  const scored = matches.map((m, i) => {
    const { titles, about } = folded[i] as { titles: string[]; about: string[] };
    const inTitle = terms.map((alts) => titles.some((t) => has(t, alts)));
    const titled = inTitle.reduce((sum, hit, k) => sum + (hit ? (weight[k] ?? 0) : 0), 0);
    const rank =
      phrase !== '' && titles.some((t) => t.includes(phrase))
        ? 0
        : inTitle.every(Boolean)
          ? 1
          : m.dated
            ? 2
            : inTitle.some(Boolean)
              ? 3
              : terms.every((alts) => [...titles, ...about].some((t) => has(t, alts)))
                ? 4
                : 5;
    return { m, rank, titled, at: i };
  });
  scored.sort((a, b) => a.rank - b.rank || b.titled - a.titled || a.at - b.at);
  return scored.map((s) => s.m);
}
