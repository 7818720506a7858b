/**
 * npx tsx tests/support/date-report.ts — the figures the README reports for the date-expression test
 * set: by kind, for the dev and the held-out sentences separately.
 */
import { loadSentences, pct, score } from './date-score';

const p = (a: number, b: number): string => (b === 0 ? '—' : `${(100 * pct(a, b)).toFixed(1)} %`);
const all = loadSentences();
for (const split of ['dev', 'heldout'] as const) {
  const r = score(all.filter((s) => s.split === split));
  console.log(`\n${split}: ${r.sentences} sentences, ${r.dateFree} without a date`);
  console.log(`| kind | gold | recall | found | precision | with a value | resolved right |`);
  console.log(`| ---- | ---: | -----: | ----: | --------: | -----------: | -------------: |`);
  const kinds = [...new Set([...Object.keys(r.byKind), ...Object.keys(r.predictedByKind)])].sort(
    (a, b) => (r.byKind[b]?.gold ?? 0) - (r.byKind[a]?.gold ?? 0),
  );
  for (const k of kinds) {
    const t = r.byKind[k] ?? { gold: 0, found: 0, resolvable: 0, resolved: 0 };
    const q = r.predictedByKind[k] ?? { predicted: 0, right: 0 };
    console.log(
      `| ${k} | ${t.gold} | ${p(t.found, t.gold)} | ${q.predicted} | ${p(q.right, q.predicted)} | ${t.resolvable} | ${p(t.resolved, t.resolvable)} |`,
    );
  }
  const t = r.total;
  console.log(
    `| **all** | ${t.gold} | ${p(t.found, t.gold)} | ${r.predicted} | ${p(r.predictedRight, r.predicted)} | ${t.resolvable} | ${p(t.resolved, t.resolvable)} |`,
  );
  console.log(
    `precision ${p(r.predictedRight, r.predicted)} (${r.predicted} found); date-free sentences flagged ${r.flagged} of ${r.dateFree} (${p(r.flagged, r.dateFree)})`,
  );
}
