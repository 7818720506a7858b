/**
 * An external sort for lines with a key: lines are gathered into runs of bounded size, each run sorted
 * and written to a temporary file, and the runs merged through a binary heap while they are read back
 * line by line. Memory holds one run while reading and one line per run while merging.
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface Keyed {
  readonly start: number;
  readonly end: number;
  readonly id: string;
}

interface Line extends Keyed {
  readonly text: string;
}

const compare = (a: Keyed, b: Keyed): number =>
  a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A run's line: the key, then the text (which holds no newline: it is one line of JSON). */
const encode = (l: Line): string => `${l.start}\t${l.end}\t${l.id}\t${l.text}\n`;
function decode(s: string): Line {
  const a = s.indexOf('\t');
  const b = s.indexOf('\t', a + 1);
  const c = s.indexOf('\t', b + 1);
  return {
    start: Number(s.slice(0, a)),
    end: Number(s.slice(a + 1, b)),
    id: s.slice(b + 1, c),
    text: s.slice(c + 1),
  };
}

export class ExternalSorter {
  private run: Line[] = [];
  private runChars = 0;
  private readonly runs: string[] = [];
  private dir: string | null = null;

  /** `maxRunChars`: how many characters of lines a run holds before it is sorted and spilled. */
  constructor(private readonly maxRunChars = 32 * 1024 * 1024) {}

  add(key: Keyed, text: string): void {
    this.run.push({ start: key.start, end: key.end, id: key.id, text });
    this.runChars += text.length + 64;
    if (this.runChars >= this.maxRunChars) this.spill();
  }

  /** How many runs went to disk (0 when everything fit in one). */
  get spilled(): number {
    return this.runs.length;
  }

  private spill(): void {
    this.dir ??= mkdtempSync(join(tmpdir(), 'riwayat-corpus-'));
    this.run.sort(compare);
    const path = join(this.dir, `run-${this.runs.length}.txt`);
    // Written in pieces, so no single string holds the whole run.
    const parts: string[] = [];
    let size = 0;
    writeFileSync(path, '');
    for (const line of this.run) {
      const s = encode(line);
      parts.push(s);
      size += s.length;
      if (size > 16 * 1024 * 1024) {
        writeFileSync(path, parts.join(''), { flag: 'a' });
        parts.length = 0;
        size = 0;
      }
    }
    writeFileSync(path, parts.join(''), { flag: 'a' });
    this.runs.push(path);
    this.run = [];
    this.runChars = 0;
  }

  /** Every line added, in key order; temporary files are removed at the end (or on an error). */
  async *sorted(): AsyncGenerator<Line> {
    try {
      if (this.runs.length === 0) {
        this.run.sort(compare);
        yield* this.run;
        return;
      }
      if (this.run.length > 0) this.spill();
      yield* merge(this.runs);
    } finally {
      if (this.dir !== null) rmSync(this.dir, { recursive: true, force: true });
      this.run = [];
    }
  }
}

async function* merge(paths: readonly string[]): AsyncGenerator<Line> {
  const readers = paths.map((p) =>
    createInterface({ input: createReadStream(p, { encoding: 'utf8' }), crlfDelay: Infinity })[
      Symbol.asyncIterator
    ](),
  );
  // A binary min-heap of the current line of each run.
  const heap: { line: Line; from: number }[] = [];
  const less = (i: number, j: number): boolean =>
    compare((heap[i] as { line: Line }).line, (heap[j] as { line: Line }).line) < 0;
  const swap = (i: number, j: number): void => {
    [heap[i], heap[j]] = [heap[j] as (typeof heap)[number], heap[i] as (typeof heap)[number]];
  };
  const up = (i: number): void => {
    while (i > 0 && less(i, (i - 1) >> 1)) {
      swap(i, (i - 1) >> 1);
      i = (i - 1) >> 1;
    }
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(l, m)) m = l;
      if (r < heap.length && less(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (let from = 0; from < readers.length; from++) {
    const next = await (readers[from] as AsyncIterator<string>).next();
    if (next.done !== true) {
      heap.push({ line: decode(next.value), from });
      up(heap.length - 1);
    }
  }
  while (heap.length > 0) {
    const top = heap[0] as (typeof heap)[number];
    yield top.line;
    const next = await (readers[top.from] as AsyncIterator<string>).next();
    if (next.done !== true) {
      heap[0] = { line: decode(next.value), from: top.from };
    } else {
      const last = heap.pop() as (typeof heap)[number];
      if (heap.length === 0) break;
      heap[0] = last;
    }
    down(0);
  }
}
