/**
 * The records the build's check hands on past the sort: written one after another in line order to a
 * temporary file, and read back by place in time order. A record is text (an event's skeleton row and
 * words) or the UTF-8 of an event that cannot be read again from the input. Another thread may open
 * the same file to read, once what it reads has been flushed.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/** Bytes gathered before they are written. */
const FLUSH = 1 << 20;

export class RecordFile {
  private readonly fd: number;
  private parts: Buffer[] = [];
  private held = 0;
  private size = 0;
  private buffer = Buffer.alloc(1 << 16);

  /** A new records file at `path`, or with `read` the one there, to read only. */
  constructor(
    readonly path: string,
    read = false,
  ) {
    this.fd = openSync(path, read ? 'r' : 'w+');
  }

  /** Appends `record` and returns where it lies: its byte offset and length. */
  add(record: string | Uint8Array): { at: number; len: number } {
    const bytes = typeof record === 'string' ? Buffer.from(record, 'utf8') : Buffer.from(record);
    const at = this.size;
    this.parts.push(bytes);
    this.held += bytes.length;
    this.size += bytes.length;
    if (this.held >= FLUSH) this.flush();
    return { at, len: bytes.length };
  }

  /** Writes what is gathered, so that another thread can read it. */
  flush(): void {
    if (this.held === 0) return;
    const data = this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts);
    for (let done = 0; done < data.length;) done += writeSync(this.fd, data, done);
    this.parts = [];
    this.held = 0;
  }

  /** Reads the record at `at`, `len` bytes long, into the start of the buffer. */
  private fill(at: number, len: number): Buffer {
    this.flush();
    if (this.buffer.length < len) this.buffer = Buffer.alloc(len * 2);
    for (let got = 0; got < len;) {
      const n = readSync(this.fd, this.buffer, got, len - got, at + got);
      if (n === 0) throw new Error(`a record of the build ends early (byte ${at + got})`);
      got += n;
    }
    return this.buffer;
  }

  /** The bytes of the record at `at` (a copy of their own). */
  bytes(at: number, len: number): Uint8Array {
    return Uint8Array.prototype.slice.call(this.fill(at, len), 0, len);
  }

  /** The record at `at` as text. */
  text(at: number, len: number): string {
    return this.fill(at, len).toString('utf8', 0, len);
  }

  close(): void {
    closeSync(this.fd);
  }
}
