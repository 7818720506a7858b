/**
 * The rules a dataset's briefings keep beyond their shape: ids unique; every item names an event of
 * the dataset, at most once a briefing; an item's sources tell that event; each quote it names is
 * exactly one of that source's quotes for the event (same offsets), of a source the item shows; its
 * claims are the event's. And the version rule: version 1 has neither briefings nor claim variants.
 */
import type { Briefing, Dataset, TimelineEvent } from '../domain';
import { at } from './problems';
import type { Push } from './validate';

function unique<T>(list: readonly T[], key: (x: T) => string, path: string, push: Push, what: string): void {
  const seen = new Set<string>();
  list.forEach((x, i) => {
    const k = key(x);
    if (seen.has(k)) push(at(path, i), 'duplicate-id', `${what} ${k} is listed more than once`);
    seen.add(k);
  });
}

/** The rules of one briefing against the dataset's events (by id). */
export function briefingRules(
  b: Briefing,
  p: string,
  events: ReadonlyMap<string, TimelineEvent>,
  push: Push,
): void {
  unique(b.items, (item) => `event "${item.event}"`, at(p, 'items'), push, 'the');
  b.items.forEach((item, i) => {
    const ip = at(at(p, 'items'), i);
    const event = events.get(item.event);
    if (event === undefined) {
      push(at(ip, 'event'), 'dangling-reference', `no event has id "${item.event}"`);
      return;
    }
    const telling = new Set<string>(event.accounts.map((a) => a.source));
    const sp = at(ip, 'sources');
    unique(item.sources ?? [], (s) => `source "${s}"`, sp, push, 'the');
    item.sources?.forEach((s, j) => {
      if (!telling.has(s))
        push(at(sp, j), 'dangling-reference', `source "${s}" does not tell event "${event.id}"`);
    });
    const qp = at(ip, 'quotes');
    unique(item.quotes ?? [], (q) => `quote ${q.source} ${q.start}–${q.end}`, qp, push, 'the');
    item.quotes?.forEach((q, j) => {
      const account = event.accounts.find((a) => a.source === q.source);
      if (account === undefined) {
        push(
          at(at(qp, j), 'source'),
          'dangling-reference',
          `source "${q.source}" does not tell event "${event.id}"`,
        );
        return;
      }
      if (!account.quotes.some((x) => x.start === q.start && x.end === q.end)) {
        push(
          at(qp, j),
          'dangling-reference',
          `is not one of ${q.source}'s quotes of event "${event.id}": no quote runs from ${q.start} to ${q.end}`,
        );
        return;
      }
      if (item.sources !== undefined && !item.sources.includes(q.source))
        push(
          at(at(qp, j), 'source'),
          'dangling-reference',
          `source "${q.source}" is not among the item's sources`,
        );
    });
    const cp = at(ip, 'claims');
    unique(item.claims ?? [], (c) => `claim "${c}"`, cp, push, 'the');
    item.claims?.forEach((c, j) => {
      if (!event.claims.some((x) => x.id === c))
        push(at(cp, j), 'dangling-reference', `event "${event.id}" has no claim "${c}"`);
    });
  });
}

/** Every briefing's rules, and ids unique across briefings. */
export function briefingsRules(d: Dataset, push: Push): void {
  const briefings = d.briefings ?? [];
  unique(briefings, (b) => `id "${b.id}"`, '$.briefings', push, 'the briefing');
  const events = new Map<string, TimelineEvent>(d.events.map((e) => [e.id, e]));
  briefings.forEach((b, i) => briefingRules(b, at('$.briefings', i), events, push));
}

/** A file that says version 1 (`written`) holds only what version 1 has. */
export function versionRules(d: Dataset, written: number, push: Push): void {
  if (written !== 1) return;
  if (d.briefings !== undefined)
    push('$.briefings', 'unsupported-format', 'briefings came with version 2: set "version": 2');
  if (d.outlets !== undefined)
    push('$.outlets', 'unsupported-format', 'outlets came with version 2: set "version": 2');
  d.events.forEach((e, i) =>
    e.claims.forEach((c, j) => {
      if (c.variantOf !== undefined)
        push(
          at(at(at(at('$.events', i), 'claims'), j), 'variantOf'),
          'unsupported-format',
          'claim variants came with version 2: set "version": 2',
        );
    }),
  );
}
