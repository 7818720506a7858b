/**
 * The input of `corpus build`: a single-file dataset (`.json`) or a directory with `sources.json` (with
 * article texts), `entities.json`, `events.jsonl` (one event per line) and optionally `dataset.json`
 * (title, and the dataset's own kinds and sides). Its head (title, sources, entities, kinds and sides)
 * is read and checked whole; its events come as numbered lines,
 * each with its place in the file, so that the build (and each of its workers) can read a line again.
 */
import { closeSync, createReadStream, existsSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkHead, DEFAULT_TITLE, parseDataset, type CorpusHead, type Problem } from '../data';
import type { PassLine } from './corpus-pass';
import { kindsOf, sidesOf } from '../domain';
import { readJsonFile, utf8Lines } from './text-files';

const json = (value: unknown): string => JSON.stringify(value);

/** The title, sources and entities of the input, checked; its events as numbered lines of JSON. */
export function readHead(input: string): Head | { problems: string[] } {
  const show = (ps: readonly Problem[], file: string) =>
    ps.map((p) => `${file} ${p.path}: ${p.message} [${p.code}]`);
  if (!existsSync(input)) return { problems: [`${input}: no such file or directory`] };
  if (statSync(input).isFile()) {
    const parsed = parseDataset(readJsonFile(input));
    if (!parsed.ok) return { problems: show(parsed.problems, input) };
    const d = parsed.dataset;
    return {
      head: {
        title: d.title,
        sources: d.sources,
        entities: d.entities,
        kinds: kindsOf(d),
        sides: sidesOf(d),
      },
      events: null,
      size: 0,
      place: (n) => `$.events[${n}]`,
      lines: (async function* () {
        for (let i = 0; i < d.events.length; i++) {
          const text = json(d.events[i]);
          yield { line: i, at: 0, len: Buffer.byteLength(text), text };
        }
      })(),
      text: (n) => json(d.events[n]),
      close: () => undefined,
    };
  }
  const file = (name: string): unknown => readJsonFile(join(input, name));
  const meta = existsSync(join(input, 'dataset.json')) ? file('dataset.json') : {};
  const metaProblems: string[] = [];
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta))
    return {
      problems: [`${join(input, 'dataset.json')}: expected an object with format, version and title`],
    };
  const m = meta as {
    format?: unknown;
    version?: unknown;
    title?: unknown;
    kinds?: unknown;
    sides?: unknown;
  };
  if (m.format !== undefined && m.format !== 'riwayat-dataset')
    metaProblems.push(`${join(input, 'dataset.json')}: format must be "riwayat-dataset"`);
  if (m.version !== undefined && m.version !== 1)
    metaProblems.push(`${join(input, 'dataset.json')}: version must be 1`);
  if (metaProblems.length > 0) return { problems: metaProblems };
  const checked = checkHead(m.title ?? DEFAULT_TITLE, file('sources.json'), file('entities.json'), {
    kinds: m.kinds,
    sides: m.sides,
  });
  if (!checked.ok) return { problems: show(checked.problems, input) };
  const path = join(input, 'events.jsonl');
  if (!existsSync(path)) return { problems: [`${path}: no such file (one event per line)`] };
  const again = lineReader(path);
  return {
    head: checked.head,
    events: path,
    size: statSync(path).size,
    place: linePlace(path),
    lines: (async function* () {
      let at = 0;
      for await (const line of utf8Lines(createReadStream(path, { highWaterMark: 1 << 20 }))) {
        if ('error' in line) yield { n: line.n, error: line.error };
        else if ('utf8' in line) {
          if (!blank(line.utf8)) yield { line: line.n, at, len: line.utf8.length, text: line.utf8 };
        } else if (line.text.trim() !== '')
          // A byte order mark (on any line) is not part of the text: the text starts after it.
          yield { line: line.n, at: at + line.skip, len: Buffer.byteLength(line.text), text: line.text };
        at += line.bytes + 1;
      }
    })(),
    text: again.text,
    close: again.close,
  };
}

/** Whether UTF-8 bytes are blank as `String.prototype.trim` sees it (JSON lines start with `{`). */
function blank(utf8: Uint8Array): boolean {
  for (const b of utf8) {
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) continue;
    return b < 0x80 ? false : Buffer.from(utf8).toString('utf8').trim() === '';
  }
  return true;
}

/** Where line `n` of an events file is, as problems name it: `events.jsonl:7 $`. */
export const linePlace =
  (path: string) =>
  (n: number): string =>
    `${path}:${n} $`;

/**
 * Lines of `path` read again from their places (each was read whole and strictly once already, so its
 * bytes are known to be UTF-8): `len` bytes at byte `at`, a copy of their own.
 */
export function lineReader(path: string): {
  text: (n: number, at: number, len: number) => Uint8Array;
  close: () => void;
} {
  let fd: number | null = null;
  let buffer = Buffer.alloc(1 << 16);
  return {
    text: (_n, at, len) => {
      fd ??= openSync(path, 'r');
      if (buffer.length < len) buffer = Buffer.alloc(len * 2);
      const got = readSync(fd, buffer, 0, len, at);
      return Uint8Array.prototype.slice.call(buffer, 0, got);
    },
    close: () => {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}

export interface Head {
  readonly head: CorpusHead;
  /** The events file, which another thread can read lines of again; null for a single file. */
  readonly events: string | null;
  /** Its size in bytes (0 for a single file). */
  readonly size: number;
  /** Where line (or index) `n` is, as problems name it: `events.jsonl:7 $`, `$.events[6]`. */
  readonly place: (n: number) => string;
  /** The lines that are not blank, their text as a string or as its UTF-8 bytes (not decoded). */
  readonly lines: AsyncIterable<PassLine | { n: number; error: string }>;
  /** Line `n` again, `len` bytes at byte `at` of its file (its UTF-8), or its text. */
  readonly text: (n: number, at: number, len: number) => string | Uint8Array;
  readonly close: () => void;
}
