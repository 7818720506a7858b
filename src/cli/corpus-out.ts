/**
 * Where `corpus build` may write, and writing there without ever destroying anything: the output must
 * not be, hold or lie inside the input, and a directory already there must be empty or a corpus. The
 * corpus is written into a new directory beside the output and renamed into place only once complete;
 * an earlier corpus there is replaced only then. A failed build leaves the output as it was.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { CORPUS_FORMAT, MANIFEST } from '../data';

/** The real path of `p`, also when it (or its last parts) does not exist yet. */
function real(p: string): string {
  const abs = resolve(p);
  if (existsSync(abs)) return realpathSync(abs);
  const parent = dirname(abs);
  return parent === abs ? abs : join(real(parent), basename(abs));
}

/** Whether `inner` is `outer` or lies inside it. */
const within = (inner: string, outer: string): boolean => {
  const r = relative(outer, inner);
  return r === '' || (!r.startsWith(`..${sep}`) && r !== '..' && !r.startsWith(sep) && !/^[a-zA-Z]:/.test(r));
};

function isCorpus(dir: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as { format?: unknown };
    return manifest.format === CORPUS_FORMAT;
  } catch {
    return false;
  }
}

/** Why the build must not write to `out` for `input`, or null when it may. */
export function refuseOut(input: string, out: string): string | null {
  const from = real(input);
  const to = real(out);
  if (to === from) return `--out ${out} is the input itself; give another directory`;
  if (within(from, to)) return `--out ${out} holds the input (${input}); give a directory outside it`;
  if (within(to, from)) return `--out ${out} is inside the input (${input}); give a directory outside it`;
  if (!existsSync(to)) return null;
  if (!statSync(to).isDirectory()) return `--out ${out} is a file, not a directory`;
  if (readdirSync(to).length > 0 && !isCorpus(to))
    return `--out ${out} is not empty and holds no corpus (no ${MANIFEST} of format "${CORPUS_FORMAT}"); give a new or empty directory`;
  return null;
}

const stamp = (): string => `${process.pid}-${Date.now().toString(36)}`;

/**
 * Runs `write` on a new directory beside `out`, then puts it in place of `out` (whose earlier
 * contents are removed only after the swap). If `write` fails or reports failure, the new directory
 * is removed and `out` is left as it was.
 */
export async function writeAtomically<T extends { readonly ok: boolean }>(
  out: string,
  write: (dir: string) => Promise<T>,
): Promise<T> {
  const target = real(out);
  mkdirSync(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.building-${stamp()}`);
  mkdirSync(temp);
  let result: T;
  try {
    result = await write(temp);
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw e;
  }
  if (!result.ok) {
    rmSync(temp, { recursive: true, force: true });
    return result;
  }
  if (!existsSync(target)) {
    renameSync(temp, target);
    return result;
  }
  const old = join(dirname(target), `.${basename(target)}.old-${stamp()}`);
  renameSync(target, old);
  try {
    renameSync(temp, target);
  } catch (e) {
    renameSync(old, target);
    rmSync(temp, { recursive: true, force: true });
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
  return result;
}
