/** The app's own source files, read for the tests that keep a fact to one owner. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` whose name matches `ext`, with `/` between folders. */
export function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return ext.test(name) ? [path.split('\\').join('/')] : [];
  });
}

/** The scripts under `src/` outside `owners` whose text matches `pattern`. */
export function writers(pattern: RegExp, owners: readonly string[]): string[] {
  return files('src', /\.tsx?$/u).filter(
    (path) => !owners.includes(path) && pattern.test(readFileSync(path, 'utf8')),
  );
}
