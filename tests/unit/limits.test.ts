/**
 * Every size limit of a dataset at its maximum and one past it, written out as numbers (not read back
 * from `LIMITS`, so that a changed limit fails here and is changed in the README on purpose).
 */
import { describe, expect, it } from 'vitest';
import {
  briefingsFileSchema,
  entitiesFileSchema,
  eventsFileSchema,
  outletsFileSchema,
  sourcesFileSchema,
  datasetSchema,
} from '../../src/data/dataset-schema';
import { ProblemList } from '../../src/data/problems';
import type { Schema } from '../../src/data/schema';
import { miniDataset } from '../fixtures/mini-dataset';

/** The codes of the problems `schema` finds in `value`, at `path` only. */
function codesAt(schema: Schema<unknown>, value: unknown, path: string): string[] {
  const problems = new ProblemList(Infinity);
  schema.check(value, '$', problems);
  return problems.items.filter((p) => p.path === path).map((p) => p.code);
}

describe('the number of items a dataset file may hold', () => {
  const cases: [string, Schema<unknown>, number][] = [
    ['sources', sourcesFileSchema, 10_000],
    ['outlets', outletsFileSchema, 10_000],
    ['entities', entitiesFileSchema, 50_000],
    ['events', eventsFileSchema, 200_000],
    ['briefings', briefingsFileSchema, 1_000],
  ];
  for (const [name, schema, max] of cases)
    it(`${name}: ${max} are read item by item, ${max + 1} refused as a whole`, () => {
      expect(codesAt(schema, new Array(max).fill(null), '$')).toStrictEqual([]);
      expect(codesAt(schema, new Array(max + 1).fill(null), '$')).toStrictEqual(['too-many']);
    });
});

describe('the limits within one dataset', () => {
  it('takes 100 aliases of an entity and refuses 101', () => {
    const d = miniDataset() as any;
    d.entities[0].aliases = Array.from({ length: 100 }, (_, i) => `اسم ${i}`);
    expect(codesAt(datasetSchema, d, '$.entities[0].aliases')).toStrictEqual([]);
    d.entities[0].aliases.push('اسم آخر');
    expect(codesAt(datasetSchema, d, '$.entities[0].aliases')).toStrictEqual(['too-many']);
  });

  it('takes 500 actors of an event and refuses 501', () => {
    const d = miniDataset() as any;
    const actor = d.events[0].actors[0] ?? d.entities[0].id;
    d.events[0].actors = new Array(500).fill(actor);
    expect(codesAt(datasetSchema, d, '$.events[0].actors')).toStrictEqual([]);
    d.events[0].actors.push(actor);
    expect(codesAt(datasetSchema, d, '$.events[0].actors')).toStrictEqual(['too-many']);
  });

  it('takes an article of 1,000,000 characters and refuses one more, and offsets up to 1,000,000', () => {
    const d = miniDataset() as any;
    d.sources[0].text = 'ب'.repeat(1_000_000);
    expect(codesAt(datasetSchema, d, '$.sources[0].text')).toStrictEqual([]);
    d.sources[0].text += 'ب';
    expect(codesAt(datasetSchema, d, '$.sources[0].text')).toStrictEqual(['too-long']);
    const quote = d.events[0].accounts[0].quotes[0];
    quote.end = 1_000_000;
    expect(codesAt(datasetSchema, d, '$.events[0].accounts[0].quotes[0].end')).toStrictEqual([]);
    quote.end = 1_000_001;
    expect(codesAt(datasetSchema, d, '$.events[0].accounts[0].quotes[0].end')).toStrictEqual([
      'offset-range',
    ]);
  });

  it('takes a title of 500 characters and a summary of 20,000, and refuses one more of each', () => {
    const d = miniDataset() as any;
    d.events[0].title.ar = 'ب'.repeat(500);
    d.events[0].summary.ar = 'ب'.repeat(20_000);
    expect(codesAt(datasetSchema, d, '$.events[0].title.ar')).toStrictEqual([]);
    expect(codesAt(datasetSchema, d, '$.events[0].summary.ar')).toStrictEqual([]);
    d.events[0].title.ar += 'ب';
    d.events[0].summary.ar += 'ب';
    expect(codesAt(datasetSchema, d, '$.events[0].title.ar')).toStrictEqual(['too-long']);
    expect(codesAt(datasetSchema, d, '$.events[0].summary.ar')).toStrictEqual(['too-long']);
  });
});
