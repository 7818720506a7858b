/**
 * The draft checked as `npm run data:check` checks a dataset directory, all at once: its shape, the
 * rules and the corpus rules (every date expression accounted for, every claim carried, every event
 * told) are each run whatever the others found, so the count of problems never drops while one kind
 * is fixed and then rises again. Warnings come beside them: shared copy the provenance does not
 * explain (as `data:check` warns) and the renderings marked as drafts.
 */
import {
  checkSharedCopy,
  datasetSchema,
  lintCorpus,
  ProblemList,
  validateDataset,
  type Problem,
} from '../data';
import { draftOutlet } from '../domain';
import { datasetOf, type Draft } from './draft';
import { renderingsToCheck } from './glossary';

export interface DraftCheck {
  readonly problems: readonly Problem[];
  readonly omitted: number;
  /** What `data:check` would warn of, and the renderings still marked as drafts. */
  readonly warnings: readonly Problem[];
}

/** Each stage inside `try`: a draft the schema refuses may still be read by the rules. */
function guarded(list: ProblemList, f: () => void): void {
  try {
    f();
  } catch (e) {
    list.push({
      path: '$',
      code: 'check-failed',
      message: `could not be checked: ${e instanceof Error ? e.message : String(e)}`,
    });
  }
}

export function checkDraft(d: Draft): DraftCheck {
  const dataset = datasetOf(d);
  const list = new ProblemList();
  const seen = new Set<string>();
  const add = (p: Problem): void => {
    const key = `${p.path} ${p.code} ${p.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    list.push(p);
  };
  const stage = new ProblemList();
  guarded(list, () => {
    datasetSchema.check(dataset, '$', stage);
    validateDataset(dataset, stage);
  });
  stage.items.forEach(add);
  guarded(list, () => lintCorpus(dataset).forEach(add));
  const warnings: Problem[] = [];
  try {
    warnings.push(...checkSharedCopy(dataset).undeclared);
  } catch {
    // Articles the rules refuse (offsets past the text) cannot be compared yet: the problems say why.
  }
  const { drafts } = renderingsToCheck(d);
  for (const q of drafts) {
    const i = d.events.findIndex((e) => e.id === q.ref.event);
    warnings.push({
      path: `$.events[${i}]`,
      code: 'draft-rendering',
      message: `the rendering of “${q.text.slice(0, 60)}” (${q.ref.source}) is marked as a draft`,
    });
  }
  return { problems: list.items, omitted: list.omitted + stage.omitted, warnings };
}

/** What a problem can open in the workbench: an article, an event or an entity, by id. */
export interface ProblemPlace {
  readonly kind: 'source' | 'event' | 'entity';
  readonly id: string;
}

const LISTS = { sources: 'source', events: 'event', entities: 'entity' } as const;

/** Where a problem's path points in the draft: the source, event or entity it names, if any. */
export function placeOf(d: Draft, path: string): ProblemPlace | null {
  const m = /^\$\.(sources|events|entities)\[(\d+)\]/.exec(path);
  if (m === null) return null;
  const key = m[1] as keyof typeof LISTS;
  const item = d[key][Number(m[2])];
  return item === undefined ? null : { kind: LISTS[key], id: item.id };
}

/**
 * Every field of an article, an event or an entity a problem's path can name, each told in words in
 * both languages (`author.problemField.*`); a path into any other field is shown as it is.
 */
export const PROBLEM_FIELDS = [
  'id',
  'file',
  'text',
  'outlet',
  'outletBasis',
  'credits',
  'published',
  'publishedBasis',
  'publishedNote',
  'url',
  'language',
  'headline',
  'outOfScope',
  'restsOn',
  'note',
  'start',
  'end',
  'precision',
  'basis',
  'basisNote',
  'kind',
  'actors',
  'title',
  'summary',
  'claims',
  'accounts',
  'name',
  'aliases',
  'role',
  'side',
] as const;
export type ProblemField = (typeof PROBLEM_FIELDS)[number];
const isProblemField = (f: string): f is ProblemField => (PROBLEM_FIELDS as readonly string[]).includes(f);

/**
 * A problem's path told by what it names: the article, event or entity (by id), the rest of the path,
 * and the field it is in (`outlet`, `aliases`, …) with its language and the value there when that is
 * a short text (a spelling), for the problem to be told in words.
 */
export function describePath(
  d: Draft,
  path: string,
): {
  readonly place: ProblemPlace | null;
  readonly rest: string;
  readonly field: ProblemField | null;
  readonly lang: 'ar' | 'en' | null;
  readonly value: string | null;
} {
  const place = placeOf(d, path);
  if (place === null) return { place, rest: path, field: null, lang: null, value: null };
  const rest = path.replace(/^\$\.(sources|events|entities)\[\d+\]/, '');
  const named = /^\.([A-Za-z]+)/.exec(rest)?.[1];
  const field = named !== undefined && isProblemField(named) ? named : null;
  const lang = /\.(ar|en)$/.exec(rest)?.[1] as 'ar' | 'en' | undefined;
  const alias = /^\.aliases\[(\d+)\]$/.exec(rest);
  const value =
    alias !== null && place.kind === 'entity'
      ? (d.entities.find((e) => e.id === place.id)?.aliases[Number(alias[1])] ?? null)
      : null;
  return { place, rest, field, lang: lang ?? null, value };
}

/**
 * A check's message with each of the draft's article ids told by its outlet's name (in English, the
 * check's language, else in Arabic), where the outlet is named: "art-000 252–496" reads
 * "Al-Quds Al-Arabi 252–496".
 */
export function tellSources(d: Draft, message: string): string {
  const names = new Map<string, string>(d.sources.map((s) => [s.id, draftOutlet(s, 'en')?.text ?? '']));
  return message.replace(/[A-Za-z0-9][\w-]*/g, (w) => names.get(w) || w);
}

/** An article's name (`draftOutlet`), else its id, with its id only when another article carries the same name. */
export function articleLabel(
  d: Draft,
  id: string,
  lang: 'ar' | 'en',
): { readonly name: string; readonly id: string | null } {
  const nameOf = (s: Draft['sources'][number]): string => draftOutlet(s, lang)?.text ?? '';
  const s = d.sources.find((x) => x.id === id);
  const name = s === undefined ? '' : nameOf(s);
  if (name === '') return { name: id, id: null };
  const twin = d.sources.some((x) => x.id !== id && nameOf(x) === name);
  return { name, id: twin ? id : null };
}
