/**
 * npm run data:check [-- DIR]
 * Validates the dataset in DIR (default `data`): shape, references, every quote against its article,
 * dates, and coverage of every date expression in the corpus. Prints every problem with the file and
 * JSON path to fix, and exits non-zero if there is any.
 */
import { assembleDataset, lintCorpus, type Problem } from '../data';
import { locate, readDatasetFiles } from './files';

export function checkDirectory(dir: string): Problem[] {
  const { files, problems } = readDatasetFiles(dir);
  if (problems.length > 0) return problems;
  const result = assembleDataset(files);
  if (!result.ok) return [...result.problems];
  return lintCorpus(result.dataset);
}

function main(): void {
  const dir = process.argv[2] ?? 'data';
  const problems = checkDirectory(dir);
  for (const p of problems) console.error(`${locate(dir, p.path)}: ${p.message} [${p.code}]`);
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s) in ${dir}/`);
    process.exitCode = 1;
  } else {
    console.log(`${dir}/: the dataset is valid and every date expression in its articles is accounted for.`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
