/**
 * npm run data:check [-- DIR]
 * Validates the dataset in DIR (default `data`): shape, references, every quote against its article,
 * dates, and coverage of every date expression in the corpus. Prints every problem (the first 1,000,
 * and how many more) with the file and JSON path to fix, and exits non-zero if there is any. It never
 * crashes on what the files hold: anything unexpected is reported as a problem too. It also lists the
 * copy the articles share and warns (without failing) where the declared provenance does not explain it.
 */
import {
  assembleDataset,
  checkSharedCopy,
  lintCorpus,
  ProblemList,
  type Problem,
  type SharedCopyReport,
} from '../data';
import { locate, readDatasetFiles } from './files';

export interface CheckReport {
  /** The first problems found (at most 1,000), each with its path. */
  readonly problems: readonly Problem[];
  /** How many more were found and not listed. */
  readonly omitted: number;
}

export function checkDirectory(dir: string): CheckReport {
  const { problems, omitted } = checkDirectoryFully(dir);
  return { problems, omitted };
}

/** The check, and the shared copy found in a dataset that passed it. */
export function checkDirectoryFully(dir: string): CheckReport & { readonly shared: SharedCopyReport | null } {
  try {
    const { files, problems } = readDatasetFiles(dir);
    if (problems.length > 0) return { problems, omitted: 0, shared: null };
    const result = assembleDataset(files);
    if (!result.ok) return { problems: result.problems, omitted: result.omitted ?? 0, shared: null };
    const lint = new ProblemList();
    for (const p of lintCorpus(result.dataset)) lint.push(p);
    return { problems: lint.items, omitted: lint.omitted, shared: checkSharedCopy(result.dataset) };
  } catch (e) {
    const message = `could not be checked: ${e instanceof Error ? e.message : String(e)}`;
    return { problems: [{ path: '$', code: 'check-failed', message }], omitted: 0, shared: null };
  }
}

function main(): void {
  const dir = process.argv[2] ?? 'data';
  const { problems, omitted, shared } = checkDirectoryFully(dir);
  for (const pair of shared?.pairs ?? []) {
    console.log(`shared copy: ${pair.a} and ${pair.b}, ${pair.passages.length} passage(s):`);
    for (const p of pair.passages)
      console.log(
        `  ${pair.a} ${p.a.start}–${p.a.end} ~ ${pair.b} ${p.b.start}–${p.b.end}: score ${p.similarity.score.toFixed(2)} (words ${p.similarity.words.toFixed(2)}, characters ${p.similarity.chars.toFixed(2)}, stems in any order ${p.similarity.content.toFixed(2)})`,
      );
  }
  for (const w of shared?.undeclared ?? []) console.warn(`warning: ${locate(dir, w.path)}: ${w.message}`);
  for (const p of problems) console.error(`${locate(dir, p.path)}: ${p.message} [${p.code}]`);
  if (omitted > 0) console.error(`…and ${omitted} more problem(s), not listed.`);
  if (problems.length > 0) {
    console.error(`\n${problems.length + omitted} problem(s) in ${dir}/`);
    process.exitCode = 1;
  } else {
    console.log(`${dir}/: the dataset is valid and every date expression in its articles is accounted for.`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
