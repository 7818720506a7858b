/**
 * `corpus verify` over tampered corpora: one corpus built once, copied and broken in one place per
 * test (each kind of file, each rule), the checksums above the break recomputed where the test is
 * about a rule rather than a checksum, so that only the rule can catch it.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpusInput } from '../../bench/corpus-input';
import { buildCorpus, rowGroupSpans } from '../../src/cli/corpus';
import { verifyCorpus } from '../../src/cli/corpus-verify';
import type { BlockRef, CorpusManifest, TreeName } from '../../src/data';

const tmp = mkdtempSync(join(tmpdir(), 'riwayat-verify-test-'));
const built = join(tmp, 'built');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(async () => {
  await writeCorpusInput(join(tmp, 'in'), 300, 5);
  const r = await buildCorpus(join(tmp, 'in'), built);
  if (!r.ok) throw new Error(r.problems.join('\n'));
}, 120_000);

const sha = (b: Uint8Array | string): string => createHash('sha256').update(b).digest('hex');
let copies = 0;
/** A fresh copy of the built corpus. */
function copy(): string {
  const dir = join(tmp, `copy-${copies++}`);
  cpSync(built, dir, { recursive: true });
  return dir;
}
const manifestOf = (dir: string): CorpusManifest =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CorpusManifest;
const writeManifest = (dir: string, m: CorpusManifest): void =>
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));

/** Lists `path` in the manifest again with its present size and checksum. */
function relist(dir: string, path: string): void {
  const m = manifestOf(dir) as CorpusManifest & { files: { path: string; bytes: number; sha256: string }[] };
  const bytes = readFileSync(join(dir, path));
  for (const list of [m.files, m.skeleton, m.density] as { path: string; bytes: number; sha256: string }[][])
    for (const f of list)
      if (f.path === path) {
        f.bytes = bytes.length;
        f.sha256 = sha(bytes);
      }
  writeManifest(dir, m);
}

const readRef = (dir: string, ref: BlockRef): string =>
  readFileSync(join(dir, ref[0]))
    .subarray(ref[1], ref[1] + ref[2])
    .toString('utf8');

/**
 * Edits the first block of `tree` whose text `pick` accepts (the edit keeps its byte length), and
 * recomputes the checksums above it: its node's, the nodes' above, the root's and the pack files'.
 */
function editBlock(
  dir: string,
  tree: TreeName,
  pick: (text: string) => boolean,
  edit: (text: string) => string,
): void {
  const m = manifestOf(dir);
  const find = (ref: BlockRef, depth: number): BlockRef[] | null => {
    const text = readRef(dir, ref);
    if (depth === 0) return pick(text) ? [ref] : null;
    for (const child of (JSON.parse(text) as { refs: BlockRef[] }).refs) {
      const path = find(child, depth - 1);
      if (path !== null) return [ref, ...path];
    }
    return null;
  };
  const chain = find(m.trees[tree].root, m.trees[tree].depth);
  if (chain === null) throw new Error(`no block of ${tree} to edit`);
  let replace = (text: string): string => edit(text);
  const touched = new Set<string>();
  for (let i = chain.length - 1; i >= 0; i--) {
    const ref = chain[i]!;
    const file = readFileSync(join(dir, ref[0]));
    const before = readRef(dir, ref);
    const after = replace(before);
    const bytes = Buffer.from(after, 'utf8');
    expect(bytes.length).toBe(ref[2]);
    bytes.copy(file, ref[1]);
    writeFileSync(join(dir, ref[0]), file);
    touched.add(ref[0]);
    const [oldSha, newSha] = [ref[3], sha(bytes)];
    replace = (text) => text.replace(oldSha, newSha);
    if (i === 0) {
      const fresh = manifestOf(dir);
      (fresh.trees[tree].root as unknown as string[])[3] = newSha;
      writeManifest(dir, fresh);
    }
  }
  for (const path of touched) relist(dir, path);
}

/** Rewrites skeleton file 0 through DuckDB with `select` over its rows, and lists it again. */
async function rewriteSkeleton(dir: string, select: string): Promise<void> {
  const m = manifestOf(dir);
  const file = m.skeleton[0]!;
  const path = join(dir, file.path).replaceAll("'", "''");
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run(`CREATE TABLE t AS SELECT *, row_number() OVER () - 1 AS r FROM read_parquet('${path}')`);
  await c.run(`COPY (${select}) TO '${path}.new' (FORMAT parquet, ROW_GROUP_SIZE ${m.rowGroupRows})`);
  c.closeSync();
  db.closeSync();
  const bytes = new Uint8Array(readFileSync(`${join(dir, file.path)}.new`));
  rmSync(`${join(dir, file.path)}.new`);
  writeFileSync(join(dir, file.path), bytes);
  const spans = rowGroupSpans(bytes);
  const fresh = manifestOf(dir) as unknown as { skeleton: Record<string, unknown>[] };
  const k = fresh.skeleton[0]!;
  k['footer'] = { ...spans.footer, sha256: sha(bytes.subarray(spans.footer.offset)) };
  k['rowGroups'] = (k['rowGroups'] as Record<string, unknown>[]).map((g, i) => {
    const s = spans.groups[i]!;
    return {
      ...g,
      offset: s.offset,
      length: s.length,
      sha256: sha(bytes.subarray(s.offset, s.offset + s.length)),
    };
  });
  writeManifest(dir, fresh as unknown as CorpusManifest);
  relist(dir, file.path);
}

const COLUMNS = 'id, start_ms, end_ms, "start", "end", precision, basis, kind, actors, title_ar, title_en';

describe('corpus verify', { timeout: 120_000 }, () => {
  it('passes the corpus the build wrote', async () => {
    expect(await verifyCorpus(built)).toStrictEqual({ problems: [], omitted: 0 });
  });

  it('manifest: a count that the skeleton does not hold', async () => {
    const dir = copy();
    const m = manifestOf(dir);
    writeManifest(dir, { ...m, counts: { ...m.counts, events: m.counts.events + 1 } });
    const { problems } = await verifyCorpus(dir);
    expect(problems).toStrictEqual(['manifest.json: the skeleton does not hold every event']);
  });

  it('manifest: a time range, a longest span and a lane count the skeleton does not give', async () => {
    const dir = copy();
    const m = manifestOf(dir);
    const lanes = m.lanes.map((l, i) =>
      i === 0 ? { ...l, events: l.events + 1 } : i === 1 ? { ...l, events: l.events - 1 } : l,
    );
    writeManifest(dir, {
      ...m,
      maxSpan: m.maxSpan - 1,
      time: { start: m.time!.start - 1, end: m.time!.end },
      lanes,
    });
    const { problems } = await verifyCorpus(dir);
    expect(problems).toContain(`manifest.json: maxSpan is ${m.maxSpan - 1}, the skeleton gives ${m.maxSpan}`);
    expect(problems.some((p) => p.startsWith('manifest.json: time is'))).toBe(true);
    expect(problems).toContain(
      `manifest.json: lane ${m.lanes[0]!.id}: ${m.lanes[0]!.events + 1} events listed, the skeleton holds ${m.lanes[0]!.events}`,
    );
  });

  it('files: a changed byte, a missing file, an unlisted file', async () => {
    const dir = copy();
    const density = join(dir, 'density-year-1.json');
    writeFileSync(density, readFileSync(density, 'utf8').replace('"counts":[', '"counts":[ '));
    rmSync(join(dir, 'entities.json'));
    writeFileSync(join(dir, 'events', 'extra.jsonl'), '{}\n');
    const { problems } = await verifyCorpus(dir);
    expect(problems).toContain(
      'density-year-1.json: ' +
        `${readFileSync(density).length} bytes, the manifest says ${readFileSync(density).length - 1}`,
    );
    expect(problems).toContain('entities.json: listed in the manifest but missing');
    expect(problems).toContain('events/extra.jsonl: not listed in the manifest');
  });

  it('density: a period counted wrong, with its checksum made to match', async () => {
    const dir = copy();
    const path = 'density-month-1.json';
    const d = JSON.parse(readFileSync(join(dir, path), 'utf8')) as {
      lanes: Record<string, { starts: number[]; counts: number[] }>;
    };
    const [lane, l] = Object.entries(d.lanes)[0]!;
    l.counts[2]! += 1;
    writeFileSync(join(dir, path), JSON.stringify(d));
    relist(dir, path);
    const { problems } = await verifyCorpus(dir);
    const when = new Date(l.starts[2]!).toISOString().slice(0, 10);
    expect(problems).toStrictEqual([
      `${path} lane ${lane} period 2: lists ${when} × ${l.counts[2]}, the skeleton gives ${when} × ${l.counts[2]! - 1}`,
    ]);
  });

  it('skeleton: a title that is not its event’s, with every checksum made to match', async () => {
    const dir = copy();
    await rewriteSkeleton(
      dir,
      `SELECT ${COLUMNS.replace('title_en', "CASE WHEN r = 5 THEN 'Changed' ELSE title_en END AS title_en")} FROM t ORDER BY r`,
    );
    const { problems } = await verifyCorpus(dir);
    expect(
      problems.some((p) =>
        /^rows\/\d+\.jsonl bytes \d+–\d+ \(rows tree\) row 5: differs from the skeleton's row \(title_en: ".*" ≠ "Changed"\)$/.test(
          p,
        ),
      ),
    ).toBe(true);
    expect(
      problems.some((p) =>
        /^events\/\d+\.jsonl bytes \d+–\d+ \(events tree\) row 5: the event is not the skeleton's row \(title_en: /.test(
          p,
        ),
      ),
    ).toBe(true);
  });

  it('skeleton: two rows out of time order', async () => {
    const dir = copy();
    await rewriteSkeleton(
      dir,
      `SELECT ${COLUMNS} FROM t ORDER BY CASE r WHEN 3 THEN 4 WHEN 4 THEN 3 ELSE r END`,
    );
    const { problems } = await verifyCorpus(dir);
    const file = manifestOf(dir).skeleton[0]!.path;
    expect(problems).toContain(
      `${file} row group 0 row 4 (corpus row 4): not after the row before in time order (start_ms, end_ms, id)`,
    );
  });

  it('skeleton: a period that is not its dates’, a row group whose bounds are wrong, a changed row group', async () => {
    const dir = copy();
    await rewriteSkeleton(
      dir,
      `SELECT ${COLUMNS.replace('end_ms', 'CASE WHEN r = 7 THEN end_ms + INTERVAL 1 DAY ELSE end_ms END AS end_ms')} FROM t ORDER BY r`,
    );
    let problems = (await verifyCorpus(dir)).problems;
    const file = manifestOf(dir).skeleton[0]!.path;
    expect(problems).toContain(
      `${file} row group 0 row 7 (corpus row 7): start_ms and end_ms are not the period of its dates`,
    );

    const other = copy();
    const m = manifestOf(other) as unknown as { skeleton: { rowGroups: Record<string, number>[] }[] };
    m.skeleton[0]!.rowGroups[0]!['endMax']! -= 1;
    writeManifest(other, m as unknown as CorpusManifest);
    problems = (await verifyCorpus(other)).problems;
    expect(problems.some((p) => p.startsWith(`${file} row group 0: startMin/startMax/endMax listed`))).toBe(
      true,
    );

    const third = copy();
    const g = manifestOf(third).skeleton[0]!.rowGroups[0]!;
    const bytes = readFileSync(join(third, file));
    bytes[g.offset + 20] = bytes[g.offset + 20]! ^ 0x01;
    writeFileSync(join(third, file), bytes);
    relist(third, file);
    problems = (await verifyCorpus(third)).problems;
    expect(problems).toContain(`${file} row group 0: does not match its SHA-256`);
  });

  it('events block: a quote that is not its article’s slice, with its checksums made to match', async () => {
    const dir = copy();
    editBlock(
      dir,
      'events',
      (t) => t.includes('"quotes":[{'),
      // The first letter of the first quote becomes another of the same UTF-8 length.
      (t) =>
        t.replace(
          /("quotes":\[\{"start":\d+,"end":\d+,"text":")(.)/u,
          (_, a: string, c: string) =>
            a + (c === 'ب' ? 'ت' : c.charCodeAt(0) >= 0x600 ? 'ب' : c === 'x' ? 'y' : 'x'),
        ),
    );
    const { problems } = await verifyCorpus(dir);
    expect(
      problems.some(
        (p) =>
          /\(events tree\) row \d+ \$\.accounts\[\d+\]\.quotes\[0\]/.test(p) &&
          p.includes('[quote-mismatch]'),
      ),
    ).toBe(true);
  });

  it('events block: a checksum that does not match', async () => {
    const dir = copy();
    const m = manifestOf(dir);
    const pack = m.files.find((f) => f.path === 'events/0000.jsonl')!;
    const bytes = readFileSync(join(dir, pack.path));
    const at = bytes.indexOf('"title"');
    bytes[at + 1] = 'T'.charCodeAt(0);
    writeFileSync(join(dir, pack.path), bytes);
    relist(dir, pack.path);
    const { problems } = await verifyCorpus(dir);
    expect(
      problems.some((p) =>
        /^events\/0000\.jsonl bytes \d+–\d+ \(events tree\): does not match the SHA-256 its node gives$/.test(
          p,
        ),
      ),
    ).toBe(true);
  });

  it('word index: a count that the events do not give', async () => {
    const dir = copy();
    let word = '';
    editBlock(
      dir,
      'search',
      () => true,
      (t) =>
        t.replace(/^\[\["([^"]*)",(\d)/, (_, w: string, n: string) => {
          word = w;
          return `[["${w}",${(Number(n) + 1) % 10}`;
        }),
    );
    const { problems } = await verifyCorpus(dir);
    expect(problems.some((p) => p.includes(`(search tree): word "${word}": expected`))).toBe(true);
  });

  it('ids: an id that leads to another row', async () => {
    const dir = copy();
    editBlock(
      dir,
      'ids',
      () => true,
      (t) =>
        t.replace(/^\[\["([^"]*)",(\d)/, (_, id: string, n: string) => `[["${id}",${(Number(n) + 1) % 10}`),
    );
    const { problems } = await verifyCorpus(dir);
    expect(problems.some((p) => /\(ids tree\): ".*" → row \d+; the skeleton has it at \d+$/.test(p))).toBe(
      true,
    );
  });

  it('tree node: keys out of order', async () => {
    const dir = copy();
    const m = manifestOf(dir);
    const root = m.trees.rows.root;
    const text = readRef(dir, root);
    const node = JSON.parse(text) as { keys: number[] };
    expect(node.keys.length).toBeGreaterThan(2);
    const swapped = text.replace(
      `"keys":[${node.keys.join(',')}]`,
      `"keys":[${[node.keys[0], node.keys[2], node.keys[1], ...node.keys.slice(3)].join(',')}]`,
    );
    const file = readFileSync(join(dir, root[0]));
    Buffer.from(swapped).copy(file, root[1]);
    writeFileSync(join(dir, root[0]), file);
    (m.trees.rows.root as unknown as string[])[3] = sha(swapped);
    writeManifest(dir, m);
    relist(dir, root[0]);
    const { problems } = await verifyCorpus(dir);
    expect(problems).toContain(
      `${root[0]} bytes ${root[1]}–${root[1] + root[2]} (rows tree): keys 1 and 2 are not in ascending order`,
    );
  });
});
