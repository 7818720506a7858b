/** The corpus's Parquet files answer an ordinary engine unchanged: DuckDB reads them as they are. */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeCorpusInput } from '../../bench/corpus-input';
import { buildCorpus } from '../../src/cli/corpus';
import { buildTimeIndex, type TimelineEvent } from '../../src/domain';

const tmp = mkdtempSync(join(tmpdir(), 'riwayat-duckdb-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('DuckDB reads the skeleton: counts per kind, time order, titles and dates as written', async () => {
  await writeCorpusInput(join(tmp, 'in'), 600, 11);
  const built = await buildCorpus(join(tmp, 'in'), join(tmp, 'out'), {
    rowGroupRows: 2048,
    rowGroupsPerFile: 1,
  });
  expect(built.ok).toBe(true);
  const events = readFileSync(join(tmp, 'in', 'events.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as TimelineEvent);
  const sorted = buildTimeIndex(events);

  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const glob = join(tmp, 'out', 'events-*.parquet').replaceAll("'", "''");
  const byKind = await c.runAndReadAll(
    `SELECT kind, count(*) AS n FROM '${glob}' GROUP BY kind ORDER BY kind`,
  );
  const expected = new Map<string, number>();
  for (const e of events) expected.set(e.kind, (expected.get(e.kind) ?? 0) + 1);
  expect(byKind.getRowObjectsJson()).toStrictEqual(
    [...expected].sort(([a], [b]) => (a < b ? -1 : 1)).map(([kind, n]) => ({ kind, n: String(n) })),
  );

  const rows = await c.runAndReadAll(
    `SELECT id, title_ar, start, epoch_ms(start_ms) AS ms FROM read_parquet('${glob}', filename = true) ORDER BY filename, file_row_number`,
  );
  const got = rows.getRowObjectsJson();
  expect(got.map((r) => r['id'])).toStrictEqual(sorted.events.map((e) => e.id));
  expect(got.map((r) => r['title_ar'])).toStrictEqual(sorted.events.map((e) => e.title.ar));
  expect(got.map((r) => r['start'])).toStrictEqual(sorted.events.map((e) => e.start));
  expect(got.map((r) => Number(r['ms']))).toStrictEqual([...sorted.starts]);
  c.closeSync();
}, 60_000);
