/**
 * Checking a dataset too large to hold, one event at a time: the head (title, sources, entities)
 * by the dataset's shape and rules, then each event by the same schema and rules, ids unique across
 * the stream unless asked not to keep them.
 */
import { describe, expect, it } from 'vitest';
import { checkHead, eventChecker, type CorpusHead } from '../../src/data';
import { miniJson } from '../fixtures/mini-dataset';

function head(): CorpusHead {
  const d = miniJson();
  const r = checkHead(d.title, d.sources, d.entities);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.head;
}

describe('checkHead', () => {
  it('hands back the title, sources and entities it checked', () => {
    const d = miniJson();
    const r = checkHead(d.title, d.sources, d.entities);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.head.title).toEqual(d.title);
    expect(r.head.sources.map((s) => s.id)).toEqual(['src-a']);
    expect(r.head.entities.map((e) => e.id)).toEqual(['austin']);
  });

  it('checks the dataset’s own kinds and sides when given, and hands back the kinds', () => {
    const d = miniJson();
    const party = { id: 'party', name: { ar: 'حزب', en: 'Party' }, colour: 'teal' };
    const r = checkHead(d.title, d.sources, d.entities, { kinds: [party] });
    expect(r.ok && r.head.kinds.map((k) => k.id)).toEqual(['party']);
    expect(checkHead(d.title, d.sources, d.entities, { kinds: 'party' }).ok).toBe(false);
    expect(checkHead(d.title, d.sources, d.entities, { sides: 'party' }).ok).toBe(false);
  });

  it('refuses a head of the wrong shape, with the dataset’s paths', () => {
    const d = miniJson();
    expect(checkHead({ ar: 'x' }, d.sources, d.entities)).toEqual({
      ok: false,
      problems: [{ path: '$.title.en', code: 'required', message: 'is missing' }],
    });
  });

  it('refuses a head that breaks a rule', () => {
    const d = miniJson();
    expect(checkHead(d.title, [...d.sources, d.sources[0]], d.entities)).toEqual({
      ok: false,
      problems: [
        {
          path: '$.sources[1].id',
          code: 'duplicate-id',
          message: 'Source id "src-a" is used more than once',
        },
      ],
    });
  });
});

describe('eventChecker', () => {
  const [first, second] = miniJson().events as [Record<string, any>, Record<string, any>];

  it('passes each good event through, and refuses an id seen before at its path', () => {
    const check = eventChecker(head());
    expect(check(first, 'events[0]')).toEqual({ ok: true, event: first });
    expect(check(second, 'events[1]')).toMatchObject({ ok: true });
    expect(check(first, 'events[2]')).toEqual({
      ok: false,
      problems: [
        {
          path: 'events[2].id',
          code: 'duplicate-id',
          message: 'Event id "call-2024-06-25" is used more than once',
        },
      ],
    });
  });

  it('keeps no ids when told repeated ids are checked elsewhere', () => {
    const check = eventChecker(head(), { repeatedIds: false });
    expect(check(first, 'a').ok).toBe(true);
    expect(check(first, 'b').ok).toBe(true);
  });

  it('reports shape and rules at the path it is given', () => {
    const check = eventChecker(head());
    expect(check({ ...first, title: 3 }, 'x')).toEqual({
      ok: false,
      problems: [{ path: 'x.title', code: 'type', message: 'expected an object, found number' }],
    });
    expect(check({ ...second, actors: ['ghost'] }, 'y')).toEqual({
      ok: false,
      problems: [{ path: 'y.actors[0]', code: 'dangling-reference', message: 'no entity has id "ghost"' }],
    });
  });
});
