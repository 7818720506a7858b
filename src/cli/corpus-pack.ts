/**
 * Pack files of the corpus: blocks appended one a line to `<out>/<dir>/NNNN.jsonl`, a new file every
 * `maxBytes`, each block's place and SHA-256 returned as a tree's block reference. The tree's nodes,
 * written while the blocks come, go to `<dir>/nodes-NNNN.jsonl`, so that neighbouring blocks stay
 * neighbours (the reader fetches a run of them in one request).
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { TREE_FANOUT, type BlockRef, type FileEntry, type TreeKey, type TreeRoot } from '../data';

const NEWLINE = Buffer.from('\n');
const COMMA = Buffer.from(',');

export class PackWriter {
  private fd: number | null = null;
  private file = -1;
  private offset = 0;
  private hash = createHash('sha256');
  /** Every pack file written, with its size and checksum once closed. */
  readonly files: FileEntry[] = [];
  private nodePack: PackWriter | null = null;

  constructor(
    private readonly out: string,
    private readonly dir: string,
    private readonly maxBytes = 64 * 1024 * 1024,
    private readonly prefix = '',
  ) {
    mkdirSync(join(out, dir), { recursive: true });
  }

  /** The pack the tree's nodes go to. */
  get nodes(): PackWriter {
    return (this.nodePack ??= new PackWriter(this.out, this.dir, this.maxBytes, 'nodes-'));
  }

  private path(n: number): string {
    return `${this.dir}/${this.prefix}${String(n).padStart(4, '0')}.jsonl`;
  }

  /** Appends one block (a line of JSON without its newline, as text or UTF-8) and says where it is. */
  write(text: string | Uint8Array): BlockRef {
    const line = typeof text === 'string' ? Buffer.from(`${text}\n`, 'utf8') : Buffer.concat([text, NEWLINE]);
    const bytes = line.subarray(0, line.length - 1);
    if (this.fd === null || this.offset + bytes.length > this.maxBytes) this.next();
    const at = this.offset;
    writeSync(this.fd as number, line);
    this.hash.update(line);
    this.offset += line.length;
    return [this.path(this.file), at, bytes.length, createHash('sha256').update(bytes).digest('hex')];
  }

  private next(): void {
    this.closeOwn();
    this.file++;
    this.fd = openSync(join(this.out, this.path(this.file)), 'w');
  }

  /** Closes the current files; returns every file written, blocks and nodes. */
  close(): FileEntry[] {
    return [...this.closeOwn(), ...(this.nodePack?.closeOwn() ?? [])];
  }

  private closeOwn(): FileEntry[] {
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
 * its own), writes each through `pack` as the items joined by commas between `wrap(key)`'s opening and
 * closing, and keeps each block's first key for a tree. Items given as UTF-8 bytes are written as they
 * are, never decoded and encoded again.
 */
export class BlockBuilder {
  private items: (string | Uint8Array)[] = [];
  private bytes = false;
  private key: number | string | null = null;
  private size = 0;
  /** The tree over the blocks, its nodes written to the same pack as they fill. */
  readonly tree: TreeWriter;

  constructor(
    private readonly pack: PackWriter,
    private readonly maxBytes: number,
    private readonly wrap: (key: number | string) => readonly [open: string, close: string],
  ) {
    this.tree = new TreeWriter((text) => pack.nodes.write(text));
  }

  /** Adds an item given as its JSON text or its UTF-8 bytes (and its size in bytes, when known). */
  add(
    key: number | string,
    json: string | Uint8Array,
    size = typeof json === 'string' ? Buffer.byteLength(json, 'utf8') : json.length,
  ): void {
    const bytes = size + 1;
    if (this.items.length > 0 && this.size + bytes > this.maxBytes) this.flush();
    if (this.items.length === 0) this.key = key;
    this.items.push(json);
    if (typeof json !== 'string') this.bytes = true;
    this.size += bytes;
  }

  flush(): void {
    if (this.items.length === 0) return;
    const key = this.key as number | string;
    const [open, close] = this.wrap(key);
    if (!this.bytes) this.tree.add(key, this.pack.write(open + this.items.join(',') + close));
    else {
      const parts: Uint8Array[] = [Buffer.from(open)];
      for (const item of this.items) {
        if (parts.length > 1) parts.push(COMMA);
        parts.push(typeof item === 'string' ? Buffer.from(item) : item);
      }
      parts.push(Buffer.from(close));
      this.tree.add(key, this.pack.write(Buffer.concat(parts)));
    }
    this.items = [];
    this.bytes = false;
    this.size = 0;
  }
}

/**
 * The lookup tree of `data/corpus-tree.ts` (the same nodes as `buildTree`: children in runs of
 * `fanout`, level by level) written while the blocks come, so that only one partial node per level is
 * held: at ten million events the events tree leads to millions of blocks.
 */
export class TreeWriter {
  private readonly pending: { key: TreeKey; ref: BlockRef }[][] = [[]];
  private readonly made: number[] = [0];

  constructor(
    private readonly write: (text: string) => BlockRef,
    private readonly fanout = TREE_FANOUT,
  ) {}

  add(key: TreeKey, ref: BlockRef): void {
    this.push(0, { key, ref });
  }

  private push(level: number, entry: { key: TreeKey; ref: BlockRef }): void {
    const at = (this.pending[level] ??= []);
    at.push(entry);
    this.made[level] = (this.made[level] ?? 0) + 1;
    if (at.length === this.fanout) this.node(level);
  }

  private node(level: number): void {
    const part = this.pending[level] ?? [];
    this.pending[level] = [];
    const ref = this.write(JSON.stringify({ keys: part.map((x) => x.key), refs: part.map((x) => x.ref) }));
    this.push(level + 1, { key: part[0]?.key ?? 0, ref });
  }

  /** Writes the partial nodes and returns the root. */
  finish(): TreeRoot {
    const blocks = this.made[0] ?? 0;
    for (let level = 0; ; level++) {
      const at = this.pending[level] ?? [];
      if (level > 0 && this.made[level] === 1)
        return { root: (at[0] as { ref: BlockRef }).ref, depth: level, blocks };
      if (at.length > 0 || (level === 0 && blocks === 0)) this.node(level);
    }
  }
}
