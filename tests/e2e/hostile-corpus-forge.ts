/**
 * Hostile corpora for the end-to-end tests, forged as an attacker who owns every file would forge
 * them (every checksum recomputed): a corpus is built from the bundled dataset (`dist/dataset.json`)
 * with `npm run corpus`, read into memory, changed, and served to the page by `page.route` (with or
 * without Range support) under a path of its own.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { writeSkeleton } from '../../src/data/corpus-parquet';
import type { SkeletonRow } from '../../src/data/corpus-format';

type Json = Record<string, any>;
export type Files = Map<string, Buffer>;

let built: Files | null = null;

/** The bundled dataset as a corpus, built once per test process. */
export function bundledCorpus(): Files {
  if (built !== null) return built;
  const dir = mkdtempSync(join(tmpdir(), 'riwayat-e2e-hostile-'));
  try {
    execFileSync(
      'npm',
      ['run', '-s', 'corpus', '--', 'build', 'dist/dataset.json', '--out', join(dir, 'c')],
      {
        stdio: 'pipe',
      },
    );
    const files: Files = new Map();
    const walk = (at: string): void => {
      for (const name of readdirSync(at)) {
        const path = join(at, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.set(relative(join(dir, 'c'), path), readFileSync(path));
      }
    };
    walk(join(dir, 'c'));
    built = files;
    return files;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const manifestOf = (files: Files): Json => JSON.parse(files.get('manifest.json')!.toString('utf8')) as Json;
const withManifest = (files: Files, m: Json): Files =>
  new Map([...files, ['manifest.json', Buffer.from(JSON.stringify(m))]]);

/** The corpus with its manifest changed by `edit`. */
export function editManifest(edit: (m: Json) => void): Files {
  const files = bundledCorpus();
  const m = manifestOf(files);
  edit(m);
  return withManifest(files, m);
}

/** The skeleton rows of the bundled corpus, from its rows tree (one JSON block a line). */
function rows(files: Files): SkeletonRow[] {
  const out: SkeletonRow[] = [];
  for (const [path, bytes] of files) {
    if (!path.startsWith('rows/')) continue;
    for (const line of bytes.toString('utf8').split('\n')) {
      const block = line === '' ? null : (JSON.parse(line) as Json);
      if (block !== null && Array.isArray(block['rows']))
        (block['rows'] as SkeletonRow[]).forEach((r, i) => (out[(block['firstRow'] as number) + i] = r));
    }
  }
  return out;
}

/**
 * The corpus with its skeleton replaced by one Parquet file of `change(rows)`, listed honestly in the
 * manifest (file, footer and row group checksums, rows and counts); lanes as the rows' kinds.
 */
export function withSkeleton(change: (rows: SkeletonRow[]) => SkeletonRow[], groupRows?: number): Files {
  const files = bundledCorpus();
  const m = manifestOf(files);
  const next = change(rows(files));
  const per = groupRows ?? next.length;
  const written = writeSkeleton(next, per);
  const bytes = Buffer.from(written.bytes);
  const old = m['skeleton'] as Json[];
  const path = old[0]!['path'] as string;
  let first = 0;
  m['skeleton'] = [
    {
      path,
      bytes: bytes.length,
      sha256: sha(bytes),
      firstRow: 0,
      rows: next.length,
      footer: {
        ...written.footer,
        sha256: sha(bytes.subarray(written.footer.offset, written.footer.offset + written.footer.length)),
      },
      rowGroups: written.rowGroups.map((g) => {
        const part = next.slice(first, (first += g.rows));
        let startMin = Infinity;
        let startMax = -Infinity;
        let endMax = -Infinity;
        for (const r of part) {
          startMin = Math.min(startMin, r.start_ms);
          startMax = Math.max(startMax, r.start_ms);
          endMax = Math.max(endMax, r.end_ms);
        }
        return {
          ...g,
          sha256: sha(bytes.subarray(g.offset, g.offset + g.length)),
          startMin,
          startMax,
          endMax,
        };
      }),
    },
  ];
  m['files'] = (m['files'] as Json[])
    .filter((f) => !old.some((o) => o['path'] === f['path']))
    .concat([{ path, bytes: bytes.length, sha256: sha(bytes) }]);
  m['counts'].events = next.length;
  const lanes = new Map<string, number>();
  for (const r of next) lanes.set(r.kind, (lanes.get(r.kind) ?? 0) + 1);
  m['lanes'] = [...lanes].map(([id, events]) => ({ id, events }));
  m['rowGroupRows'] = Math.max(m['rowGroupRows'] as number, per);
  const out = withManifest(files, m);
  for (const o of old) out.delete(o['path'] as string);
  out.set(path, bytes);
  return out;
}

/** The corpus whose manifest is `spaces` spaces and then the real manifest (valid JSON, and huge). */
export function paddedManifest(spaces: number): Files {
  const files = bundledCorpus();
  return new Map([
    ...files,
    ['manifest.json', Buffer.concat([Buffer.alloc(spaces, 32), files.get('manifest.json')!])],
  ]);
}

/**
 * Serves `files` at `<prefix>/` on the page's own origin. `range: false` answers a Range request with
 * the whole file (as Python's http.server does).
 */
export async function serveCorpus(
  page: Page,
  prefix: string,
  files: Files,
  options: { range?: boolean } = {},
): Promise<void> {
  await page.route(`**/${prefix}/**`, async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.split(`/${prefix}/`)[1] ?? '');
    const body = files.get(path);
    if (body === undefined) return route.fulfill({ status: 404, body: 'not found' });
    const m = /^bytes=(\d+)-(\d+)$/.exec(route.request().headers()['range'] ?? '');
    if (m !== null && options.range !== false) {
      const from = Number(m[1]);
      const to = Math.min(Number(m[2]), body.length - 1);
      return route.fulfill({
        status: 206,
        body: body.subarray(from, to + 1),
        headers: { 'content-range': `bytes ${from}-${to}/${body.length}` },
      });
    }
    return route.fulfill({ status: 200, body });
  });
}

/**
 * The corpus with every density level replaced by `body(level)` (its header is the level's own), each
 * listed honestly in the manifest (bytes, checksum, periods).
 */
export function withDensity(body: () => { lanes: Buffer; bins: number }): Files {
  const files = bundledCorpus();
  const m = manifestOf(files);
  const { lanes, bins } = body();
  const out = new Map(files);
  const entries = new Map<string, Json>();
  for (const level of m['density'] as Json[]) {
    const bytes = Buffer.concat([
      Buffer.from(`{"unit":${JSON.stringify(level['unit'])},"n":${level['n'] as number},"lanes":`),
      lanes,
      Buffer.from('}'),
    ]);
    out.set(level['path'] as string, bytes);
    Object.assign(level, { bytes: bytes.length, sha256: sha(bytes), bins });
    entries.set(level['path'] as string, { path: level['path'], bytes: bytes.length, sha256: sha(bytes) });
  }
  m['files'] = (m['files'] as Json[]).map((f) => entries.get(f['path'] as string) ?? f);
  out.set('manifest.json', Buffer.from(JSON.stringify(m)));
  return out;
}

/**
 * One lane of `periods` periods a minute apart from 2000 on, as a density level's `lanes`; with
 * `spoil`, the last count is 0, so the level is refused only after all of it is parsed and checked.
 */
export function densityLanes(lane: string, periods: number, spoil: boolean): { lanes: Buffer; bins: number } {
  const t0 = Date.UTC(2000, 0, 1);
  const starts = Array.from({ length: periods }, (_, i) => t0 + i * 60_000);
  const counts = starts.map((_, i) => (spoil && i === periods - 1 ? 0 : 1));
  return {
    lanes: Buffer.from(JSON.stringify({ [lane]: { starts, counts } })),
    bins: periods,
  };
}
