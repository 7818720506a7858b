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

  it('the one-letter proclitics: PROCLITICS, withoutProclitic', () => {
    // The five letters, in any order, written as a set of their own.
    expect(writers(/[وفبلك]{5}/u, ['src/domain/arabic.ts'])).toEqual([]);
    // A character class of two to five of them («[وف]», «[وفبل]», «[^وفبك]»): a pattern reads the named
    // sets (`DATE_PROCLITICS`, `ARTICLE_PROCLITICS`, `CONJUNCTIONS`, …) instead.
    expect(writers(/\[\^?[وفبلك]{2,5}\]/u, ['src/domain/arabic.ts'])).toEqual([]);
  });

  it('an id from a name: slug', () => {
    // Taking the accents off (NFKD), or keeping ASCII letters and digits, is slug's alone.
    expect(
      writers(/normalize\(['"]NFKD['"]\)|\[\^a-z0-9/u, ['src/domain/names.ts', 'src/domain/arabic.ts']),
    ).toEqual([]);
  });

  it("a written file's name: fileStem, fileDay", () => {
    expect(
      writers(/[`'"]riwayat-(?:\$\{|[`'"])|toISOString\(\)\.slice\(0, 10\)\}?[`.]/u, ['src/domain/names.ts']),
    ).toEqual([]);
  });

  it("an article's name in the workbench: draftName, draftOutlet", () => {
    expect(writers(/outlet\[lang\]\s*\|\|/u, [])).toEqual([]);
  });

  it('the dashes every fold reads as one: DASHES', () => {
    // A table's entry for a dash: «'–': '-'» or «'\u2013': '-'» at the start of a line.
    expect(writers(/^\s*['"](?:\\u201[0-4]|\\u2212|[‐‑‒–—−])['"]\s*:/mu, ['src/domain/arabic.ts'])).toEqual(
      [],
    );
  });
});
