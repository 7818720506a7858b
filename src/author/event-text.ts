/**
 * An event's title and summary drafted from one of its quotes, for the author to cut down and correct:
 * the Arabic from the quote's own words, the English from its rendering (left empty when it has none,
 * never translated here). A summary is the dataset's own voice, so a claim keeps the attribution its
 * sentence carries (its speaker, or "according to …") and a sentence with none is attributed to the
 * outlet. A title is one clause, cut where a clause ends, never inside a word.
 */
import {
  draftName,
  normalizeForMatch,
  tabName,
  stripProclitic,
  type Bilingual,
  type Lang,
  type Quote,
  type TimelineEvent,
} from '../domain';
import { AR_DAYS } from '../domain/date-calendar';
import type { EventFields } from './commands';
import type { Draft } from './draft';

/** A headline's length at most, in characters: a clause, not a paragraph. */
export const TITLE_MAX = 80;
/** A clause shorter than this is no title on its own (it would be "Hong Kong's leader said"). */
const TITLE_MIN = 16;
/** A speaker named in a title at most; a longer one («تحديث رسمي أصدرته إدارة …») gives way to the outlet. */
const SPEAKER_MAX = 40;
/** A summary's length at most: the quote's first sentence, cut at a clause when longer. */
export const SUMMARY_MAX = 300;

/** Why this quote was the one drafted from. */
export type DraftReason = 'shared' | 'earliest' | 'first';

export interface EventTextDraft {
  readonly source: string;
  readonly quote: Pick<Quote, 'start' | 'end'>;
  readonly why: DraftReason;
  /** How many of the event's sources tell it in words this quote shares (itself included). */
  readonly sharedBy: number;
  readonly sources: number;
  /** False when the quote has no English rendering yet: the English stays empty. */
  readonly rendered: boolean;
  readonly title: Bilingual;
  readonly summary: Bilingual;
}

// ---- words ---------------------------------------------------------------------------------------

const fold = (w: string): string => normalizeForMatch(w).replace(/[^\p{L}\p{N}]/gu, '');
const foldAll = (ws: readonly string[]): ReadonlySet<string> => new Set(ws.map(fold));

/** Verbs that open a reported statement: "said", "stated", "announced", "added", … */
const AR_SAID = foldAll([
  'قال',
  'قالت',
  'ذكر',
  'ذكرت',
  'أعلن',
  'أعلنت',
  'أكد',
  'أكدت',
  'أفاد',
  'أفادت',
  'أضاف',
  'أضافت',
  'صرح',
  'صرحت',
  'أوضح',
  'أوضحت',
  'أشار',
  'أشارت',
  'نقل',
  'نقلت',
  'كشف',
  'كشفت',
  'شدد',
  'شددت',
  'حذر',
  'حذرت',
]);
/** Short words a sentence opens with after «و»: «ولا», «وفي», «ولم», «وكانت», … */
const AR_OPENERS = foldAll([
  'لا',
  'في',
  'لم',
  'لن',
  'قد',
  'كان',
  'كانت',
  'كانوا',
  'كما',
  'جاء',
  'جاءت',
  'بدا',
]);
/** "According to …", "citing …". */
const AR_ACCORDING = foldAll(['وفق', 'وفقا', 'بحسب', 'حسب', 'حسبما', 'نقلا']);
/** The particles after which a reported statement's content begins («قال … إن …»). */
const AR_THAT = foldAll(['إن', 'أن', 'إنه', 'أنه', 'إنها', 'أنها', 'إنهم', 'أنهم', 'بأن', 'بأنه', 'بأنها']);
/** When it was said, not who said it: words a speaker does not end on («قالت موسكو الأسبوع الماضي إن …»). */
const AR_WHEN = foldAll([
  'أمس',
  'اليوم',
  'الأسبوع',
  'الماضي',
  'الماضية',
  'مطلع',
  'الجاري',
  'صباح',
  'مساء',
  ...AR_DAYS,
]);
/** Words that open a clause of their own: a title ends before them. */
const AR_CLAUSE = foldAll([
  'فيما',
  'بينما',
  'حيث',
  'وسط',
  'إثر',
  'جراء',
  'عندما',
  'لكن',
  'ولكن',
  'مؤكدا',
  'مضيفا',
  'مشيرا',
  'الذي',
  'التي',
  'الذين',
  'وفق',
  'وفقا',
  'بحسب',
  'حسبما',
  'نقلا',
]);
/** Words a title does not end on: prepositions waiting for their noun. */
const DANGLING = new Set([
  ...foldAll(['في', 'على', 'من', 'إلى', 'عن', 'مع']),
  'in',
  'on',
  'at',
  'of',
  'to',
  'with',
  'the',
  'a',
]);
const AR_CLAUSE_PAIRS = new Set(['بعد ان', 'قبل ان', 'في حين', 'في وقت', 'من اجل']);
const EN_SAID = /^(?:said|says|told(?: [\p{L}-]+){0,2}|announced|reported|stated|added|confirmed|noted)$/u;
const EN_MARK =
  /\b(?:said|says|told|according to|reported|announced|stated|added|confirmed|cited|citing)\b/iu;
const EN_CLAUSE = new Set([
  'while',
  'as',
  'after',
  'amid',
  'following',
  'where',
  'which',
  'who',
  'when',
  'but',
  'whereas',
  'because',
  'according',
]);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(/\S+/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** «وقال» → «قال», «ووقف» → «وقف»: the conjunction a sentence of the article opened with. */
export function withoutAnd(sentence: string): string {
  const [first] = words(sentence);
  if (first === undefined || !first.text.startsWith('و')) return sentence;
  const rest = first.text.slice(1);
  const folded = fold(rest);
  const conj =
    AR_OPENERS.has(folded) ||
    (rest.length >= 3 &&
      (rest.startsWith('و') ||
        AR_SAID.has(folded) ||
        AR_ACCORDING.has(folded) ||
        (/^[تيأان]/u.test(rest) && !/^اشنطن/u.test(rest))));
  return conj ? sentence.slice(1) : sentence;
}

/** «فيما قال الكرملين إن …» → «قال الكرملين إن …»: a quote cut from a longer sentence opens its own. */
export function withoutWhile(sentence: string, lang: Lang): string {
  if (lang === 'en')
    return sentence.replace(/^(?:while|whereas)\s+(?=[^,]{1,60}\b(?:said|says|told)\b)/iu, '');
  const [first, second] = words(sentence);
  const opens =
    first !== undefined && (fold(first.text) === fold('فيما') || fold(first.text) === fold('بينما'));
  return opens && second !== undefined && AR_SAID.has(fold(second.text))
    ? sentence.slice(second.start)
    : sentence;
}

/** The text's first sentence: up to a stop that ends it (not a decimal point), or a line's end. */
export function firstSentence(text: string): string {
  const body = text.replace(/^[^\p{L}\p{N}«"“]+/u, '');
  const end = /[.!?؟](?!\d)|\n/u.exec(body);
  return (end === null ? body : body.slice(0, end.index)).trim();
}

/** Where a clause of `text` may end: before a comma, colon or dash, or before a word opening another. */
function clauseEnds(text: string, lang: Lang): number[] {
  const ws = words(text);
  const ends: number[] = [];
  let after = 0;
  ws.forEach((w, i) => {
    const next = ws[i + 1];
    // A one-word aside between two commas («نعت هونغ كونغ، أمس، …») ends no clause.
    if (/[،,؛;:]$/u.test(w.text)) {
      if (i - after > 0 || after === 0) ends.push(w.end - 1);
      after = i + 1;
    }
    if (next === undefined) return;
    if (/^[-–—]$/u.test(next.text)) ends.push(w.end);
    const f = lang === 'ar' ? fold(next.text) : next.text.toLowerCase().replace(/[^\p{L}]/gu, '');
    const pair = lang === 'ar' ? `${f} ${fold(ws[i + 2]?.text ?? '')}` : '';
    if (lang === 'ar' ? AR_CLAUSE.has(f) || AR_CLAUSE_PAIRS.has(pair) : EN_CLAUSE.has(f)) ends.push(w.end);
  });
  ends.push(text.length);
  return ends;
}

/** A clause's end without its trailing stops, dashes or a preposition left waiting for its noun. */
function tidy(s: string): string {
  let t = s.replace(/[\s،,؛;:\-–—]+$/u, '').trim();
  for (;;) {
    const last = /\s(\S+)$/u.exec(t);
    const w = last?.[1] ?? '';
    if (last === null || (!DANGLING.has(fold(w)) && !DANGLING.has(w.toLowerCase()))) return t;
    t = t.slice(0, last.index).replace(/[\s،,؛;:]+$/u, '');
  }
}

/** The text cut to at most `max` characters at a word's end, marked as cut. */
function atWord(text: string, max: number): string {
  const cut = words(text)
    .filter((w) => w.end <= max - 1)
    .at(-1);
  return `${tidy(text.slice(0, cut?.end ?? 0))}…`;
}

/** A headline from `text`: its first clause long enough to say something, at most `TITLE_MAX`. */
export function titleClause(text: string, lang: Lang): string {
  const plain = text.replace(/[«»“”"]/gu, '').trim();
  const end = clauseEnds(plain, lang).find((e) => tidy(plain.slice(0, e)).length >= TITLE_MIN);
  const clause = tidy(plain.slice(0, end ?? plain.length));
  return clause.length <= TITLE_MAX ? clause : atWord(clause, TITLE_MAX);
}

/** A summary's sentence: whole when short enough, else cut at its last clause end that fits. */
function summarySentence(sentence: string, lang: Lang): string {
  if (sentence.length <= SUMMARY_MAX) return tidy(sentence);
  const end = clauseEnds(sentence, lang)
    .filter((e) => e <= SUMMARY_MAX && tidy(sentence.slice(0, e)).length >= TITLE_MIN)
    .at(-1);
  return end === undefined ? atWord(sentence, SUMMARY_MAX) : tidy(sentence.slice(0, end));
}

// ---- who said it ---------------------------------------------------------------------------------

/** A sentence's reported statement: who it names as saying it (null: a pronoun) and what was said. */
export interface Said {
  readonly speaker: string | null;
  readonly content: string;
}

/** «قال X إن …», «وفقًا لـX، …»: the speaker and what they said, when the sentence opens so. */
export function arabicSaid(sentence: string): Said | null {
  const ws = words(sentence);
  const [first] = ws;
  if (first === undefined) return null;
  // «وفقًا لـX، …» opening the sentence, or an aside «…، حسب X، …» inside it.
  const opens = (i: number): boolean => i === 0 || /[،,]$/u.test(ws[i - 1]?.text ?? '');
  const by = ws.findIndex(
    (w, i) => AR_ACCORDING.has(fold(i === 0 ? w.text : withoutAnd(w.text))) && opens(i),
  );
  if (by >= 0 && by <= 15) {
    const comma = ws.findIndex((w, i) => i > by && /[،,]$/u.test(w.text));
    const from = by + (fold(ws[by + 1]?.text ?? '') === 'عن' ? 2 : 1);
    if (comma >= from && comma - by <= 8) {
      const speaker = tidy(sentence.slice(ws[from]?.start ?? 0, ws[comma]?.end)).replace(/^ل(?:ـ)?/u, '');
      const before = by === 0 ? '' : tidy(sentence.slice(0, ws[by - 1]?.end));
      const after = sentence.slice(ws[comma + 1]?.start ?? sentence.length).trim();
      const content = `${before} ${after.replace(/^فإن[هـا]*\s+/u, '')}`.trim();
      return { speaker: speaker || null, content };
    }
  }
  // The verb opens the sentence, or the clause after an opening phrase («في مؤتمر صحفي …، قال …»).
  const at = ws.findIndex(
    (w, i) =>
      AR_SAID.has(fold(i === 0 ? w.text : withoutAnd(w.text))) &&
      (opens(i) || AR_CLAUSE.has(fold(ws[i - 1]?.text ?? ''))),
  );
  const verb = ws[at];
  if (verb === undefined || at > 15) return null;
  const that = ws.findIndex((w, i) => i > at && (AR_THAT.has(fold(w.text)) || w.text.endsWith(':')));
  if (that < 0 || that - at > 12) return null;
  const marker = ws[that];
  if (marker === undefined) return null;
  const colon = marker.text.endsWith(':');
  const speakerEnd = colon ? marker.end - 1 : marker.start;
  const named = ws.filter((w) => w.start >= verb.end && w.end <= speakerEnd);
  while (named.length > 1 && AR_WHEN.has(fold(named.at(-1)?.text ?? ''))) named.pop();
  const speaker = tidy(sentence.slice(verb.end, Math.min(speakerEnd, named.at(-1)?.end ?? speakerEnd)));
  return { speaker: speaker.replace(/["“”«»]/gu, '') || null, content: sentence.slice(marker.end).trim() };
}

/** "X said (that) …", "According to X, …": the same in an English rendering. */
export function englishSaid(sentence: string): Said | null {
  const according = /^according to ([^,]{2,80}),\s*(.+)$/isu.exec(sentence);
  if (according !== null) return { speaker: according[1] ?? null, content: according[2] ?? '' };
  const ws = words(sentence);
  for (let i = 1; i < Math.min(ws.length, 14); i++) {
    for (const n of [3, 2, 1]) {
      const verb = ws
        .slice(i, i + n)
        .map((w) => w.text.replace(/[,:]$/u, ''))
        .join(' ');
      if (!EN_SAID.test(verb)) continue;
      const last = ws[i + n - 1];
      const next = ws[i + n];
      if (last === undefined || next === undefined) return null;
      // "said last week that …": the content begins after "that" when it comes within a few words.
      const that = ws.findIndex((w, j) => j >= i + n && j <= i + n + 3 && w.text.toLowerCase() === 'that');
      const from = that >= 0 ? (ws[that + 1]?.start ?? sentence.length) : next.start;
      const speaker = tidy(sentence.slice(0, ws[i - 1]?.end)).replace(
        /^(?:while|whereas|as|and|but)\s+/iu,
        '',
      );
      return {
        speaker: PRONOUNS.has(speaker.toLowerCase()) ? null : speaker,
        content: sentence.slice(from).trim(),
      };
    }
  }
  return null;
}

/** Whether a sentence carries an attribution anywhere in it («وفق تحديث رسمي …», "…, police said"). */
export function attributed(sentence: string, lang: Lang): boolean {
  if (lang === 'en') return EN_MARK.test(sentence);
  return words(sentence).some((w) => {
    const f = fold(withoutAnd(w.text));
    return AR_SAID.has(f) || AR_ACCORDING.has(f) || AR_ACCORDING.has(f.replace(/^و/u, ''));
  });
}

/** «رئيس جهاز الأمن في هونغ كونغ، كريس تانغ، في مؤتمر صحافي» → «كريس تانغ». */
export function shortSpeaker(speaker: string): string {
  // Asides dropped: where it was said («في مؤتمر صحافي», "in a statement") and one-word times («الأحد»).
  const all = speaker
    .split(/[،,]/u)
    .map((p) =>
      p
        .replace(
          /\s(?:في|in|at)\s(?:بيان|مؤتمر|تصريح|تصريحات|حديث|مقابلة|a statement|a press)(?=\s|$).*$/iu,
          '',
        )
        .trim(),
    )
    .filter((p) => p !== '' && !/^(?:في|خلال|on|in|at|during)\s/iu.test(p));
  const parts = all.length > 1 ? all.filter((p) => /\s/u.test(p)) : all;
  // Of a name and a role in apposition («زعيم هونج كونج، جون لي»), the shorter: the name.
  return [...parts].sort((a, b) => a.length - b.length)[0] ?? speaker;
}

const capital = (s: string): string => (s === '' ? s : `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}`);

/** A title and summary in one language from one sentence of the quote, with its attribution kept. */
export function draftIn(text: string, lang: Lang, outlet: string): { title: string; summary: string } {
  const sentence = withoutWhile(lang === 'ar' ? withoutAnd(firstSentence(text)) : firstSentence(text), lang);
  if (sentence === '') return { title: '', summary: '' };
  const said = lang === 'ar' ? arabicSaid(sentence) : englishSaid(sentence);
  const summary = summarySentence(lang === 'en' ? capital(sentence) : sentence, lang);
  const stop = summary.endsWith('…') ? '' : '.';
  const own = attributed(summary, lang);
  const according = lang === 'ar' ? `، بحسب ${outlet}` : `, according to ${outlet}`;
  const title = (who: string, what: string): string => {
    const clause = titleClause(what, lang);
    return lang === 'en' ? `${capital(who)}: ${capital(clause)}` : `${who}: ${clause}`;
  };
  return {
    summary: own ? `${summary}${stop}` : `${summary.replace(/…$/u, '')}${according}.`,
    title:
      said?.speaker != null && said.content !== '' && shortSpeaker(said.speaker).length <= SPEAKER_MAX
        ? title(shortSpeaker(said.speaker), said.content)
        : attributed(titleClause(sentence, lang), lang)
          ? capital(titleClause(sentence, lang))
          : title(outlet, sentence),
  };
}

// ---- which quote ---------------------------------------------------------------------------------

const contentWords = (text: string): ReadonlySet<string> =>
  new Set(
    normalizeForMatch(text)
      .split(/[^\p{L}\p{N}]+/u)
      .map(stripProclitic)
      .filter((w) => w.length >= 4),
  );

/** Quotes whose words overlap this much tell the same thing. */
const SHARED_WORDS = 3;

/**
 * The quote to draft from: the one whose words the most of the event's sources share (at least
 * `SHARED_WORDS` words of four letters or more in some quote of theirs), else the earliest report's
 * first; ties to the earliest report (by publication date, then the draft's order of articles).
 */
export function draftQuote(
  event: TimelineEvent,
  sources: Draft['sources'],
): { source: string; quote: Quote; sharedBy: number; why: DraftReason } | null {
  const order = (id: string): number => {
    const i = sources.findIndex((s) => s.id === id);
    return i < 0 ? sources.length : i;
  };
  const published = (id: string): string => sources.find((s) => s.id === id)?.published ?? '\uffff';
  const all = event.accounts.flatMap((a) => a.quotes.map((q) => ({ source: a.source as string, quote: q })));
  const words = all.map((x) => contentWords(x.quote.text));
  const scored = all.map((x, i) => {
    const others = new Set(
      all
        .filter(
          (y, j) =>
            y.source !== x.source &&
            [...(words[j] ?? [])].filter((w) => words[i]?.has(w)).length >= SHARED_WORDS,
        )
        .map((y) => y.source),
    );
    return { ...x, sharedBy: others.size + 1 };
  });
  scored.sort(
    (a, b) =>
      b.sharedBy - a.sharedBy ||
      published(a.source).localeCompare(published(b.source)) ||
      order(a.source) - order(b.source) ||
      a.quote.start - b.quote.start,
  );
  const best = scored[0];
  if (best === undefined) return null;
  const dated = all.some((x) => published(x.source) !== '\uffff');
  const why: DraftReason = best.sharedBy > 1 ? 'shared' : dated ? 'earliest' : 'first';
  return { ...best, why };
}

/** The event's title and summary drafted from its chosen quote (null: no quote yet). */
export function draftEventText(event: TimelineEvent, sources: Draft['sources']): EventTextDraft | null {
  const picked = draftQuote(event, sources);
  if (picked === null) return null;
  const source = sources.find((s) => s.id === picked.source);
  // The outlet as its tab names it («المدى», not «المدى (almada.org، لبنان) كما أعاد نشره …»): a title
  // starts with it, so the short name the data's own words begin with.
  const name = (lang: Lang): string =>
    source === undefined ? picked.source : tabName(source, lang) || draftName(source, lang);
  const ar = draftIn(picked.quote.text, 'ar', name('ar'));
  const rendered = picked.quote.en.trim() !== '';
  const en = rendered ? draftIn(picked.quote.en, 'en', name('en')) : { title: '', summary: '' };
  return {
    source: picked.source,
    quote: { start: picked.quote.start, end: picked.quote.end },
    why: picked.why,
    sharedBy: picked.sharedBy,
    sources: new Set(event.accounts.map((a) => a.source)).size,
    rendered,
    title: { ar: ar.title, en: en.title },
    summary: { ar: ar.summary, en: en.summary },
  };
}

const fill = (now: Bilingual, drafted: Bilingual): Bilingual => ({
  ar: now.ar.trim() === '' ? drafted.ar : now.ar,
  en: now.en.trim() === '' ? drafted.en : now.en,
});

/**
 * The fields the draft fills: only the event's empty ones, what the author wrote left as it is; null
 * when it fills none.
 */
export function draftedFields(event: TimelineEvent, drafted: EventTextDraft): EventFields | null {
  const title = fill(event.title, drafted.title);
  const summary = fill(event.summary, drafted.summary);
  const same = (a: Bilingual, b: Bilingual): boolean => a.ar === b.ar && a.en === b.en;
  if (same(title, event.title) && same(summary, event.summary)) return null;
  return {
    ...(same(title, event.title) ? {} : { title }),
    ...(same(summary, event.summary) ? {} : { summary }),
  };
}
