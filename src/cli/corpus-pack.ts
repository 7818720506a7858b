/**
 * Pack files of the corpus: blocks appended one a line to `<out>/<dir>/NNNN.jsonl`, a new file every
 * `maxBytes`, each block's place and SHA-256 returned as a tree's block reference.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { BlockRef, FileEntry } from '../data';

export class PackWriter {
  private fd: number | null = null;
  private file = -1;
  private offset = 0;
  private hash = createHash('sha256');
  /** Every pack file written, with its size and checksum once closed. */
  readonly files: FileEntry[] = [];

  constructor(
    private readonly out: string,
    private readonly dir: string,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {
    mkdirSync(join(out, dir), { recursive: true });
  }

  private path(n: number): string {
    return `${this.dir}/${String(n).padStart(4, '0')}.jsonl`;
  }

  /** Appends one block (a line of JSON without its newline) and says where it is. */
  write(text: string): BlockRef {
    const bytes = Buffer.from(text, 'utf8');
    if (this.fd === null || this.offset + bytes.length > this.maxBytes) this.next();
    const at = this.offset;
    const line = Buffer.concat([bytes, Buffer.from('\n')]);
    writeSync(this.fd as number, line);
    this.hash.update(line);
    this.offset += line.length;
    return [this.path(this.file), at, bytes.length, createHash('sha256').update(bytes).digest('hex')];
  }

  private next(): void {
    this.close();
    this.file++;
    this.fd = openSync(join(this.out, this.path(this.file)), 'w');
  }

  /** Closes the current file; returns every file written. */
  close(): FileEntry[] {
    if (this.fd !== null) {
      closeSync(this.fd);
      this.files.push({ path: this.path(this.file), bytes: this.offset, sha256: this.hash.digest('hex') });
      this.fd = null;
      this.offset = 0;
      this.hash = createHash('sha256');
    }
    return this.files;
  }
}

/**
 * Gathers small items into blocks of about `maxBytes` of JSON (an item larger than that is a block of
 * its own), writes each through `pack` as `wrap(items)`, and keeps each block's first key for a tree.
 */
export class BlockBuilder {
  private items: string[] = [];
  private key: number | string | null = null;
  private size = 0;
  readonly leaves: { key: number | string; ref: BlockRef }[] = [];

  constructor(
    private readonly pack: PackWriter,
    private readonly maxBytes: number,
    private readonly wrap: (key: number | string, items: string) => string,
  ) {}

  /** Adds an item given as its JSON text. */
  add(key: number | string, json: string): void {
    const bytes = Buffer.byteLength(json, 'utf8') + 1;
    if (this.items.length > 0 && this.size + bytes > this.maxBytes) this.flush();
    if (this.items.length === 0) this.key = key;
    this.items.push(json);
    this.size += bytes;
  }

  flush(): void {
    if (this.items.length === 0) return;
    const key = this.key as number | string;
    this.leaves.push({ key, ref: this.pack.write(this.wrap(key, this.items.join(','))) });
    this.items = [];
    this.size = 0;
  }
}
