/**
 * Realistic synthetic input for the corpus builder, written as a dataset directory (sources.json with
 * article texts, entities.json, events.jsonl, dataset.json) without ever holding the events: bilingual
 * titles and summaries, 2–4 claims, 1–3 accounts of 1–2 exact quotes each, dates at day, month or year
 * precision, some spans, in no particular order. Every event passes the dataset's rules.
 *
 *   npx tsx bench/corpus-input.ts <events> <dir>
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticSource } from './generate';

const KINDS = ['defence-call', 'diplomacy', 'statement', 'military', 'us-politics', 'history'] as const;
const SIDES = ['us', 'russia', 'ukraine', 'europe', 'other'] as const;
const AR = [
  'اتصال',
  'وزير',
  'الدفاع',
  'بيان',
  'تحذير',
  'هجوم',
  'لقاء',
  'مباحثات',
  'الرئيس',
  'العاصمة',
  'الحكومة',
  'المتحدث',
  'الخارجية',
  'القوات',
  'الحدود',
  'اتفاق',
  'مفاوضات',
  'مصادر',
  'أعلن',
  'أكد',
];
const EN = [
  'call',
  'minister',
  'defence',
  'statement',
  'warning',
  'talks',
  'meeting',
  'president',
  'capital',
];
const SENTENCES_PER_ARTICLE = 200;

/** A small deterministic random generator, so every run writes the same data. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
const words = (rnd: () => number, list: readonly string[], n: number): string =>
  Array.from({ length: n }, () => pick(rnd, list)).join(' ');
const pad = (n: number): string => String(n).padStart(2, '0');

interface Article {
  readonly text: string;
  readonly sentences: readonly { start: number; text: string }[];
}

function article(s: number): Article {
  const rnd = random(1000 + s);
  let text = `مصدر ${s}: تقرير\n`;
  const sentences: { start: number; text: string }[] = [];
  for (let k = 0; k < SENTENCES_PER_ARTICLE; k++) {
    const sentence = `${words(rnd, AR, 8 + Math.floor(rnd() * 10))} (${s}-${k}).`;
    sentences.push({ start: text.length, text: sentence });
    text += sentence + '\n';
  }
  return { text, sentences };
}

/** Writes `n` events and their sources and entities into `dir`. */
export async function writeCorpusInput(dir: string, n: number, seed = 1): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const sourceCount = Math.min(1000, Math.max(5, Math.ceil(n / 100)));
  const articles = Array.from({ length: sourceCount }, (_, s) => article(s));
  writeFileSync(
    join(dir, 'dataset.json'),
    JSON.stringify({
      format: 'riwayat-dataset',
      version: 1,
      title: { ar: `بيانات تجريبية (${n})`, en: `Synthetic corpus (${n})` },
    }),
  );
  writeFileSync(
    join(dir, 'sources.json'),
    JSON.stringify(articles.map((a, i) => syntheticSource(a.text, i))),
  );
  const entityCount = 60;
  writeFileSync(
    join(dir, 'entities.json'),
    JSON.stringify(
      Array.from({ length: entityCount }, (_, i) => ({
        id: `p${i}`,
        kind: 'person',
        name: { ar: `شخص ${i}`, en: `Person ${i}` },
        aliases: [`شخص ${i}`],
        side: SIDES[i % SIDES.length],
      })),
    ),
  );

  const out = createWriteStream(join(dir, 'events.jsonl'));
  const rnd = random(seed);
  for (let i = 0; i < n; i++) {
    const year = 1990 + Math.floor(rnd() * 36);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const p = rnd();
    const precision = p < 0.8 ? 'day' : p < 0.95 ? 'month' : 'year';
    const date = (y: number, m: number, d: number): string =>
      precision === 'day' ? `${y}-${pad(m)}-${pad(d)}` : precision === 'month' ? `${y}-${pad(m)}` : `${y}`;
    const start = date(year, month, day);
    const end = rnd() < 0.1 ? date(year + 1, month, day) : undefined;
    const claimCount = 2 + Math.floor(rnd() * 3);
    const claims = Array.from({ length: claimCount }, (_, c) => ({
      id: `c${c}`,
      text: { ar: words(rnd, AR, 12), en: `The ${words(rnd, EN, 10)}.` },
      ...(rnd() < 0.3 ? { by: `p${Math.floor(rnd() * entityCount)}` } : {}),
    }));
    const accountCount = 1 + Math.floor(rnd() * 3);
    const sources = new Set<number>();
    while (sources.size < accountCount) sources.add(Math.floor(rnd() * sourceCount));
    const accounts = [...sources].map((s) => {
      const a = articles[s] as Article;
      const first = Math.floor(rnd() * (SENTENCES_PER_ARTICLE - 2));
      const ks = rnd() < 0.5 ? [first] : [first, first + 1];
      return {
        source: `s${s}`,
        quotes: ks.map((k) => {
          const sentence = a.sentences[k] as { start: number; text: string };
          return {
            start: sentence.start,
            end: sentence.start + sentence.text.length,
            text: sentence.text,
            en: `Rendering of sentence ${k} of source ${s}: the ${words(rnd, EN, 14)}.`,
            claims: [`c${Math.floor(rnd() * claimCount)}`],
          };
        }),
      };
    });
    const actors = new Set<string>();
    const actorCount = Math.floor(rnd() * 4);
    while (actors.size < actorCount) actors.add(`p${Math.floor(rnd() * entityCount)}`);
    const basis = rnd() < 0.85 ? 'stated' : 'context';
    const event = {
      id: `e${i}`,
      start,
      ...(end === undefined ? {} : { end }),
      precision,
      basis,
      basisNote: {
        ar: basis === 'stated' ? 'التاريخ مذكور في النص' : `استُنتج من السياق: ${words(rnd, AR, 10)}`,
        en:
          basis === 'stated'
            ? 'The date is printed in the text.'
            : `Inferred from context: ${words(rnd, EN, 10)}`,
      },
      kind: KINDS[i % KINDS.length],
      actors: [...actors],
      title: { ar: `${words(rnd, AR, 6)} ${i}`, en: `The ${words(rnd, EN, 6)} ${i}` },
      summary: { ar: words(rnd, AR, 45), en: `The ${words(rnd, EN, 45)}.` },
      claims,
      accounts,
    };
    if (!out.write(JSON.stringify(event) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [n = '1000', dir = 'dist-bench/corpus-input'] = process.argv.slice(2);
  await writeCorpusInput(dir, Number(n));
  console.log(`wrote ${n} events to ${dir}`);
}
