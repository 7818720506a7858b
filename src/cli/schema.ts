/**
 * npm run data:schema
 * Writes the JSON Schemas of both dataset forms to `schema/`, generated from the same definitions the
 * app and the checker validate with, so they cannot drift apart.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { DATASET_VERSION } from '../domain';
import {
  briefingsFileSchema,
  datasetSchema,
  entitiesFileSchema,
  eventsFileSchema,
  jsonSchemaOf,
  outletsFileSchema,
  sourcesFileSchema,
} from '../data';

export function schemaDocuments(): Record<string, unknown> {
  const v = `v${DATASET_VERSION}`;
  return {
    [`dataset.${v}.schema.json`]: jsonSchemaOf(datasetSchema, 'dataset'),
    [`sources.${v}.schema.json`]: jsonSchemaOf(sourcesFileSchema, 'sources'),
    [`entities.${v}.schema.json`]: jsonSchemaOf(entitiesFileSchema, 'entities'),
    [`events.${v}.schema.json`]: jsonSchemaOf(eventsFileSchema, 'events'),
    [`briefings.${v}.schema.json`]: jsonSchemaOf(briefingsFileSchema, 'briefings'),
    [`outlets.${v}.schema.json`]: jsonSchemaOf(outletsFileSchema, 'outlets'),
  };
}

function main(): void {
  mkdirSync('schema', { recursive: true });
  for (const [name, doc] of Object.entries(schemaDocuments())) {
    writeFileSync(`schema/${name}`, JSON.stringify(doc, null, 2) + '\n');
    console.log(`wrote schema/${name}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
