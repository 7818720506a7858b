/**
 * npm run data:check [-- DIR]
 * Validates the dataset in DIR (default `data`): shape, references, every quote against its article,
 * dates, and coverage of every date expression in the corpus. Prints every problem (the first 1,000,
 * and how many more) with the file and JSON path to fix, and exits non-zero if there is any. It never
 * crashes on what the files hold: anything unexpected is reported as a problem too.
 */
import { assembleDataset, lintCorpus, ProblemList, type Problem } from '../data';
import { locate, readDatasetFiles } from './files';

export interface CheckReport {
  /** The first problems found (at most 1,000), each with its path. */
  readonly problems: readonly Problem[];
  /** How many more were found and not listed. */
  readonly omitted: number;
}

export function checkDirectory(dir: string): CheckReport {
  try {
    const { files, problems } = readDatasetFiles(dir);
    if (problems.length > 0) return { problems, omitted: 0 };
    const result = assembleDataset(files);
    if (!result.ok) return { problems: result.problems, omitted: result.omitted ?? 0 };
    const lint = new ProblemList();
    for (const p of lintCorpus(result.dataset)) lint.push(p);
    return { problems: lint.items, omitted: lint.omitted };
  } catch (e) {
    const message = `could not be checked: ${e instanceof Error ? e.message : String(e)}`;
    return { problems: [{ path: '$', code: 'check-failed', message }], omitted: 0 };
  }
}

function main(): void {
  const dir = process.argv[2] ?? 'data';
  const { problems, omitted } = checkDirectory(dir);
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
