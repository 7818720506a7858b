/**
 * npm run data:check [-- DIR]
 * Validates the dataset in DIR (default `data`): shape, references, every quote against its article,
 * dates, and coverage of every date expression in the corpus. Prints every problem with the file and
 * JSON path to fix, and exits non-zero if there is any. It also lists the copy the articles share
 * and warns (without failing) where the declared provenance does not explain it.
 */
import { assembleDataset, checkSharedCopy, lintCorpus, type Problem, type SharedCopyReport } from '../data';
import { locate, readDatasetFiles } from './files';

export function checkDirectory(dir: string): Problem[] {
  return checkDirectoryFully(dir).problems;
}

export function checkDirectoryFully(dir: string): { problems: Problem[]; shared: SharedCopyReport | null } {
  const { files, problems } = readDatasetFiles(dir);
  if (problems.length > 0) return { problems, shared: null };
  const result = assembleDataset(files);
  if (!result.ok) return { problems: [...result.problems], shared: null };
  return { problems: lintCorpus(result.dataset), shared: checkSharedCopy(result.dataset) };
}

function main(): void {
  const dir = process.argv[2] ?? 'data';
  const { problems, shared } = checkDirectoryFully(dir);
  for (const pair of shared?.pairs ?? []) {
    console.log(`shared copy: ${pair.a} and ${pair.b}, ${pair.passages.length} passage(s):`);
    for (const p of pair.passages)
      console.log(
        `  ${pair.a} ${p.a.start}–${p.a.end} ~ ${pair.b} ${p.b.start}–${p.b.end}: score ${p.similarity.score.toFixed(2)} (words ${p.similarity.words.toFixed(2)}, characters ${p.similarity.chars.toFixed(2)})`,
      );
  }
  for (const w of shared?.undeclared ?? []) console.warn(`warning: ${locate(dir, w.path)}: ${w.message}`);
  for (const p of problems) console.error(`${locate(dir, p.path)}: ${p.message} [${p.code}]`);
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s) in ${dir}/`);
    process.exitCode = 1;
  } else {
    console.log(`${dir}/: the dataset is valid and every date expression in its articles is accounted for.`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
