/**
 * ARCHITECTURE's "One owner for each fact", kept true: each rule names a pattern that writes a fact
 * and the only files that may write it. A second owner fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const SOURCES = files('src').map((path) => ({
  path: path.split('\\').join('/'),
  text: readFileSync(path, 'utf8'),
}));

/** The files outside `owners` where `pattern` appears. */
function writers(pattern: RegExp, owners: readonly string[]): string[] {
  return SOURCES.filter((f) => !owners.includes(f.path) && pattern.test(f.text)).map((f) => f.path);
}

describe('one owner for each fact', () => {
  it('the Arabic comma between items: listComma', () => {
    expect(writers(/['"`]، ['"`]/, ['src/domain/format.ts'])).toEqual([]);
  });
});
