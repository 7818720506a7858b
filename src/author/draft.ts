/**
 * The draft a person authors: a whole dataset (title, sources with their texts, entities, events), kept
 * as plain immutable data. Every change goes through a command (`commands.ts`); nothing here mutates.
 */
import {
  DATASET_FORMAT,
  DATASET_ID_MAX,
  DATASET_VERSION,
  FALLBACK_SIDE,
  slug,
  type Dataset,
  type VocabularyTerm,
} from '../domain';

export interface Draft extends Dataset {
  /**
   * The English renderings marked as drafts (not yet checked), by `renderingKey`: the workbench's own
   * note, listed by its check and never exported.
   */
  readonly renderingDrafts?: readonly string[];
  /**
   * The events made in this draft (not in the dataset it began from), by id: theirs follow their date
   * and title (`event-ids.ts`). The workbench's own note, never exported.
   */
  readonly newEvents?: readonly string[];
  /**
   * The suggested events the author rejected for an article, by `rejectionKey` (its event, then its
   * article): the workbench's own note, never exported (`suggestion-commands.ts`).
   */
  readonly rejectedSuggestions?: readonly string[];
}

/** The dataset a draft is: what is checked, previewed and exported (the workbench's own notes left out). */
export function datasetOf(d: Draft): Dataset {
  if (d.renderingDrafts === undefined && d.newEvents === undefined && d.rejectedSuggestions === undefined)
    return d;
  const { renderingDrafts, newEvents, rejectedSuggestions, ...dataset } = d;
  return dataset;
}

/** Which quote a rendering belongs to, as one string: its event, source and offsets. */
export const renderingKey = (q: {
  readonly event: string;
  readonly source: string;
  readonly start: number;
  readonly end: number;
}): string => `${q.event} ${q.source} ${q.start}-${q.end}`;

export const EMPTY_DRAFT: Draft = {
  format: DATASET_FORMAT,
  version: DATASET_VERSION,
  title: { ar: 'مجموعة بيانات جديدة', en: 'New dataset' },
  sources: [],
  entities: [],
  events: [],
};

/** A new story's one kind of event until it has its own: neutral, nothing borrowed from another story. */
export const NEUTRAL_KIND: VocabularyTerm = {
  id: 'event',
  name: { ar: 'أحداث', en: 'Events' },
  colour: 'blue',
};
/** A new story's one side until it has its own: nobody's side yet. */
export const NEUTRAL_SIDE: VocabularyTerm = {
  id: FALLBACK_SIDE,
  name: { ar: 'غير محدد', en: 'Unassigned' },
  colour: 'grey',
};

/**
 * What "Start again → empty" gives: an empty draft with a neutral vocabulary (one kind, one side), not
 * the bundled story's six kinds and five sides, which are offered as an import instead (#24 D7).
 * `EMPTY_DRAFT` lists none, so it has the bundled story's, as a dataset file without the lists does.
 */
export const NEW_STORY: Draft = { ...EMPTY_DRAFT, kinds: [NEUTRAL_KIND], sides: [NEUTRAL_SIDE] };

/**
 * The longest article the workbench takes, in characters (UTF-16 code units, after NFC), well under
 * the dataset's own limit: chosen from measurement (README, "Authoring a dataset in the browser"), so
 * that the article's analysis and its highlighted text stay responsive. Longer texts are refused with
 * a message before anything changes.
 */
export const ARTICLE_MAX_CHARS = 50_000;

/** An article's text as it is stored from then on: NFC, line ends as LF, nothing else touched. */
export function normaliseArticle(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

/**
 * `stem-1`, `stem-2`, …: the first that `taken` does not hold (`stem` itself when free and asked). The
 * stem is made an id first (`slug`) and cut so that it fits `DATASET_ID_MAX` with its number.
 */
export function freeId(stem: string, taken: ReadonlySet<string>, bare = false): string {
  const clean = slug(stem) || 'item';
  if (bare && !taken.has(clean)) return clean;
  for (let n = 1; ; n++) {
    const suffix = `-${n}`;
    const id = `${slug(clean, DATASET_ID_MAX - suffix.length)}${suffix}`;
    if (!taken.has(id)) return id;
  }
}

/** The next free article id: `art-000`, `art-001`, … */
export function nextArticleId(draft: Draft): string {
  const taken = new Set(draft.sources.map((s) => s.id as string));
  for (let n = 0; ; n++) {
    const id = `art-${String(n).padStart(3, '0')}`;
    if (!taken.has(id)) return id;
  }
}
