/**
 * TimelineJS3's JSON format, in and out. Import turns a TimelineJS timeline into a Riwayat dataset of
 * events without sources (TimelineJS has no quotes to anchor); export turns each Riwayat event into one
 * TimelineJS slide whose text carries the sources' quotes. Eras, media, backgrounds and times of day
 * have no place in a Riwayat dataset and are dropped on import.
 */
import {
  daysInMonth,
  DATASET_FORMAT,
  DATASET_VERSION,
  BUNDLED_KINDS,
  isDatasetId,
  kindName,
  nextColour,
  PRECISIONS,
  sourceLabel,
  termIdFor,
  type Bilingual,
  type Dataset,
  type DateParts,
  type EventKind,
  type Lang,
  type Precision,
  type TimelineEvent,
  type VocabularyTerm,
} from '../domain';
import { LIMITS } from './dataset-schema';
import { escapeHtml, htmlToText } from './html-text';
import { parseDataset, type ParseResult } from './parse';
import { at, ProblemList, type Problem } from './problems';

/**
 * The kind of an imported event without a `group`. "Reference points" is the one bundled lane that
 * asserts nothing about the event: "statement" would claim someone said something, "diplomacy" or
 * "military" would classify it.
 */
export const IMPORTED_DEFAULT_KIND: EventKind = 'history';

/** Kinds a dataset may list (dataset-schema.ts): groups past these become the default kind. */
const MAX_KINDS = 50;

const IMPORTED_NOTE: Bilingual = {
  ar: 'التاريخ كما ورد في ملف TimelineJS المستورد، بلا اقتباسات من المصادر.',
  en: 'The date is as given in the imported TimelineJS file, without source quotes.',
};
const UNTITLED: Bilingual = { ar: '(بلا عنوان)', en: '(untitled)' };
const IMPORTED_TITLE: Bilingual = { ar: 'خط زمني مستورد', en: 'Imported timeline' };

// Years 0–99 would land in the 1900s through Date.UTC, and the dataset writes years with four digits.
const YEAR_MIN = 100;
const YEAR_MAX = 9999;
// Control and bidi-override characters the dataset refuses (see schema.ts): dropped from imported text,
// where they are invisible noise (often pasted from word processors), rather than refusing the file.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

type Json = Readonly<Record<string, unknown>>;
type Push = (path: string, code: Problem['code'], message: string) => void;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A field of the input's own, never one inherited from Object.prototype. */
const own = (o: Json, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);
const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const shown = (v: unknown): string =>
  typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v) : typeName(v);

/** Imported HTML as the dataset's plain text: no markup, no invisible controls, NFC, tidy lines. */
function plain(html: string): string {
  return htmlToText(html)
    .replace(/\t/g, ' ')
    .replace(FORBIDDEN, '')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The first `max` characters of the first line, cut between code points. */
function firstLine(text: string, max: number): string {
  const chars = Array.from(text.split('\n')[0] ?? '');
  return chars.length > max ? `${chars.slice(0, max).join('').trimEnd()}…` : chars.join('');
}

/** A date part: a whole number, as TimelineJS writes it (a string, often empty) or as a number. */
function readPart(v: unknown, path: string, push: Push): number | undefined | null {
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return undefined;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^\s*-?\d{1,7}\s*$/.test(v)) return Number(v.trim());
  push(path, 'type', `expected a whole number (a number or a string of digits), found ${shown(v)}`);
  return null;
}

/** A TimelineJS date as date parts; undefined when absent, null when wrong (with problems pushed). */
function readDate(v: unknown, path: string, required: boolean, push: Push): DateParts | undefined | null {
  if (v === undefined || v === null) {
    if (required) push(path, 'required', 'is missing: every event needs a start date');
    return undefined;
  }
  if (!isRecord(v)) {
    push(path, 'type', `expected a date object such as {"year": "2024", "month": "6"}, found ${typeName(v)}`);
    return null;
  }
  const year = readPart(own(v, 'year'), at(path, 'year'), push);
  const month = readPart(own(v, 'month'), at(path, 'month'), push);
  const day = readPart(own(v, 'day'), at(path, 'day'), push);
  if (year === null || month === null || day === null) return null;
  if (year === undefined) {
    // Spreadsheet exports write an empty end date as {"year": "", ...}: that is no end date.
    if (!required && month === undefined && day === undefined) return undefined;
    push(at(path, 'year'), 'required', 'is missing: a date needs at least a year');
    return null;
  }
  if (year < YEAR_MIN || year > YEAR_MAX) {
    push(at(path, 'year'), 'date', `${year} is outside the years Riwayat shows (${YEAR_MIN} to ${YEAR_MAX})`);
    return null;
  }
  if (month === undefined) {
    if (day === undefined) return { year };
    push(at(path, 'month'), 'required', 'is missing: a date with a day needs a month');
    return null;
  }
  if (month < 1 || month > 12) {
    push(at(path, 'month'), 'date', `${month} is not a month (1 to 12)`);
    return null;
  }
  if (day === undefined) return { year, month };
  if (day < 1 || day > daysInMonth(year, month)) {
    push(at(path, 'day'), 'date', `${year}-${month} has no day ${day}`);
    return null;
  }
  return { year, month, day };
}

const rank = (p: Precision): number => PRECISIONS.indexOf(p);
const precisionOfParts = (d: DateParts): Precision =>
  d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year';
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The date written at `precision` (coarser parts dropped), as the dataset writes dates. */
function written(d: DateParts, precision: Precision): string {
  const year = pad(d.year, 4);
  if (precision === 'year' || d.month === undefined) return year;
  if (precision === 'month' || d.day === undefined) return `${year}-${pad(d.month, 2)}`;
  return `${year}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** A string field of a `text` object, as plain text; null when it is not a string. */
function readHtml(o: Json, key: string, path: string, push: Push): string | null {
  const v = own(o, key);
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') {
    push(at(path, key), 'type', `expected a string of text or HTML, found ${typeName(v)}`);
    return null;
  }
  if (v.length > LIMITS.articleChars) {
    push(at(path, key), 'too-long', `is ${v.length} characters long; at most ${LIMITS.articleChars} allowed`);
    return null;
  }
  return plain(v);
}

/** A slide's headline and text as plain text. */
function readText(slide: Json, path: string, push: Push): { headline: string; text: string } | null {
  const v = own(slide, 'text');
  if (v === undefined || v === null) return { headline: '', text: '' };
  const p = at(path, 'text');
  if (!isRecord(v)) {
    push(p, 'type', `expected {"headline": …, "text": …}, found ${typeName(v)}`);
    return null;
  }
  const headline = readHtml(v, 'headline', p, push);
  const text = readHtml(v, 'text', p, push);
  if (headline === null || text === null) return null;
  const oneLine = headline.replace(/\n/g, ' ');
  if (oneLine.length > LIMITS.shortChars)
    push(
      at(p, 'headline'),
      'too-long',
      `is ${oneLine.length} characters long as text; at most ${LIMITS.shortChars} allowed`,
    );
  if (text.length > LIMITS.textChars)
    push(
      at(p, 'text'),
      'too-long',
      `is ${text.length} characters long as text; at most ${LIMITS.textChars} allowed`,
    );
  return { headline: oneLine, text };
}

/**
 * The kind among `kinds` (the bundled ones unless given) that a TimelineJS `group` names: by its id or
 * by either of its names, in any case; null when it names none.
 */
export function kindOfGroup(
  group: string,
  kinds: readonly VocabularyTerm[] = BUNDLED_KINDS,
): VocabularyTerm | null {
  // TimelineJS reads `group` as HTML stripped to text, so "Defence ministers&#39; calls" is ours too.
  return kindNamed(plain(group), kinds);
}

/** The kind among `kinds` whose id or either name is `text` (plain text), in any case. */
function kindNamed(text: string, kinds: readonly VocabularyTerm[]): VocabularyTerm | null {
  const g = text.toLowerCase();
  return (
    kinds.find((k) => k.id === g || k.name.en.toLowerCase() === g || k.name.ar.toLowerCase() === g) ?? null
  );
}

/**
 * The kinds of an imported timeline, one for each `group` its slides use, in the order they first
 * appear: a group naming a bundled kind is that kind; any other becomes a kind of its own, named by
 * the group in both languages (an export is in one) with its id made from that name as the workbench
 * makes one, so a kind named in English comes back with its id. A slide without a group is
 * "Reference points". Null when every kind is a bundled one: the dataset then lists none.
 */
function kindsOfGroups(groups: readonly (string | null)[]): {
  kinds: readonly VocabularyTerm[] | null;
  kindOf: (group: string | null) => EventKind;
} {
  const fallback = kindNamed(IMPORTED_DEFAULT_KIND, BUNDLED_KINDS) as VocabularyTerm;
  const terms: VocabularyTerm[] = [];
  const add = (t: VocabularyTerm): VocabularyTerm => {
    if (!terms.some((k) => k.id === t.id)) terms.push(t);
    return t;
  };
  const kindOf = (group: string | null): EventKind => {
    const text = group === null ? '' : plain(group);
    if (text === '' || text.includes('\n') || text.length > LIMITS.shortChars) return add(fallback).id;
    const known = kindNamed(text, terms) ?? kindNamed(text, BUNDLED_KINDS);
    if (known !== null) return add(known).id;
    // One place is kept for the default kind.
    if (terms.length >= MAX_KINDS - (terms.includes(fallback) ? 0 : 1)) return add(fallback).id;
    const taken = new Set(terms.map((k) => k.id));
    for (const k of BUNDLED_KINDS) taken.add(k.id);
    return add({ id: termIdFor(text, taken), name: { ar: text, en: text }, colour: nextColour(terms) }).id;
  };
  for (const g of groups) kindOf(g);
  const own = terms.some((t) => !BUNDLED_KINDS.includes(t));
  return { kinds: own ? terms : null, kindOf };
}

interface Slide {
  readonly uniqueId: unknown;
  readonly start: DateParts;
  readonly end?: DateParts;
  readonly group: string | null;
  readonly headline: string;
  readonly text: string;
}

function readSlide(v: unknown, path: string, push: Push): Slide | null {
  if (!isRecord(v)) {
    push(path, 'type', `expected an event object, found ${typeName(v)}`);
    return null;
  }
  const start = readDate(own(v, 'start_date'), at(path, 'start_date'), true, push);
  const end = readDate(own(v, 'end_date'), at(path, 'end_date'), false, push);
  const text = readText(v, path, push);
  const group = own(v, 'group');
  if (group !== undefined && group !== null && typeof group !== 'string')
    push(at(path, 'group'), 'type', `expected a string, found ${typeName(group)}`);
  if (start === null || start === undefined || end === null || text === null) return null;
  return {
    uniqueId: own(v, 'unique_id'),
    start,
    ...(end ? { end } : {}),
    group: typeof group === 'string' ? group : null,
    ...text,
  };
}

/** Ids from valid, unused `unique_id`s; `tl-<n>` (n counting from 1) for the rest. */
function assignIds(slides: readonly Slide[]): string[] {
  // The dataset's id rule: an imported unique_id that breaks it is replaced, not refused.
  const valid = (u: unknown): u is string => typeof u === 'string' && isDatasetId(u);
  const taken = new Set<string>();
  const ids = slides.map((s) => {
    if (!valid(s.uniqueId) || taken.has(s.uniqueId)) return null;
    taken.add(s.uniqueId);
    return s.uniqueId;
  });
  return ids.map((id, i) => {
    if (id !== null) return id;
    let n = i + 1;
    // Stepping by the number of slides never lands on another slide's own `tl-<index>`.
    while (taken.has(`tl-${n}`)) n += slides.length;
    taken.add(`tl-${n}`);
    return `tl-${n}`;
  });
}

/**
 * An event as the import writes it, before the dataset's schema has checked it: its id is any string
 * until the schema (`parseDataset`) makes it an event's id.
 */
type ImportedEvent = Omit<TimelineEvent, 'id'> & { readonly id: string };

/** The event a slide becomes: dates at the coarser of its start's and end's precision. */
function toEvent(s: Slide, kind: EventKind, id: string, path: string, push: Push): ImportedEvent | null {
  const startPrecision = precisionOfParts(s.start);
  const precision =
    s.end !== undefined && rank(precisionOfParts(s.end)) < rank(startPrecision)
      ? precisionOfParts(s.end)
      : startPrecision;
  const start = written(s.start, precision);
  let end = s.end === undefined ? undefined : written(s.end, precision);
  // Written at the same precision, the strings compare as dates do.
  if (end !== undefined && end < start) {
    push(at(path, 'end_date'), 'date-order', `${end} is before the start date ${start}`);
    return null;
  }
  // TimelineJS too drops an end date that is the start date; coarsening can make them equal.
  if (end === start) end = undefined;
  const title: Bilingual =
    s.headline !== ''
      ? { ar: s.headline, en: s.headline }
      : s.text !== ''
        ? same(firstLine(s.text, 120))
        : UNTITLED;
  return {
    id,
    start,
    ...(end !== undefined ? { end } : {}),
    precision,
    basis: 'stated',
    basisNote: IMPORTED_NOTE,
    kind,
    actors: [],
    title,
    summary: s.text !== '' ? same(s.text) : title,
    claims: [],
    accounts: [],
  };
}

const same = (text: string): Bilingual => ({ ar: text, en: text });

/** The dataset title from the TimelineJS title slide, if it has one with text. */
function readTitle(v: unknown, push: Push): Bilingual | null {
  if (v === undefined || v === null) return IMPORTED_TITLE;
  if (!isRecord(v)) {
    push('$.title', 'type', `expected a title slide object, found ${typeName(v)}`);
    return null;
  }
  const text = readText(v, '$.title', push);
  if (text === null) return null;
  const line = text.headline !== '' ? text.headline : firstLine(text.text, 120);
  return line !== '' ? same(line) : IMPORTED_TITLE;
}

const RIWAYAT_TO_TIMELINEJS: Readonly<Record<string, string>> = {
  title: 'text.headline',
  summary: 'text.text',
  id: 'unique_id',
  start: 'start_date',
  end: 'end_date',
  precision: 'start_date',
  kind: 'group',
};

/** Points a problem found in the converted dataset back at the TimelineJS field it came from. */
function inInput(p: Problem): Problem {
  if (p.path.startsWith('$.title')) return { ...p, path: '$.title.text.headline' };
  const m = /^\$\.events\[(\d+)\]\.(\w+)/.exec(p.path);
  const field = m?.[2] !== undefined ? RIWAYAT_TO_TIMELINEJS[m[2]] : undefined;
  return m !== null && field !== undefined ? { ...p, path: `$.events[${m[1]}].${field}` } : p;
}

/** Converts a TimelineJS3 JSON timeline into a validated Riwayat dataset; never throws. */
export function importTimelineJs(input: unknown): ParseResult {
  const problems = new ProblemList();
  const push: Push = (path, code, message) => problems.push({ path, code, message });
  const failed = (): ParseResult => problems.refusal();
  if (!isRecord(input)) {
    push('$', 'type', `expected a TimelineJS timeline (an object with "events"), found ${typeName(input)}`);
    return failed();
  }
  const events = own(input, 'events');
  if (!Array.isArray(events)) {
    if (events === undefined) push('$.events', 'required', 'is missing');
    else push('$.events', 'type', `expected an array of events, found ${typeName(events)}`);
    return failed();
  }
  if (events.length === 0) push('$.events', 'empty', 'a timeline needs at least one event');
  if (events.length > LIMITS.events)
    push('$.events', 'too-many', `has ${events.length} events; at most ${LIMITS.events} allowed`);
  if (problems.length > 0) return failed();
  const title = readTitle(own(input, 'title'), push);
  const slides = events.map((e, i) => readSlide(e, at('$.events', i), push));
  if (title === null || problems.length > 0) return failed();
  // None is null here: a slide that could not be read pushed a problem above.
  const ready = slides.filter((s) => s !== null);
  const ids = assignIds(ready);
  const { kinds, kindOf } = kindsOfGroups(ready.map((s) => s.group));
  const converted = ready.map((s, i) =>
    toEvent(s, kindOf(s.group), ids[i] ?? `tl-${i + 1}`, at('$.events', i), push),
  );
  if (problems.length > 0) return failed();
  // Plain data until the dataset's schema has checked it: `parseDataset` is what makes it a `Dataset`.
  const dataset = {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    title,
    sources: [],
    entities: [],
    events: converted.filter((e) => e !== null),
    ...(kinds !== null ? { kinds } : {}),
  };
  const result = parseDataset(dataset);
  return result.ok ? result : { ...result, problems: result.problems.map(inInput) };
}

/** A date as TimelineJS reads it: 1-based month, each part a string of digits. */
export interface TimelineJsDate {
  readonly year: string;
  readonly month?: string;
  readonly day?: string;
}

export interface TimelineJsSlide {
  readonly start_date?: TimelineJsDate;
  readonly end_date?: TimelineJsDate;
  /** HTML: TimelineJS sanitises it and renders it as markup, so every dataset string in it is escaped. */
  readonly text: { readonly headline: string; readonly text: string };
  readonly group?: string;
  readonly unique_id: string;
}

/** A TimelineJS3 timeline: a title slide and one slide per event. */
export interface TimelineJsDocument {
  readonly title: TimelineJsSlide;
  readonly events: readonly TimelineJsSlide[];
}

function toTimelineJsDate(date: string): TimelineJsDate {
  const [year = '', month, day] = date.split('-').map((part) => String(Number(part)));
  return { year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
}

/** Text in its language, escaped; Arabic marked right-to-left, since a TimelineJS page is left-to-right. */
function inLang(text: string, lang: Lang, tag: string): string {
  const attrs = lang === 'ar' ? ' dir="rtl" lang="ar"' : ' lang="en"';
  return `<${tag}${attrs}>${escapeHtml(text)}</${tag}>`;
}

const TRANSLATION_LABEL = 'English rendering:';

/** `names`: each source's name in `lang`, as the app gives it (`sourceLabel`). */
function slideText(names: ReadonlyMap<string, string>, ev: TimelineEvent, lang: Lang): string {
  const parts = [inLang(ev.summary[lang], lang, 'p')];
  for (const account of ev.accounts) {
    const name = names.get(account.source) ?? account.source;
    parts.push(
      `<p><strong${lang === 'ar' ? ' dir="rtl" lang="ar"' : ' lang="en"'}>${escapeHtml(name)}</strong></p>`,
    );
    for (const quote of account.quotes) {
      // The quote is always shown in its Arabic original; the English reader also gets its rendering.
      parts.push(inLang(quote.text, 'ar', 'blockquote'));
      if (lang === 'en') parts.push(`<p lang="en"><em>${TRANSLATION_LABEL}</em> ${escapeHtml(quote.en)}</p>`);
    }
  }
  return parts.join('');
}

/**
 * The dataset as a TimelineJS3 timeline in one language. Every dataset string is HTML-escaped; `group`
 * is the kind's name with every "<", ">" and "&" taken out, because TimelineJS decodes it and renders
 * it as HTML.
 */
export function exportTimelineJs(dataset: Dataset, lang: Lang): TimelineJsDocument {
  const ids = new Set<string>(dataset.events.map((e) => e.id));
  let titleId = 'title';
  for (let n = 1; ids.has(titleId); n++) titleId = `title-${n}`;
  const names = new Map(dataset.sources.map((s) => [s.id, sourceLabel(s, lang)]));
  const headline = (text: string): string => (lang === 'ar' ? inLang(text, 'ar', 'span') : escapeHtml(text));
  return {
    title: { text: { headline: headline(dataset.title[lang]), text: '' }, unique_id: titleId },
    events: dataset.events.map((ev) => ({
      start_date: toTimelineJsDate(ev.start),
      ...(ev.end !== undefined ? { end_date: toTimelineJsDate(ev.end) } : {}),
      text: { headline: headline(ev.title[lang]), text: slideText(names, ev, lang) },
      // A dataset's own kind is named by its names with no character that could start markup.
      group: escapeHtml(kindName(dataset, ev.kind, lang).replace(/[<>&]/g, '')),
      unique_id: ev.id,
    })),
  };
}
