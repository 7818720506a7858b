import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  datasetOf,
  eventIdStem,
  followEvent,
  NEW_STORY,
  readSaved,
  renderingKey,
  run,
  SAVED_VERSION,
  startHistory,
  toSaved,
  undo,
  updateEventCommand,
  type Command,
  type Draft,
} from '../../src/author';
import type { BriefingId, EventId } from '../../src/domain';

const apply = (d: Draft, ...cs: Command[]): Draft => cs.reduce(applyCommand, d);

const TEXT = 'قال المرصد إن زلزالا بقوة 6.9 درجات ضرب سيبو أمس الأربعاء.';

/** A draft with one article and an event made from it on 2025-10-01, as "New event from this date" makes it. */
const made = (): Draft =>
  apply(
    NEW_STORY,
    { type: 'add-article', text: TEXT },
    { type: 'create-event', id: 'event-2025-10-01', fields: { start: '2025-10-01' } },
    { type: 'attach-quote', event: 'event-2025-10-01', source: 'art-000', start: 0, end: 10 },
    {
      type: 'mark-rendering',
      quote: { event: 'event-2025-10-01', source: 'art-000', start: 0, end: 10 },
      draft: true,
    },
  );

describe('a new event’s id follows its date and title (#24 D8)', () => {
  it('makes the id from the English title’s words and the date, as the bundled ids are', () => {
    expect(eventIdStem({ start: '2025-09-30', title: { ar: '', en: '' } })).toBe('event-2025-09-30');
    expect(
      eventIdStem({ start: '2025-09-30', title: { ar: 'هزات', en: 'Aftershocks: 300 → 600 → 2,329' } }),
    ).toBe('aftershocks-300-600-2-329-2025-09-30');
    expect(
      eventIdStem({
        start: '2025-09',
        title: { ar: '', en: 'Churches and the Bantayan bell tower collapse in Cebu province' },
      }),
    ).toBe('churches-and-the-bantayan-bell-tower-2025-09');
    expect(eventIdStem({ start: '', title: { ar: 'زلزال', en: '' } })).toBe('event-new');
    expect(
      eventIdStem({
        start: '2022-10-21',
        title: { ar: '', en: 'Two Russians arrested in Italy and Germany' },
      }),
    ).toBe('two-russians-arrested-in-italy-2022-10-21');
  });

  it('renames an event dated again, in the same step, and every reference follows', () => {
    const before = {
      ...made(),
      briefings: [
        {
          id: 'b1' as BriefingId,
          title: { ar: 'أ', en: 'A' },
          items: [{ event: 'event-2025-10-01' as EventId }],
        },
      ],
    };
    const command = updateEventCommand(before, 'event-2025-10-01', { start: '2025-09-30' });
    expect(command.type).toBe('batch');
    const after = applyCommand(before, command);
    expect(after.events.map((e) => e.id)).toEqual(['event-2025-09-30']);
    expect(after.events[0]!.start).toBe('2025-09-30');
    expect(after.briefings![0]!.items[0]!.event).toBe('event-2025-09-30');
    expect(after.renderingDrafts).toEqual([
      renderingKey({ event: 'event-2025-09-30', source: 'art-000', start: 0, end: 10 }),
    ]);
    // Then the title: the id takes its words.
    const titled = applyCommand(
      after,
      updateEventCommand(after, 'event-2025-09-30', { title: { ar: 'زلزال', en: 'Quake strikes off Cebu' } }),
    );
    expect(titled.events[0]!.id).toBe('quake-strikes-off-cebu-2025-09-30');
    // The workbench's list of new events is its own: never exported.
    expect(datasetOf(titled)).not.toHaveProperty('newEvents');
  });

  it('leaves the id alone when it already fits, and never takes another event’s', () => {
    const d = apply(made(), {
      type: 'create-event',
      id: 'event-2025-09-30',
      fields: { start: '2025-09-30' },
    });
    const c = updateEventCommand(d, 'event-2025-10-01', { start: '2025-09-30' });
    const after = applyCommand(d, c);
    expect(after.events.map((e) => e.id)).toEqual(['event-2025-09-30-1', 'event-2025-09-30']);
    expect(updateEventCommand(after, 'event-2025-09-30-1', { basis: 'context' }).type).toBe('update-event');
  });

  it('keeps the id of an event the draft began with: its address may be published', () => {
    const opened: Draft = {
      ...NEW_STORY,
      events: apply(NEW_STORY, {
        type: 'create-event',
        id: 'call-2022-10-21',
        fields: { start: '2022-10-21' },
      }).events,
    };
    const c = updateEventCommand(opened, 'call-2022-10-21', { start: '2022-10-20' });
    expect(c).toEqual({ type: 'update-event', event: 'call-2022-10-21', fields: { start: '2022-10-20' } });
  });

  it('is one undo step, and a saved draft with a rename reads back', () => {
    let h = startHistory(made());
    h = run(h, updateEventCommand(h.present, 'event-2025-10-01', { start: '2025-09-30' }));
    expect(h.present.events[0]!.id).toBe('event-2025-09-30');
    expect(undo(h).present.events[0]!.id).toBe('event-2025-10-01');
    const read = readSaved({ version: SAVED_VERSION, revision: 1, ...toSaved(h) });
    expect(read.ok && read.history.present.events[0]!.id).toBe('event-2025-09-30');
  });

  it('follows the event being written through a rename and its undo, by its place', () => {
    const a = [{ id: 'x' }, { id: 'event-2025-10-01' }];
    const b = [{ id: 'x' }, { id: 'event-2025-09-30' }];
    expect(followEvent(a, b, 'event-2025-10-01')).toBe('event-2025-09-30');
    expect(followEvent(b, a, 'event-2025-09-30')).toBe('event-2025-10-01');
    expect(followEvent(a, b, 'x')).toBe('x');
    // An event removed is gone, not replaced by its neighbour.
    expect(followEvent(a, [{ id: 'x' }], 'event-2025-10-01')).toBeNull();
    expect(followEvent(a, b, null)).toBeNull();
  });
});
