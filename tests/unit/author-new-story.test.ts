import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  checkDraft,
  missingBundledTerms,
  NEW_STORY,
  termsOf,
  type Command,
  type Draft,
} from '../../src/author';
import { BUNDLED_KINDS, BUNDLED_SIDES, termIdFor } from '../../src/domain';

const run = (d: Draft, ...cs: Command[]): Draft => cs.reduce(applyCommand, d);

describe('a new story’s vocabulary (#24 D7)', () => {
  it('starts with one neutral kind and one neutral side, nothing of the bundled story', () => {
    expect(termsOf(NEW_STORY, 'kinds').map((t) => t.name.en)).toEqual(['Events']);
    expect(termsOf(NEW_STORY, 'sides').map((t) => t.name.en)).toEqual(['Unassigned']);
    const bundledIds = new Set([...BUNDLED_KINDS, ...BUNDLED_SIDES].map((t) => t.name.en));
    for (const v of ['kinds', 'sides'] as const)
      for (const t of termsOf(NEW_STORY, v)) expect(bundledIds.has(t.name.en)).toBe(false);
  });

  it('gives a new event the neutral kind, and the draft checks clean of vocabulary problems', () => {
    const d = run(NEW_STORY, { type: 'create-event', id: 'quake', fields: { start: '2025-09-30' } });
    expect(d.events[0]!.kind).toBe('event');
    const codes = checkDraft(d).problems.map((p) => `${p.path} ${p.message}`);
    expect(codes.filter((c) => /kind|side/i.test(c))).toEqual([]);
  });

  it('offers the bundled kinds and sides as one import, which replaces the unused neutral term', () => {
    expect(missingBundledTerms(NEW_STORY, 'kinds')).toHaveLength(6);
    expect(missingBundledTerms(NEW_STORY, 'sides')).toHaveLength(5);
    const d = run(NEW_STORY, { type: 'import-bundled-terms', vocabulary: 'kinds' });
    expect(termsOf(d, 'kinds').map((t) => t.id)).toEqual(BUNDLED_KINDS.map((t) => t.id));
    expect(missingBundledTerms(d, 'kinds')).toEqual([]);
    expect(run(d, { type: 'import-bundled-terms', vocabulary: 'kinds' })).toBe(d);
    // The sides' neutral term shares the bundled fallback's id: the bundled one takes its place.
    const s = run(NEW_STORY, { type: 'import-bundled-terms', vocabulary: 'sides' });
    expect(termsOf(s, 'sides').map((t) => t.name.en)).toEqual(BUNDLED_SIDES.map((t) => t.name.en));
  });

  it('keeps the neutral kind when an event has it, and the story’s own terms, adding the bundled after', () => {
    const d = run(
      NEW_STORY,
      { type: 'create-event', id: 'quake', fields: { start: '2025-09-30' } },
      {
        type: 'add-term',
        vocabulary: 'kinds',
        id: 'aftershocks',
        name: { ar: 'هزات ارتدادية', en: 'Aftershocks' },
        colour: 'teal',
      },
      { type: 'import-bundled-terms', vocabulary: 'kinds' },
    );
    expect(termsOf(d, 'kinds').map((t) => t.id)).toEqual([
      'event',
      'aftershocks',
      ...BUNDLED_KINDS.map((t) => t.id),
    ]);
    expect(d.events[0]!.kind).toBe('event');
  });

  it('gives a new side an id from its name, not a bundled one', () => {
    const taken = new Set(termsOf(NEW_STORY, 'sides').map((t) => t.id));
    expect(termIdFor('Philippine authorities', taken)).toBe('philippine-authorities');
    expect(termIdFor('Foreign agencies', taken)).toBe('foreign-agencies');
  });
});
