/**
 * The rules a dataset must keep beyond its shape: ids unique, references resolving, every quote the
 * exact slice of its article, dates that agree with their precision and with how they were derived.
 */
import {
  analyseDates,
  derivedDateProblem,
  interval,
  isDerivedBasis,
  kindsOf,
  parsePartialDate,
  precisionOf,
  publicationDay,
  sidesOf,
  splitsSurrogatePair,
  type Dataset,
  type ResolvedDateExpression,
  type Span,
  type TimelineEvent,
} from '../domain';
import { at, ProblemList, type Problem } from './problems';
import { checkContext } from './context-rule';
import { validateProvenance } from './provenance-rules';
import { briefingsRules, versionRules } from './briefing-rules';

export type Push = (path: string, code: Problem['code'], message: string) => void;

function duplicates(items: readonly { id: string }[], path: string, push: Push, what: string): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      push(at(at(path, i), 'id'), 'duplicate-id', `${what} id "${item.id}" is used more than once`);
    seen.add(item.id);
  });
  return seen;
}

function checkSpan(text: string, s: Span, path: string, push: Push): boolean {
  if (s.end <= s.start) {
    push(path, 'offset-range', `end (${s.end}) must be after start (${s.start})`);
    return false;
  }
  if (s.end > text.length) {
    push(
      at(path, 'end'),
      'offset-range',
      `end ${s.end} is past the end of the article (${text.length} characters)`,
    );
    return false;
  }
  for (const edge of ['start', 'end'] as const) {
    if (splitsSurrogatePair(text, s[edge])) {
      push(
        at(path, edge),
        'offset-range',
        `${s[edge]} falls inside a character (between the halves of a surrogate pair)`,
      );
      return false;
    }
  }
  return true;
}

function checkSlice(
  text: string,
  s: Span & { text: string; prefix?: string; suffix?: string },
  path: string,
  push: Push,
): void {
  if (!checkSpan(text, s, path, push)) return;
  checkContext(text, s, path, push);
  const slice = text.slice(s.start, s.end);
  if (slice !== s.text) {
    push(
      at(path, 'text'),
      'quote-mismatch',
      `is not the article's text at ${s.start}–${s.end}, which reads ${JSON.stringify(slice.slice(0, 80))}`,
    );
  }
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

type ExpressionsOf = (source: string) => readonly ResolvedDateExpression[];

/**
 * Each article's date expressions, analysed when a derived date first asks for them (most datasets
 * have few such events, and a large one need not analyse every article), as `data:check` analyses
 * them. An unknown source, or one whose publication date names no real day (its own rule reports
 * it), gives none.
 */
function expressionsOfSources(sources: ReadonlyMap<string, Dataset['sources'][number]>): ExpressionsOf {
  const analysed = new Map<string, readonly ResolvedDateExpression[]>();
  return (id) => {
    const known = analysed.get(id);
    if (known !== undefined) return known;
    const s = sources.get(id);
    const found =
      s === undefined || (s.published !== null && publicationDay(s.published) === null)
        ? []
        : analyseDates(s.text, s.published);
    analysed.set(id, found);
    return found;
  };
}

/**
 * Runs one item's rules; an exception in them (a rule that meets data it did not expect) becomes a
 * problem at the item's path instead of escaping: the check always ends with an answer.
 */
function guarded(path: string, push: Push, rules: () => void): void {
  try {
    rules();
  } catch (e) {
    push(path, 'check-failed', `could not be checked: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Every rule the dataset breaks, each with its path (the first `problems.cap`; the rest counted).
 * The dataset is assumed to have the right shape. `written` is the format version the file said (a
 * version 1 file is read as version 2, and must hold only what version 1 has).
 */
export function validateDataset(
  d: Dataset,
  problems: ProblemList = new ProblemList(),
  written: number = d.version,
): readonly Problem[] {
  const push: Push = (path, code, message) => problems.push({ path, code, message });
  guarded('$', push, () => rules(d, push));
  guarded('$', push, () => validateProvenance(d).forEach((p) => problems.push(p)));
  guarded('$', push, () => versionRules(d, written, push));
  guarded('$.briefings', push, () => briefingsRules(d, push));
  return problems.items;
}

function rules(d: Dataset, push: Push): void {
  const sourceIds = duplicates(d.sources, '$.sources', push, 'Source');
  const entityIds = duplicates(d.entities, '$.entities', push, 'Entity');
  duplicates(d.events, '$.events', push, 'Event');
  // One identity per origin; `unknown` names no outlet, so it has none.
  duplicates(d.outlets ?? [], '$.outlets', push, 'Outlet');
  (d.outlets ?? []).forEach((o, i) => {
    if (o.id === 'unknown')
      push(at(at('$.outlets', i), 'id'), 'enum', '"unknown" names no outlet: it has no identity');
  });
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const expressionsOf = expressionsOfSources(sources);

  d.sources.forEach((s, i) => {
    const p = at('$.sources', i);
    guarded(p, push, () => sourceRules(s, p, push));
  });

  // The dataset's own kinds and sides: each once; every event's kind and entity's side is one of them.
  const kinds = duplicates(kindsOf(d), '$.kinds', push, 'Kind');
  const sides = duplicates(sidesOf(d), '$.sides', push, 'Side');
  d.events.forEach((ev, i) => kindRule(ev, at('$.events', i), kinds, push));
  d.entities.forEach((e, i) => {
    if (!sides.has(e.side))
      push(at(at('$.entities', i), 'side'), 'dangling-reference', `the dataset has no side "${e.side}"`);
  });

  d.entities.forEach((e, i) => {
    const seen = new Set<string>();
    e.aliases.forEach((a, j) => {
      if (seen.has(a))
        push(at(at(at('$.entities', i), 'aliases'), j), 'duplicate-id', `alias "${a}" is listed twice`);
      seen.add(a);
    });
  });

  d.events.forEach((ev, i) => {
    const p = at('$.events', i);
    guarded(p, push, () => {
      rulesOfEvent(ev, p, push, sources, sourceIds, entityIds);
      // A date derived from the text must follow from one of its quotes (the rule `data:check` and
      // the workbench share).
      if (!isDerivedBasis(ev.basis)) return;
      const problem = derivedDateProblem(ev, expressionsOf);
      if (problem !== null) push(at(p, 'basis'), 'date-basis', problem);
    });
  });
}

/** An event's kind is one of the dataset's (`kinds`: their ids); also run on each event of a stream. */
export function kindRule(ev: TimelineEvent, path: string, kinds: ReadonlySet<string>, push: Push): void {
  if (!kinds.has(ev.kind))
    push(at(path, 'kind'), 'dangling-reference', `the dataset has no kind "${ev.kind}"`);
}

function sourceRules(s: Dataset['sources'][number], p: string, push: Push): void {
  if (s.publishedBasis === 'unknown' && s.published !== null)
    push(at(p, 'published'), 'date-basis', 'must be null when publishedBasis is "unknown"');
  if (s.publishedBasis !== 'unknown' && s.published === null)
    push(at(p, 'published'), 'date-basis', `is null but publishedBasis is "${s.publishedBasis}"`);
  if (s.published !== null && parsePartialDate(s.published) === null)
    push(at(p, 'published'), 'date', `"${s.published}" is not a real day`);
  if (s.publishedBasis !== 'stated' && s.publishedNote === undefined)
    push(
      at(p, 'publishedNote'),
      'required',
      `must say how the date is known when publishedBasis is "${s.publishedBasis}"`,
    );
  const headline = s.headline;
  if (headline !== undefined) {
    if (headline.text === undefined) {
      if (checkSpan(s.text, headline, at(p, 'headline'), push))
        checkContext(s.text, headline, at(p, 'headline'), push);
    } else checkSlice(s.text, { ...headline, text: headline.text }, at(p, 'headline'), push);
  }
  s.credits.forEach((c, j) => checkSlice(s.text, c, at(at(p, 'credits'), j), push));
  s.outOfScope.forEach((o, j) => {
    const q = at(at(p, 'outOfScope'), j);
    if (o.text === undefined) {
      if (!checkSpan(s.text, o, q, push)) return;
      checkContext(s.text, o, q, push);
    } else {
      if (!checkSpan(s.text, o, q, push)) return;
      checkSlice(s.text, { ...o, text: o.text }, q, push);
    }
    // Page parts are whole lines; background is a sentence of the body, which may share its line.
    if (o.kind !== 'background' && o.start > 0 && s.text[o.start - 1] !== '\n')
      push(at(q, 'start'), 'offset-range', `${o.start} is not at the start of a line`);
    if (o.kind !== 'background' && o.end < s.text.length && s.text[o.end] !== '\n')
      push(at(q, 'end'), 'offset-range', `${o.end} is not at the end of a line`);
    s.outOfScope.slice(0, j).forEach((prev, k) => {
      if (overlaps(prev, o)) push(q, 'overlap', `overlaps outOfScope[${k}]`);
    });
  });
}

function rulesOfEvent(
  ev: Dataset['events'][number],
  p: string,
  push: Push,
  sources: ReadonlyMap<string, Dataset['sources'][number]>,
  sourceIds: { has(id: string): boolean },
  entityIds: ReadonlySet<string>,
): void {
  // A date must be real and written at the event's precision.
  const dateAt = (field: 'start' | 'end', value: string): ReturnType<typeof parsePartialDate> => {
    const parts = parsePartialDate(value);
    if (parts === null) push(at(p, field), 'date', `"${value}" is not a real date`);
    else if (precisionOf(parts) !== ev.precision) {
      const message = `"${value}" is written at ${precisionOf(parts)} precision but precision is "${ev.precision}"`;
      push(at(p, field), 'date', message);
    }
    return parts;
  };
  const start = dateAt('start', ev.start);
  if (ev.end !== undefined) {
    const end = dateAt('end', ev.end);
    if (end !== null && precisionOf(end) === ev.precision && start !== null) {
      const span = interval(ev.start, ev.end);
      const single = interval(ev.start);
      if (span === null || single === null || span.end <= single.end)
        push(at(p, 'end'), 'date-order', `"${ev.end}" must be after start "${ev.start}"`);
    }
  }
  ev.actors.forEach((a, j) => {
    if (!entityIds.has(a)) push(at(at(p, 'actors'), j), 'dangling-reference', `no entity has id "${a}"`);
  });
  const claimIds = duplicates(ev.claims, at(p, 'claims'), push, 'Claim');
  ev.claims.forEach((c, j) => {
    if (c.by !== undefined && !entityIds.has(c.by))
      push(at(at(at(p, 'claims'), j), 'by'), 'dangling-reference', `no entity has id "${c.by}"`);
  });
  variantRules(ev, p, push);
  const accountSources = new Set<string>();
  ev.accounts.forEach((acc, j) => {
    const ap = at(at(p, 'accounts'), j);
    if (accountSources.has(acc.source))
      push(
        at(ap, 'source'),
        'duplicate-id',
        `source "${acc.source}" has two accounts of this event; merge them`,
      );
    accountSources.add(acc.source);
    const source = sources.get(acc.source);
    if (!sourceIds.has(acc.source) || source === undefined) {
      push(at(ap, 'source'), 'dangling-reference', `no source has id "${acc.source}"`);
      return;
    }
    if (acc.quotes.length === 0) push(at(ap, 'quotes'), 'empty', 'an account needs at least one quote');
    acc.quotes.forEach((q, k) => {
      const qp = at(at(ap, 'quotes'), k);
      checkSlice(source.text, q, qp, push);
      q.claims.forEach((c, m) => {
        if (!claimIds.has(c))
          push(at(at(qp, 'claims'), m), 'dangling-reference', `event "${ev.id}" has no claim "${c}"`);
      });
      acc.quotes.slice(0, k).forEach((prev, m) => {
        if (overlaps(prev, q)) push(qp, 'overlap', `overlaps quotes[${m}] of the same account`);
      });
      source.outOfScope.forEach((o, m) => {
        if (overlaps(o, q))
          push(
            qp,
            'overlap',
            `lies in the article's out-of-scope part (sources: ${acc.source}, outOfScope[${m}])`,
          );
      });
    });
  });
}

/**
 * A claim's `variantOf` names another claim of the same event, which is not itself a variant: one
 * level only, so there are no chains and no cycles.
 */
function variantRules(ev: Dataset['events'][number], p: string, push: Push): void {
  const claims = new Map<string, Dataset['events'][number]['claims'][number]>(
    ev.claims.map((c) => [c.id, c]),
  );
  ev.claims.forEach((c, j) => {
    if (c.variantOf === undefined) return;
    const vp = at(at(at(p, 'claims'), j), 'variantOf');
    const parent = claims.get(c.variantOf);
    if (c.variantOf === c.id) push(vp, 'dangling-reference', `claim "${c.id}" cannot be a variant of itself`);
    else if (parent === undefined)
      push(vp, 'dangling-reference', `event "${ev.id}" has no claim "${c.variantOf}"`);
    else if (parent.variantOf !== undefined)
      push(
        vp,
        'dangling-reference',
        `"${c.variantOf}" is itself a variant (of "${parent.variantOf}"): name the claim it is a variant of`,
      );
  });
}

/** What an event's rules look up: the entities' ids and the sources (with their article text). */
export interface EventContext {
  readonly entityIds: ReadonlySet<string>;
  readonly sources: ReadonlyMap<string, Dataset['sources'][number]>;
}

/**
 * The rules one event must keep, given the sources and entities (ids unique across events are the
 * caller's to check): what a streaming reader checks event by event. The event has the right shape.
 */
export function eventRules(
  ev: Dataset['events'][number],
  p: string,
  context: EventContext,
  push: Push,
): void {
  // The sources' own map answers which ids exist: a set of its keys made per event costs a build of
  // millions of events more than every other rule together.
  guarded(p, push, () => rulesOfEvent(ev, p, push, context.sources, context.sources, context.entityIds));
}
