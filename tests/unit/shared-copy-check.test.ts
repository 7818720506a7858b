/**
 * The checker's view of shared copy (`src/data/shared-copy-check.ts`) on a dataset built for it: two
 * articles sharing one sentence between an unrelated third, and the origins each side declares, by
 * the whole source or by the quotes over the shared sentence.
 */
import { describe, expect, it } from 'vitest';
import { checkSharedCopy, declaredOrigins } from '../../src/data';
import type { Dataset, Provenance, Quote, Source, SourceId } from '../../src/domain';
import { miniDataset } from '../fixtures/mini-dataset';

const SHARED =
  'قال المتحدث باسم وزارة الدفاع إن الوزيرين بحثا الوضع الأمني في المنطقة خلال اتصال هاتفي طويل.';
const TEXTS = {
  'src-a': `عنوان الخبر الأول هنا\n${SHARED}\nوأضاف أن المحادثات ستستمر في الأسابيع المقبلة دون موعد محدد.`,
  'src-c': 'خبر ثالث لا علاقة له\nأعلنت الحكومة عن خطة جديدة لإصلاح التعليم في المدارس الحكومية.',
  'src-b': `عنوان مختلف تماما عن الأول\n${SHARED}\nولم يذكر البيان أي تفاصيل أخرى عن الاتصال.`,
} as const;
type Id = keyof typeof TEXTS;

const rests = (origin: string, more: Partial<Provenance> = {}): Provenance => ({
  origin,
  name: { ar: origin, en: origin },
  basis: 'inferred',
  note: { ar: '', en: '' },
  ...more,
});

/** The passage of `id` from `needle` on, as a quote span. */
const spanOf = (id: Id, needle: string, length = needle.length) => {
  const start = TEXTS[id].indexOf(needle);
  return { start, end: start + length };
};

function dataset(
  restsOn: Partial<Record<Id, Provenance[]>>,
  quotes: { source: Id; span: { start: number; end: number }; restsOn?: Provenance[] }[] = [],
): Dataset {
  const base = miniDataset();
  const template = base.sources[0] as Source & { text: string };
  const sources = (Object.keys(TEXTS) as Id[]).map((id) => ({
    ...template,
    id: id as SourceId,
    file: `articles/${id}.txt`,
    headline: { start: 0, end: TEXTS[id].indexOf('\n') },
    outOfScope: [],
    text: TEXTS[id],
    ...(restsOn[id] !== undefined ? { restsOn: restsOn[id] } : {}),
  }));
  const event = base.events[0];
  if (event === undefined) throw new Error('the mini dataset has an event');
  const accounts = (Object.keys(TEXTS) as Id[]).map((id) => ({
    source: id as SourceId,
    quotes: quotes
      .filter((q) => q.source === id)
      .map((q): Quote => ({
        ...q.span,
        text: TEXTS[id].slice(q.span.start, q.span.end),
        en: 'A quote',
        claims: [],
        ...(q.restsOn !== undefined ? { restsOn: q.restsOn } : {}),
      })),
  }));
  return { ...base, sources, events: [{ ...event, accounts }] };
}

const source = (d: Dataset, id: Id): Source => {
  const s = d.sources.find((x) => x.id === id);
  if (s === undefined) throw new Error(`no ${id}`);
  return s;
};
const sharedIn = (id: Id) => spanOf(id, SHARED, SHARED.length - 1);

describe('declaredOrigins', () => {
  it('gives the whole source’s origins, at their root, for a passage no quote covers', () => {
    const d = dataset({
      'src-a': [rests('alhurra'), rests('reuters', { via: 'alhurra' }), rests('tass', { extent: 'part' })],
    });
    // Alhurra relays Reuters: the root is Reuters; a part's origin is not the whole source's.
    expect([...declaredOrigins(d, source(d, 'src-a'), sharedIn('src-a'))]).toEqual(['reuters']);
    expect([...declaredOrigins(d, source(d, 'src-c'), spanOf('src-c', 'أعلنت'))]).toEqual([]);
  });

  it('gives a covering quote’s own origins with the whole source’s, and not those of a quote beside it', () => {
    const span = sharedIn('src-a');
    const d = dataset({ 'src-a': [rests('afp')] }, [
      { source: 'src-a', span, restsOn: [rests('reuters')] },
      { source: 'src-a', span: spanOf('src-a', 'وأضاف', 5), restsOn: [rests('tass')] },
    ]);
    expect([...declaredOrigins(d, source(d, 'src-a'), span)].sort()).toEqual(['afp', 'reuters']);
  });

  it('gives only the root of a covering quote that names the whole source’s origin as its relay', () => {
    const span = sharedIn('src-a');
    // The article rests on Alhurra; this passage is Reuters' report, reaching it through Alhurra.
    const d = dataset({ 'src-a': [rests('alhurra')] }, [
      { source: 'src-a', span, restsOn: [rests('reuters', { via: 'alhurra' })] },
    ]);
    expect([...declaredOrigins(d, source(d, 'src-a'), span)]).toEqual(['reuters']);
    expect([...declaredOrigins(d, source(d, 'src-a'), spanOf('src-a', 'وأضاف', 5))]).toEqual(['alhurra']);
  });

  it('takes a quote that overlaps the passage by one character, and not one that only touches it', () => {
    const span = sharedIn('src-a');
    const before = { start: span.start - 5, end: span.start };
    const after = { start: span.end, end: span.end + 2 };
    const touching = dataset({ 'src-a': [rests('afp', { extent: 'part' })] }, [
      { source: 'src-a', span: before, restsOn: [rests('reuters')] },
      { source: 'src-a', span: after, restsOn: [rests('tass')] },
    ]);
    // Neither quote covers the passage: the whole source declares nothing (its one entry is a part's).
    expect([...declaredOrigins(touching, source(touching, 'src-a'), span)]).toEqual([]);
    const overlapping = dataset({}, [
      { source: 'src-a', span: { start: before.start, end: span.start + 1 }, restsOn: [rests('reuters')] },
      { source: 'src-a', span: { start: span.end - 1, end: after.end }, restsOn: [rests('tass')] },
    ]);
    expect([...declaredOrigins(overlapping, source(overlapping, 'src-a'), span)].sort()).toEqual([
      'reuters',
      'tass',
    ]);
  });

  it('reads only the quotes of the source asked about', () => {
    const d = dataset({}, [{ source: 'src-b', span: sharedIn('src-b'), restsOn: [rests('reuters')] }]);
    expect([...declaredOrigins(d, source(d, 'src-a'), sharedIn('src-a'))]).toEqual([]);
    expect([...declaredOrigins(d, source(d, 'src-b'), sharedIn('src-b'))]).toEqual(['reuters']);
  });
});

describe('checkSharedCopy', () => {
  it('finds the shared sentence of two articles, and warns once, on the first one’s path, when no origin is declared', () => {
    const report = checkSharedCopy(dataset({}));
    expect(report.pairs.map((p) => [p.a, p.b, p.passages.length])).toEqual([['src-a', 'src-b', 1]]);
    const a = sharedIn('src-a');
    const b = sharedIn('src-b');
    expect(report.undeclared).toEqual([
      {
        path: '$.sources[0].restsOn',
        code: 'undeclared-shared-copy',
        message: `src-a ${a.start}–${a.end} and src-b ${b.start}–${b.end} share wording (score 1.00), but no report is declared that both rest on: give their sources or quotes a common restsOn origin`,
      },
    ]);
  });

  it('says nothing when both sides rest on one origin, by the source or by the quote', () => {
    expect(checkSharedCopy(dataset({ 'src-a': [rests('afp')], 'src-b': [rests('afp')] })).undeclared).toEqual(
      [],
    );
    const byQuote = dataset({ 'src-a': [rests('afp')] }, [
      { source: 'src-b', span: sharedIn('src-b'), restsOn: [rests('reuters'), rests('afp')] },
    ]);
    expect(checkSharedCopy(byQuote).undeclared).toEqual([]);
  });

  it('warns when the two sides rest on different origins, on the path of the first one in the file', () => {
    const d = dataset({ 'src-a': [rests('afp')], 'src-b': [rests('reuters')] });
    expect(checkSharedCopy(d).undeclared.map((w) => w.path)).toEqual(['$.sources[0].restsOn']);
    const [a, c, b] = d.sources;
    if (a === undefined || b === undefined || c === undefined) throw new Error('three sources');
    const reordered: Dataset = { ...d, sources: [c, b, a] };
    const warnings = checkSharedCopy(reordered).undeclared;
    expect(warnings.map((w) => w.path)).toEqual(['$.sources[1].restsOn']);
    expect(warnings[0]?.message.startsWith('src-b ')).toBe(true);
  });
});
