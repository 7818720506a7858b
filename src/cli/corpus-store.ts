/** A corpus store over a directory on disk (Node only): whole files or byte ranges of them. */
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorpusStore } from '../data';

export function fileStore(dir: string, log?: (path: string, bytes: number) => void): CorpusStore {
  return {
    async get(path, range) {
      if (range === undefined) {
        const bytes = new Uint8Array(await readFile(join(dir, path)));
        log?.(path, bytes.length);
        return bytes;
      }
      const file = await open(join(dir, path));
      try {
        const bytes = new Uint8Array(range.length);
        const { bytesRead } = await file.read(bytes, 0, range.length, range.offset);
        log?.(path, bytesRead);
        return bytes.subarray(0, bytesRead);
      } finally {
        await file.close();
      }
    },
  };
}
