/**
 * A kind's or side's id follows its name while the id is the one its name made (third newcomer trial,
 * S3 10: "The quake and its damage" kept the id `event`, the junta's side `other`), with every event
 * and person that has it; a term whose id was chosen otherwise keeps it.
 */
import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  datasetOf,
  EMPTY_DRAFT,
  NEW_STORY,
  renameTermCommand,
  termsOf,
  type Command,
  type Draft,
} from '../../src/author';
import { validateDataset } from '../../src/data';

const run = (d: Draft, ...commands: Command[]): Draft => commands.reduce(applyCommand, d);
const rename = (d: Draft, v: 'kinds' | 'sides', id: string, en: string, ar = 'اسم'): Draft =>
  run(d, { type: 'batch', commands: renameTermCommand(d, v, id, { ar, en }) });

const story = (): Draft =>
  run(
    NEW_STORY,
    { type: 'add-article', text: 'أعلن المجلس العسكري في ميانمار أن عدد القتلى تجاوز ألف شخص يوم السبت.' },
    {
      type: 'add-entity',
      id: 'junta',
      fields: {
        kind: 'organisation',
        side: 'other',
        name: { ar: 'المجلس العسكري', en: 'The junta' },
        aliases: [],
      },
    },
    {
      type: 'create-event',
      id: 'toll',
      fields: { start: '2025-03-29', title: { ar: 'الحصيلة', en: 'The toll' } },
    },
  );

describe('a term renamed', () => {
  it('takes the id of its new name, with the events and people that have it', () => {
    let d = story();
    expect(d.events[0]?.kind).toBe('event');
    d = rename(d, 'kinds', 'event', 'The quake and its damage');
    d = rename(d, 'sides', 'other', 'Myanmar junta', 'المجلس العسكري');
    expect(termsOf(d, 'kinds').map((t) => t.id)).toEqual(['the-quake-and-its-damage']);
    expect(termsOf(d, 'sides').map((t) => t.id)).toEqual(['myanmar-junta']);
    expect(d.events[0]?.kind).toBe('the-quake-and-its-damage');
    expect(d.entities[0]?.side).toBe('myanmar-junta');
    // Renamed again, it follows again: its id is still the one its name made.
    d = rename(d, 'kinds', 'the-quake-and-its-damage', 'The quake');
    expect(d.events[0]?.kind).toBe('the-quake');
    expect(termsOf(d, 'kinds').map((t) => t.name.en)).toEqual(['The quake']);
  });

  it('keeps an id chosen otherwise, and never takes one another term has', () => {
    const bundled = run(EMPTY_DRAFT, { type: 'import-bundled-terms', vocabulary: 'kinds' });
    const statement = termsOf(bundled, 'kinds').find((t) => t.id === 'statement');
    expect(statement).toBeDefined();
    expect(
      renameTermCommand(bundled, 'kinds', 'statement', { ar: 'تصريحات', en: 'Official words' }),
    ).toHaveLength(1);
    const two = run(story(), {
      type: 'add-term',
      vocabulary: 'kinds',
      id: 'the-toll',
      name: { ar: 'الحصيلة', en: 'The toll' },
      colour: 'red',
    });
    const d = rename(two, 'kinds', 'event', 'The toll');
    expect(termsOf(d, 'kinds').map((t) => t.id)).toEqual(['the-toll-2', 'the-toll']);
    // A name of no Latin letters makes no id: the id stays.
    expect(renameTermCommand(story(), 'sides', 'other', { ar: 'المجلس العسكري', en: '' })).toHaveLength(1);
  });

  it('leaves a dataset the checker accepts as before', () => {
    const d = rename(rename(story(), 'kinds', 'event', 'The quake'), 'sides', 'other', 'Myanmar junta');
    const codes = (x: Draft): string[] => validateDataset(datasetOf(x)).map((p) => p.code);
    expect(codes(d)).toEqual(codes(story()));
  });
});
