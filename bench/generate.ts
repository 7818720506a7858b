/**
 * Synthetic datasets for the benchmark: N events over ten years in six lanes, each told by one of a
 * few hundred sources whose article holds the quoted sentence, so every dataset passes the same
 * validation as real data.
 */
import type { Dataset } from '../src/domain';

const KINDS = ['defence-call', 'diplomacy', 'statement', 'military', 'us-politics', 'history'] as const;
const DAY = 86_400_000;
const START = Date.UTC(2015, 0, 1);
const WORDS = ['اتصال', 'وزير', 'الدفاع', 'بيان', 'تحذير', 'هجوم', 'لقاء', 'مباحثات', 'الرئيس', 'العاصمة'];

/** A small deterministic random generator, so every run measures the same data. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A synthetic source: numbered outlet, a stated publication date, the given article text. */
export function syntheticSource(text: string, i: number) {
  return {
    id: `s${i}`,
    file: `articles/s${i}.txt`,
    outlet: { ar: `مصدر ${i}`, en: `Source ${i}` },
    outletBasis: 'stated',
    credits: [],
    published: '2025-01-01',
    publishedBasis: 'stated',
    url: null,
    language: 'ar',
    outOfScope: [],
    text,
  } as const;
}

export function generateDataset(n: number, seed = 1): Dataset {
  const rnd = random(seed);
  const sourceCount = Math.max(5, Math.ceil(n / 400));
  const sentences: string[][] = Array.from({ length: sourceCount }, () => []);
  const events = [];
  for (let i = 0; i < n; i++) {
    const day = START + Math.floor(rnd() * 3650) * DAY;
    const iso = new Date(day).toISOString().slice(0, 10);
    const source = Math.floor(rnd() * sourceCount);
    const w = (k: number) => WORDS[(i * 7 + k * 3) % WORDS.length];
    const sentence = `${w(0)} ${w(1)} ${w(2)} رقم ${i} ${w(3)}.`;
    const list = sentences[source] as string[];
    list.push(sentence);
    events.push({
      id: `e${i}`,
      start: iso,
      precision: 'day',
      basis: 'stated',
      basisNote: { ar: 'مذكور', en: 'Stated' },
      kind: KINDS[i % KINDS.length],
      actors: [],
      title: { ar: `${w(0)} ${w(4)} ${i}`, en: `Event ${i}` },
      summary: { ar: `${w(1)} ${w(5)}`, en: `Summary ${i}` },
      claims: [{ id: 'c', text: { ar: 'ادعاء', en: 'Claim' } }],
      accounts: [
        {
          source: `s${source}`,
          quotes: [{ start: 0, end: 0, text: sentence, en: `Quote ${i}`, claims: ['c'] }],
        },
      ],
    });
  }
  const texts = sentences.map((s) => s.join('\n'));
  // Offsets of each sentence in its article.
  const offsets = sentences.map((list) => {
    let at = 0;
    return list.map((s) => {
      const o = at;
      at += s.length + 1;
      return o;
    });
  });
  const seen = new Array<number>(sourceCount).fill(0);
  for (const e of events) {
    const q = e.accounts[0]!.quotes[0]!;
    const s = Number(e.accounts[0]!.source.slice(1));
    const k = seen[s]!++;
    q.start = offsets[s]![k]!;
    q.end = q.start + q.text.length;
  }
  return {
    format: 'riwayat-dataset',
    version: 1,
    title: { ar: `بيانات تجريبية (${n})`, en: `Synthetic data (${n})` },
    sources: texts.map(syntheticSource),
    entities: [],
    events,
  } as unknown as Dataset;
}
