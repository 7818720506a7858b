/**
 * npm run -s suggest:measure [-- DIR] [--top N] [--out-of-scope] [--misses] [--wrong] [--fourth]
 *
 * Leave-one-article-out measurement of the event suggestions on the dataset in DIR (default `data`):
 * for each article, how many of its hand-made quotes land under their own event, per article and in
 * total, and how many of the passages offered are right; then the passages' precision and recall
 * (offered, and ticked by default) and the most a whole sentence could find, on the dataset and on
 * the annotated articles outside it (`tests/fixtures/unseen-suggest/articles.json`), those without
 * and then with their events' actors, and on a second story held out whole
 * (`tests/fixtures/unseen-suggest/second-story.json`), and on a third set on two more stories, held
 * out whole too (`tests/fixtures/unseen-suggest/third-set.json`). `--wrong` lists the wrong passages.
 * `--fourth` measures only the fourth set, held out whole (`tests/fixtures/unseen-suggest/fourth-set.json`),
 * kept apart so that tuning on the others never prints its figures.
 * See src/domain/suggest-measure.ts.
 */
import { readFileSync } from 'node:fs';
import { assembleDataset } from '../data';
import {
  annotatedOf,
  measureInOrder,
  half,
  measureDatasetPassages,
  tickCurve,
  type TickPoint,
  measurePassages,
  measureSuggestions,
  type AnnotatedArticle,
  type AnnotatedEvent,
  type ArticleMeasure,
  type PassageMeasure,
} from '../domain/suggest-measure';
import { SUGGEST_WEIGHTS } from '../domain/suggest';
import type { Dataset, Entity } from '../domain/types';
import { readDatasetFiles } from './files';

/** The annotated articles outside the corpus. */
export const UNSEEN = 'tests/fixtures/unseen-suggest/articles.json';
/** A second story outside the corpus, held out whole (measured, never tuned on). */
export const SECOND = 'tests/fixtures/unseen-suggest/second-story.json';
/** A third set, two more stories, held out whole (annotated before the engine was run on it). */
export const THIRD = 'tests/fixtures/unseen-suggest/third-set.json';
/** A fourth set, two more stories, held out whole: measured only when asked (`--fourth`). */
export const FOURTH = 'tests/fixtures/unseen-suggest/fourth-set.json';

type PassageCounts = Omit<PassageMeasure, 'source' | 'wrong'>;

/** The passage totals over articles. */
export function passageTotals(rows: readonly PassageMeasure[]): PassageCounts {
  const sum = (k: keyof PassageCounts): number => rows.reduce((n, r) => n + r[k], 0);
  return {
    reachable: sum('reachable'),
    reachableBySentence: sum('reachableBySentence'),
    found: sum('found'),
    foundTicked: sum('foundTicked'),
    newEvents: sum('newEvents'),
    offered: sum('offered'),
    offeredRight: sum('offeredRight'),
    ticked: sum('ticked'),
    tickedRight: sum('tickedRight'),
    fresh: sum('fresh'),
    freshRight: sum('freshRight'),
    newFound: sum('newFound'),
  };
}

function passageLine(name: string, r: PassageCounts): string {
  return [
    name.padEnd(16),
    cell(r.tickedRight, r.ticked),
    cell(r.foundTicked, r.reachable),
    cell(r.offeredRight, r.offered),
    cell(r.found, r.reachable),
    String(r.newEvents).padStart(6),
    cell(r.reachableBySentence, r.reachable),
    cell(r.freshRight, r.fresh),
    cell(r.newFound, r.newEvents),
  ].join('  ');
}

function printPassages(title: string, rows: readonly PassageMeasure[], wrong: boolean): void {
  console.log('');
  console.log(title);
  console.log(
    'article           ticked: precision      recall   offered: precision      recall  new-ev    by a sentence   new event: right      found',
  );
  for (const r of rows) {
    console.log(passageLine(r.source, r));
    if (wrong)
      for (const w of r.wrong)
        console.log(
          `    wrong${w.ticked ? ' (ticked)' : ''} ${w.event}: ${JSON.stringify(w.text.slice(0, 90))}`,
        );
  }
  console.log(passageLine('total', passageTotals(rows)));
}

/** The annotated articles outside the corpus, as `measurePassages` takes them. */
export function readUnseen(path = UNSEEN): {
  events: AnnotatedEvent[];
  articles: AnnotatedArticle[];
  entities: Pick<Entity, 'id' | 'aliases' | 'name'>[];
} {
  return JSON.parse(readFileSync(path, 'utf8')) as ReturnType<typeof readUnseen>;
}

type Counts = Omit<ArticleMeasure, 'source' | 'misses'>;

/** The totals over articles. */
export function totals(rows: readonly ArticleMeasure[]): Counts {
  const sum = (k: keyof Counts): number => rows.reduce((n, r) => n + r[k], 0);
  return {
    reachable: sum('reachable'),
    landed: sum('landed'),
    landedTop: sum('landedTop'),
    newEvents: sum('newEvents'),
    suggested: sum('suggested'),
    suggestedRight: sum('suggestedRight'),
    suggestedQuoted: sum('suggestedQuoted'),
  };
}

const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
const cell = (a: number, b: number): string => `${a}/${b} ${pct(a, b)}`.padStart(15);

function line(name: string, r: Counts): string {
  return [
    name.padEnd(8),
    cell(r.landed, r.reachable),
    cell(r.landedTop, r.reachable),
    String(r.newEvents).padStart(6),
    String(r.suggested).padStart(8),
    cell(r.suggestedRight, r.suggested),
    cell(r.suggestedRight, r.suggestedQuoted),
  ].join('  ');
}

/** The fourth set alone: its passages, as a draft grows, and its ticks by threshold. */
function printFourth(wrong: boolean): void {
  const fourth = readUnseen(FOURTH);
  printPassages(
    `Fourth set, held out whole: ${fourth.articles.length} articles on two stories (${FOURTH}), with the events' actors`,
    measurePassages(fourth.events, fourth.articles, { entities: fourth.entities }),
    wrong,
  );
  console.log('');
  console.log(
    passageLine(
      'as a draft grows',
      passageTotals(measureInOrder(fourth.events, byDate(fourth.articles), { entities: fourth.entities })),
    ),
  );
  console.log('');
  console.log('tick   fourth set: precision, recall');
  for (const p of tickCurve(
    (weights) => measurePassages(fourth.events, fourth.articles, { entities: fourth.entities, weights }),
    CURVE_TICKS,
  ))
    console.log(
      `${p.tick.toFixed(1).padEnd(5)}  ${cell(p.tickedRight, p.ticked)} ${cell(p.foundTicked, p.reachable)}`,
    );
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--fourth')) return printFourth(args.includes('--wrong'));
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 3;
  const dir = args.find((a, i) => !a.startsWith('--') && (topAt < 0 || i !== topAt + 1)) ?? 'data';
  const { files, problems } = readDatasetFiles(dir);
  const result = problems.length > 0 ? null : assembleDataset(files);
  if (result === null || !result.ok) {
    console.error(`${dir}/ is not a valid dataset: run npm run data:check`);
    process.exitCode = 1;
    return;
  }
  const rows = measureSuggestions(result.dataset, { top, withOutOfScope: args.includes('--out-of-scope') });
  console.log('Leave one article out; a quote lands when a passage over it is offered under its own event.');
  console.log(
    `article           landed  and event in top ${top}  new-ev  offered    right event  right, of quoted`,
  );
  for (const r of rows) {
    console.log(line(r.source, r));
    if (args.includes('--misses'))
      for (const m of r.misses)
        console.log(
          `    missed ${m.event} ${m.quote.start}–${m.quote.end} (event ranked ${m.rank ?? 'nowhere'})`,
        );
  }
  console.log(line('total', totals(rows)));
  const options = { withOutOfScope: args.includes('--out-of-scope') };
  printPassages(
    `Passages, ${dir}/ (right: shares half the longer of it and a hand-made quote of its event)`,
    measureDatasetPassages(result.dataset, options),
    args.includes('--wrong'),
  );
  const unseen = readUnseen();
  printPassages(
    `Passages, ${unseen.articles.length} annotated articles outside the corpus (${UNSEEN}), no actors`,
    measurePassages(unseen.events, unseen.articles),
    args.includes('--wrong'),
  );
  const withActors = measurePassages(unseen.events, unseen.articles, { entities: unseen.entities });
  printPassages(
    `The same ${unseen.articles.length} articles with the events' actors and their spellings`,
    withActors,
    args.includes('--wrong'),
  );
  const halves = halvesOf(unseen.articles);
  for (const h of ['tuning', 'held-out'] as const)
    console.log(
      passageLine(
        `${h} half (${halves[h].size})`,
        passageTotals(withActors.filter((r) => halves[h].has(r.source))),
      ),
    );
  const second = readUnseen(SECOND);
  const secondRows = measurePassages(second.events, second.articles, { entities: second.entities });
  printPassages(
    `Second story, held out whole: ${second.articles.length} articles (${SECOND}), with the events' actors`,
    secondRows,
    args.includes('--wrong'),
  );
  const third = readUnseen(THIRD);
  printPassages(
    `Third set, held out whole: ${third.articles.length} articles on two stories (${THIRD}), with the events' actors`,
    measurePassages(third.events, third.articles, { entities: third.entities }),
    args.includes('--wrong'),
  );
  printInOrder(result.dataset, unseen, second, third);
  printCurve(result.dataset, unseen, halves, second, third);
}

/** Articles by publication date (undated last), as a journalist adds a story's reports. */
const byDate = (articles: readonly AnnotatedArticle[]): AnnotatedArticle[] =>
  [...articles].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'));

/** As a draft grows: each article against only those published before it (`measureInOrder`). */
function printInOrder(
  dataset: Dataset,
  unseen: ReturnType<typeof readUnseen>,
  second: ReturnType<typeof readUnseen>,
  third: ReturnType<typeof readUnseen>,
): void {
  const corpus = annotatedOf(dataset);
  console.log('');
  console.log('As a draft grows: each article against only the articles published before it');
  console.log(
    'articles          ticked: precision      recall   offered: precision      recall  new-ev    by a sentence   new event: right      found',
  );
  const sets = [
    ['corpus', corpus.events, corpus.articles, dataset.entities],
    [`the ${unseen.articles.length}`, unseen.events, byDate(unseen.articles), unseen.entities],
    ['second story', second.events, byDate(second.articles), second.entities],
    ['third set', third.events, byDate(third.articles), third.entities],
  ] as const;
  for (const [name, events, articles, entities] of sets)
    console.log(passageLine(name, passageTotals(measureInOrder(events, articles, { entities }))));
}

/** The articles of each half (`half`: by their page address's hash, fixed before measuring). */
function halvesOf(articles: readonly AnnotatedArticle[]): Record<'tuning' | 'held-out', Set<string>> {
  const out = { tuning: new Set<string>(), 'held-out': new Set<string>() };
  for (const a of articles) out[half(a.url ?? a.id)].add(a.id);
  return out;
}

/** Thresholds of the ticked passages' curve; `SUGGEST_WEIGHTS.tick` is among them. */
export const CURVE_TICKS = [0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2];

function printCurve(
  dataset: Dataset,
  unseen: ReturnType<typeof readUnseen>,
  halves: Record<'tuning' | 'held-out', Set<string>>,
  second: ReturnType<typeof readUnseen>,
  third: ReturnType<typeof readUnseen>,
): void {
  const corpus = tickCurve((weights) => measureDatasetPassages(dataset, { weights }), CURVE_TICKS);
  const rows = CURVE_TICKS.map((tick) =>
    measurePassages(unseen.events, unseen.articles, { entities: unseen.entities, weights: { tick } }),
  );
  const part = (keep: (id: string) => boolean): TickPoint[] =>
    tickCurve(
      (w) => rows[CURVE_TICKS.indexOf(w.tick ?? 0)]?.filter((r) => keep(r.source)) ?? [],
      CURVE_TICKS,
    );
  const columns = [
    corpus,
    part((id) => halves.tuning.has(id)),
    part((id) => halves['held-out'].has(id)),
    part(() => true),
    tickCurve(
      (weights) => measurePassages(second.events, second.articles, { entities: second.entities, weights }),
      CURVE_TICKS,
    ),
    tickCurve(
      (weights) => measurePassages(third.events, third.articles, { entities: third.entities, weights }),
      CURVE_TICKS,
    ),
  ];
  console.log('');
  console.log(
    `Ticked passages by the tick threshold (in use: ${SUGGEST_WEIGHTS.tick}, margin ${SUGGEST_WEIGHTS.margin}): precision, recall`,
  );
  console.log(
    `tick   ${[
      'corpus',
      'tuning half',
      'held-out half',
      `all ${unseen.articles.length}`,
      'second story',
      'third set',
    ]
      .map((h) => h.padEnd(32))
      .join('')}`,
  );
  CURVE_TICKS.forEach((tick, i) => {
    const cells = columns.map((c) => {
      const p = c[i];
      return p === undefined ? '' : `${cell(p.tickedRight, p.ticked)} ${cell(p.foundTicked, p.reachable)}  `;
    });
    console.log(`${tick.toFixed(1).padEnd(5)}  ${cells.join('')}`);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) main();
