/**
 * What the first load holds: for every chunk `scripts/bundle-budget.ts` counts, its source map says
 * which module each stretch of code came from; this script adds the stretches up per module (or per
 * package with `--packages`) and prints the modules with their share of the gzipped first load.
 *
 *   npx tsx scripts/first-load-map.ts [dist] [--packages] [--top N]
 *
 * A module's gzipped size is an estimate: its code is compressed on its own, and the estimates of a
 * chunk are then scaled so that they add up to the chunk's real gzipped size (gzip finds repeats across
 * modules, which no split can attribute exactly). Code the map gives no module is listed per chunk as
 * "(no map: chunk)": the bundler's glue, and JSON modules (the locale files), which get no map. Needs the build's source maps (`build.sourcemap` in vite.config.ts).
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { firstLoad } from './bundle-budget';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one Base64 VLQ segment of a source map's `mappings`. */
export function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    if (digit < 0) throw new Error(`not a Base64 digit in a source map: ${JSON.stringify(ch)}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return out;
}

interface SourceMap {
  readonly sources: readonly string[];
  readonly mappings: string;
}

/** The generated code of each source (by name; `null` for code the map gives no source), in order. */
export function codeBySource(code: string, map: SourceMap): Map<string | null, string> {
  const lines = code.split('\n');
  const pieces = new Map<string | null, string[]>();
  const add = (source: string | null, text: string): void => {
    if (text === '') return;
    const list = pieces.get(source) ?? [];
    list.push(text);
    pieces.set(source, list);
  };
  let sourceIndex = 0;
  map.mappings.split(';').forEach((lineMappings, lineNo) => {
    const line = lines[lineNo] ?? '';
    let column = 0;
    let start = 0;
    let current: string | null = null;
    for (const segment of lineMappings.split(',')) {
      if (segment === '') continue;
      const [dColumn = 0, dSource, ...rest] = decodeSegment(segment);
      void rest;
      column += dColumn;
      add(current, line.slice(start, column));
      start = column;
      if (dSource === undefined) current = null;
      else {
        sourceIndex += dSource;
        current = map.sources[sourceIndex] ?? null;
      }
    }
    add(current, line.slice(start));
  });
  for (let lineNo = map.mappings.split(';').length; lineNo < lines.length; lineNo++)
    add(null, lines[lineNo] ?? '');
  return new Map([...pieces].map(([source, list]) => [source, list.join('\n')]));
}

/** A source's name as the table shows it: `src/…`, or the package's name with `--packages`. */
export function moduleName(source: string | null, packages: boolean, chunk = ''): string {
  if (source === null) return `(no map: ${chunk.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '')})`;
  const path = posix.normalize(source).replace(/^(\.\.\/)+/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return packages ? (pkg[1] ?? path) : path.slice(path.indexOf('node_modules/'));
  return packages ? path.split('/').slice(0, 2).join('/') : path;
}

export interface Row {
  readonly module: string;
  readonly raw: number;
  readonly gzip: number;
}

const gz = (text: string): number => gzipSync(text, { level: 9 }).length;

/** Every module of the first load with its raw and (estimated) gzipped bytes, largest first. */
export function firstLoadModules(dist: string, packages: boolean): Row[] {
  const rows = new Map<string, { raw: number; gzip: number }>();
  for (const [file, chunkGzip] of firstLoad(dist)) {
    const code = readFileSync(join(dist, file), 'utf8');
    let map: SourceMap;
    try {
      map = JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8')) as SourceMap;
    } catch {
      map = { sources: [], mappings: '' };
    }
    const parts = [...codeBySource(code, map)].map(([source, text]) => ({
      module: moduleName(source, packages, file),
      raw: Buffer.byteLength(text),
      alone: gz(text),
    }));
    const alone = parts.reduce((sum, p) => sum + p.alone, 0);
    for (const part of parts) {
      const row = rows.get(part.module) ?? { raw: 0, gzip: 0 };
      row.raw += part.raw;
      row.gzip += alone === 0 ? 0 : (part.alone / alone) * chunkGzip;
      rows.set(part.module, row);
    }
  }
  return [...rows].map(([module, { raw, gzip }]) => ({ module, raw, gzip })).sort((a, b) => b.gzip - a.gzip);
}

function main(args: readonly string[]): void {
  const packages = args.includes('--packages');
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 40;
  const dist = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top') ?? 'dist';
  const rows = firstLoadModules(dist, packages);
  const kb = (n: number): string => (n / 1024).toFixed(1);
  const sum = rows.reduce((s, r) => s + r.gzip, 0);
  console.log(`| ${packages ? 'package or folder' : 'module'} | raw KB | gzip KB | share |`);
  console.log('| --- | ---: | ---: | ---: |');
  for (const r of rows.slice(0, top))
    console.log(`| ${r.module} | ${kb(r.raw)} | ${kb(r.gzip)} | ${((100 * r.gzip) / sum).toFixed(1)} % |`);
  const rest = rows.slice(top);
  if (rest.length > 0)
    console.log(
      `| ${rest.length} more | ${kb(rest.reduce((s, r) => s + r.raw, 0))} | ${kb(rest.reduce((s, r) => s + r.gzip, 0))} | |`,
    );
  console.log(`| **first load** | ${kb(rows.reduce((s, r) => s + r.raw, 0))} | ${kb(sum)} | |`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  main(process.argv.slice(2));
