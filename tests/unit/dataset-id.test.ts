import { describe, expect, it } from 'vitest';
import { applyCommand, EMPTY_DRAFT, type Draft } from '../../src/author';
import { entitySchema, eventSchema } from '../../src/data/dataset-schema';
import { ProblemList } from '../../src/data/problems';
import { DATASET_ID_MAX, isDatasetId } from '../../src/domain';
import { readParam } from '../../src/state';

const longest = 'a'.repeat(DATASET_ID_MAX);
const tooLong = 'a'.repeat(DATASET_ID_MAX + 1);

describe('isDatasetId: the one rule for the dataset’s ids', () => {
  it('takes lower-case letters, digits and ._- after a first letter or digit, up to the maximum', () => {
    for (const id of ['a', '0', 'call-2024-06-25', 'un.sc', 'art_000', longest])
      expect(isDatasetId(id), id).toBe(true);
  });

  it('refuses one character more, an empty id, a leading mark, capitals, spaces and Arabic', () => {
    for (const id of [tooLong, '', '-a', '.a', '_a', 'Call', 'a b', 'دعوة', 'a/b'])
      expect(isDatasetId(id), id).toBe(false);
  });

  it('is what the address reads as an id', () => {
    expect(readParam(`?event=${longest}`, 'event')).toBe(longest);
    expect(readParam(`?event=${tooLong}`, 'event')).toBeNull();
    expect(readParam('?event=Call', 'event')).toBeNull();
  });

  it('is what the workbench gives an entity', () => {
    const add = (id: string): Draft =>
      applyCommand(EMPTY_DRAFT, {
        type: 'add-entity',
        id,
        fields: { name: { ar: 'أ', en: 'A' } },
      });
    expect(add(longest).entities.map((e) => e.id)).toEqual([longest]);
    expect(add(tooLong)).toBe(EMPTY_DRAFT);
  });

  it('is the schema’s id, for events and entities alike', () => {
    const refused = (id: string): boolean[] =>
      [entitySchema, eventSchema].map((schema) => {
        const problems = new ProblemList();
        schema.check({ id }, '$', problems);
        return problems.items.some((p) => p.path === '$.id');
      });
    expect(refused(longest)).toEqual([false, false]);
    expect(refused(tooLong)).toEqual([true, true]);
    expect(refused('Call')).toEqual([true, true]);
  });
});
