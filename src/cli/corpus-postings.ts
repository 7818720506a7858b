/**
 * Gathering the word index while the build writes events in row order: a word's rows in memory until
 * `maxWords` words or `maxRows` rows are held, then spilled to a temporary file sorted by word; at the end the files are
 * merged word by word (rows of one word stay in order, as files are written in row order).
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { POSTINGS_CAP } from '../data';

interface Entry {
  total: number;
  rows: number[];
}

export class PostingsBuilder {
  private words = new Map<string, Entry>();
  private readonly files: string[] = [];
  private dir: string | null = null;
  /** Rows held in memory, over every word. */
  private rows = 0;

  constructor(
    private readonly maxWords = 300_000,
    private readonly cap = POSTINGS_CAP,
    /** Bounds the memory however many events share the held words (about 8 bytes a row). */
    private readonly maxRows = 20_000_000,
  ) {}

  /** How many times the words held so far were spilled to disk. */
  get spills(): number {
    return this.files.length;
  }

  add(word: string, row: number): void {
    let e = this.words.get(word);
    if (e === undefined) this.words.set(word, (e = { total: 0, rows: [] }));
    e.total++;
    if (e.rows.length < this.cap) {
      e.rows.push(row);
      this.rows++;
    }
    if (this.words.size >= this.maxWords || this.rows >= this.maxRows) this.spill();
  }

  private spill(): void {
    this.dir ??= mkdtempSync(join(tmpdir(), 'riwayat-postings-'));
    const path = join(this.dir, `words-${this.files.length}.txt`);
    const sorted = [...this.words.keys()].sort();
    writeFileSync(path, '');
    let parts: string[] = [];
    for (const w of sorted) {
      const e = this.words.get(w) as Entry;
      parts.push(JSON.stringify([w, e.total, e.rows]) + '\n');
      if (parts.length >= 50_000) {
        writeFileSync(path, parts.join(''), { flag: 'a' });
        parts = [];
      }
    }
    writeFileSync(path, parts.join(''), { flag: 'a' });
    this.files.push(path);
    this.words = new Map();
    this.rows = 0;
  }

  /** Every word in code-unit order with its count and first rows (ascending); temp files removed. */
  async *sorted(): AsyncGenerator<[string, number, number[]]> {
    try {
      if (this.files.length === 0) {
        for (const w of [...this.words.keys()].sort()) {
          const e = this.words.get(w) as Entry;
          yield [w, e.total, e.rows];
        }
        return;
      }
      if (this.words.size > 0) this.spill();
      const readers = this.files.map((p) =>
        createInterface({ input: createReadStream(p, { encoding: 'utf8' }), crlfDelay: Infinity })[
          Symbol.asyncIterator
        ](),
      );
      const heads: ([string, number, number[]] | null)[] = [];
      const pull = async (i: number) => {
        const n = await (readers[i] as AsyncIterator<string>).next();
        heads[i] = n.done === true ? null : (JSON.parse(n.value) as [string, number, number[]]);
      };
      for (let i = 0; i < readers.length; i++) await pull(i);
      for (;;) {
        let word: string | null = null;
        for (const h of heads) if (h !== null && (word === null || h[0] < word)) word = h[0];
        if (word === null) return;
        let total = 0;
        let rows: number[] = [];
        // Files in the order written: their rows ascend from one file to the next.
        for (let i = 0; i < heads.length; i++) {
          const h = heads[i];
          if (h === null || h === undefined || h[0] !== word) continue;
          total += h[1];
          if (rows.length < this.cap) rows = rows.concat(h[2]).slice(0, this.cap);
          await pull(i);
        }
        yield [word, total, rows];
      }
    } finally {
      if (this.dir !== null) rmSync(this.dir, { recursive: true, force: true });
      this.words = new Map();
    }
  }
}
