/**
 * An event's id follows its date and English title while it is new (#24 D8): made in the workbench,
 * not in the dataset the draft began from, so no address or briefing outside the draft names it yet.
 * `quake-strikes-off-cebu-2025-09-30`, as the bundled events are named (`call-2022-10-21`); with no
 * English title yet, `event-2025-09-30`. A change of date or title that would change the id renames
 * the event in the same command (one undo step), and every reference in the draft follows.
 */
import { slug, type BriefingItem, type EventId, type TimelineEvent } from '../domain';
import type { Command, EventFields } from './commands';
import { freeId, type Draft } from './draft';

/** At most this many characters of the title go into an id. */
const TITLE_CHARS = 40;
const LINKING = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** The stem an event's id has from its title and date (before it is made unique). */
export function eventIdStem(e: Pick<TimelineEvent, 'start' | 'title'>): string {
  const words = slug(e.title.en).split('-').filter(Boolean);
  const kept: string[] = [];
  for (const w of words) {
    if ([...kept, w].join('-').length > TITLE_CHARS) break;
    kept.push(w);
  }
  // A title cut short ends on a word that means something, not on "and" or "in".
  while (kept.length > 1 && LINKING.has(kept.at(-1) ?? '')) kept.pop();
  const title = kept.join('-');
  const date = /^\d{4}(-\d{2}){0,2}$/.test(e.start) ? e.start : 'new';
  return `${title || 'event'}-${date}`;
}

/** Is the event one made in this draft, whose id may still follow its date and title? */
export const isNewEvent = (d: Draft, id: string): boolean => (d.newEvents ?? []).includes(id);

/** The id the event should have now (its own when it already fits, or when it is not new). */
export function followedId(d: Draft, e: TimelineEvent): string {
  if (!isNewEvent(d, e.id)) return e.id;
  const stem = eventIdStem(e);
  if (e.id === stem || (e.id.startsWith(`${stem}-`) && /^\d+$/.test(e.id.slice(stem.length + 1))))
    return e.id;
  const taken = new Set(d.events.filter((x) => x !== e).map((x) => x.id));
  return freeId(stem, taken, true);
}

/** The draft with the event `from` named `to`, and every reference to it in the draft too. */
export function renameEvent(d: Draft, from: string, to: string): Draft {
  if (from === to || !d.events.some((e) => e.id === from) || d.events.some((e) => e.id === to)) return d;
  const id = to as EventId;
  const item = (i: BriefingItem): BriefingItem => (i.event === from ? { ...i, event: id } : i);
  const prefix = `${from} `;
  return {
    ...d,
    events: d.events.map((e) => (e.id === from ? { ...e, id } : e)),
    ...(d.briefings === undefined
      ? {}
      : { briefings: d.briefings.map((b) => ({ ...b, items: b.items.map(item) })) }),
    ...(d.renderingDrafts === undefined
      ? {}
      : {
          renderingDrafts: d.renderingDrafts.map((k) =>
            k.startsWith(prefix) ? `${to} ${k.slice(prefix.length)}` : k,
          ),
        }),
    ...(d.newEvents === undefined ? {} : { newEvents: d.newEvents.map((x) => (x === from ? to : x)) }),
    ...(d.rejectedSuggestions === undefined
      ? {}
      : {
          rejectedSuggestions: d.rejectedSuggestions.map((k) =>
            k.startsWith(prefix) ? `${to} ${k.slice(prefix.length)}` : k,
          ),
        }),
  };
}

/**
 * The command that sets an event's fields: with a new event's id following its new date or title in
 * the same step, when it would change.
 */
export function updateEventCommand(d: Draft, event: string, fields: EventFields): Command {
  const update: Command = { type: 'update-event', event, fields };
  const e = d.events.find((x) => x.id === event);
  if (e === undefined) return update;
  const to = followedId(d, { ...e, start: fields.start ?? e.start, title: fields.title ?? e.title });
  return to === event ? update : { type: 'batch', commands: [update, { type: 'rename-event', event, to }] };
}

/**
 * Which event the one written before a change is after it: itself while its id stands, else the event
 * that took its place in the list (a rename keeps the place; so does undoing one). Null when it went.
 */
export function followEvent(
  before: readonly { readonly id: string }[],
  after: readonly { readonly id: string }[],
  id: string | null,
): string | null {
  if (id === null || after.some((e) => e.id === id)) return id;
  const at = before.findIndex((e) => e.id === id);
  const now = after[at];
  if (at < 0 || now === undefined || before.length !== after.length) return null;
  return before.some((e) => e.id === now.id) ? null : now.id;
}
