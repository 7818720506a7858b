/**
 * npx tsx tests/support/date-report.ts [FILE] — the figures the README reports for a date-expression
 * test set (by default the first, `tests/fixtures/date-sentences.jsonl`; pass
 * `tests/fixtures/date-sentences-unseen.jsonl` for the unseen one): by kind and by class, for each
 * split separately. `--batch N` keeps the unseen set's batch N only, `--split NAME` one split. `--misses` lists
 * what was missed, resolved wrong and flagged (pass it with `--split tune`: the held-out failures stay
 * unread).
 */
import { loadSentences, pct, score, type Score, type Tally } from './date-score';

const p = (a: number, b: number): string => (b === 0 ? '—' : `${(100 * pct(a, b)).toFixed(1)} %`);
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};
const batch = option('--batch');
const only = option('--split');
const file = args.find((a, i) => !a.startsWith('--') && !['--batch', '--split'].includes(args[i - 1] ?? ''));
const all = loadSentences(file).filter(
  (s) =>
    (batch === undefined || (s.batch ?? 1) === Number(batch)) && (only === undefined || s.split === only),
);
const splits = [...new Set(all.map((s) => s.split))];

function table(title: string, rows: Record<string, Tally>, predicted?: Score['predictedByKind']): void {
  const extra = predicted === undefined ? '' : ' found by the finder | precision |';
  console.log(`| ${title} | gold | found |${extra} with a value | resolved right |`);
  console.log(`| ---- | ---: | ----: |${predicted === undefined ? '' : ' ---: | ---: |'} ---: | ---: |`);
  const keys = [...new Set([...Object.keys(rows), ...Object.keys(predicted ?? {})])].sort(
    (a, b) => (rows[b]?.gold ?? 0) - (rows[a]?.gold ?? 0),
  );
  for (const k of keys) {
    const t = rows[k] ?? { gold: 0, found: 0, resolvable: 0, resolved: 0 };
    const q = predicted?.[k] ?? { predicted: 0, right: 0 };
    const mid = predicted === undefined ? '' : ` ${q.predicted} | ${p(q.right, q.predicted)} |`;
    console.log(
      `| ${k} | ${t.gold} | ${p(t.found, t.gold)} |${mid} ${t.resolvable} | ${p(t.resolved, t.resolvable)} |`,
    );
  }
}

for (const split of splits) {
  const r = score(all.filter((s) => s.split === split));
  console.log(`\n${split}: ${r.sentences} sentences, ${r.dateFree} without a date`);
  table('kind', r.byKind, r.predictedByKind);
  if (Object.keys(r.byClass).length > 1) table('class', r.byClass);
  const t = r.total;
  console.log(
    `all: found ${t.found}/${t.gold} (${p(t.found, t.gold)}); resolved ${t.resolved}/${t.resolvable} (${p(t.resolved, t.resolvable)}); precision ${p(r.predictedRight, r.predicted)} (${r.predicted} found); date-free flagged ${r.flagged}/${r.dateFree} (${p(r.flagged, r.dateFree)})`,
  );
  if (args.includes('--misses')) {
    for (const m of r.misses) console.log(`  MISS ${m.id} «${m.gold.text}» [${m.gold.class ?? m.gold.kind}]`);
    for (const w of r.wrong)
      console.log(
        `  WRONG ${w.id} «${w.gold.text}» [${w.gold.class ?? w.gold.kind}] ${w.gold.value} ≠ ${w.got.join(', ')}`,
      );
    for (const a of r.alarms) console.log(`  ALARM ${a.id} ${a.got.join(' | ')}`);
  }
}
