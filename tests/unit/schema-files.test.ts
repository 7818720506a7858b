import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaDocuments } from '../../src/cli/schema';
import { checkDirectory } from '../../src/cli/check';
import { locate } from '../../src/cli/files';

describe('the published JSON Schemas', () => {
  it('are the ones the validator is built from (run npm run data:schema after changing it)', () => {
    for (const [name, doc] of Object.entries(schemaDocuments())) {
      expect(JSON.parse(readFileSync(`schema/${name}`, 'utf8')), name).toEqual(doc);
    }
  });

  it('forbid unknown fields and name the format version', () => {
    const dataset = schemaDocuments()['dataset.v2.schema.json'] as Record<string, any>;
    expect(dataset.additionalProperties).toBe(false);
    expect(dataset.properties.format).toEqual({ const: 'riwayat-dataset' });
    // Version 2 is written; version 1 files (no briefings, no claim variants) are read.
    expect(dataset.properties.version).toEqual({ enum: [1, 2] });
    expect(dataset.required).not.toContain('briefings');
    expect(dataset.properties.briefings.items.properties.items.minItems).toBe(1);
    expect(dataset.properties.events.items.properties.claims.items.properties.variantOf).toBeDefined();
    expect(dataset.properties.events.items.required).toContain('basis');
  });
});

describe('the checker command', () => {
  it('passes the bundled corpus', () => {
    expect(checkDirectory('data')).toEqual({ problems: [], omitted: 0 });
  });

  it('names the file a person edits', () => {
    expect(locate('data', '$.events[3].title.en')).toBe('data/events.json $[3].title.en');
    expect(locate('data', '$.sources[2].text')).toBe('data/sources.json $[2] (its article text)');
  });
});
