import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copyStem, findSharedCopy, sentences } from '../../src/domain';
import { judgePair, measureSharedCopy } from '../../src/domain/shared-copy-measure';
import { loadCorpus } from '../fixtures/corpus';

interface Side {
  readonly source: { readonly url?: string; readonly path?: string; readonly line?: number };
  readonly text: string;
}
interface Row {
  readonly id: string;
  readonly split: 'dev' | 'heldout';
  readonly label: 'shared' | 'distinct';
  readonly kind: string;
  readonly a: Side;
  readonly b: Side;
}

const rows: Row[] = readFileSync(new URL('../fixtures/shared-copy-pairs.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Row);
const pairs = (split: Row['split']) =>
  rows
    .filter((r) => r.split === split)
    .map((r) => ({ a: r.a.text, b: r.b.text, shared: r.label === 'shared' }));
const row = (id: string): Row => {
  const r = rows.find((x) => x.id === id);
  if (r === undefined) throw new Error(`no pair ${id}`);
  return r;
};
const corpus = loadCorpus();

describe('the shared-copy measurement set', () => {
  it('holds 81 labelled pairs, each side cited, 28 of them held out', () => {
    expect(rows).toHaveLength(81);
    expect(new Set(rows.map((r) => r.id)).size).toBe(81);
    expect(rows.filter((r) => r.split === 'heldout')).toHaveLength(28);
    expect(rows.filter((r) => r.label === 'shared')).toHaveLength(44);
    for (const r of rows)
      for (const side of [r.a, r.b]) {
        expect(side.text, r.id).toBe(side.text.normalize('NFC'));
        expect(side.source.url ?? side.source.path, r.id).toBeTruthy();
      }
  });

  it("quotes the seed articles' lines exactly", () => {
    for (const r of rows)
      for (const side of [r.a, r.b]) {
        const { path, line } = side.source;
        if (path === undefined || line === undefined) continue;
        const id = /art-\d{3}/.exec(path)?.[0];
        const text = corpus.sources.find((s) => s.id === id)?.text ?? '';
        expect(text.split('\n')[line - 1], r.id).toContain(side.text);
      }
  });
});

describe('the detector on the measurement set', () => {
  it('keeps its measured precision and recall on the pairs it was tuned on and on the held-out pairs', () => {
    const dev = measureSharedCopy(pairs('dev'));
    expect(dev).toMatchObject({ truePositives: 25, falsePositives: 5, falseNegatives: 4, trueNegatives: 19 });
    expect(dev.precision).toBeGreaterThanOrEqual(0.83);
    expect(dev.recall).toBeGreaterThanOrEqual(0.86);
    const heldout = measureSharedCopy(pairs('heldout'));
    expect(heldout.precision).toBe(1);
    expect(heldout.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('takes no two independent reports of one event for shared copy', () => {
    for (const r of rows.filter((x) => x.kind === 'same-event'))
      expect(judgePair(r.a.text, r.b.text), r.id).toBe(false);
  });

  it("finds art-004's tense-shifted rewrite of AFP's lede (audit F3), alone and against the whole article", () => {
    const f3 = row('afp-lede-my-art004');
    expect(judgePair(f3.a.text, f3.b.text)).toBe(true);
    const art004 = corpus.sources.find((s) => s.id === 'art-004');
    if (art004 === undefined) throw new Error('no art-004');
    const [found] = findSharedCopy([
      { id: 'afp', text: f3.a.text },
      { id: 'art-004', text: art004.text, exclude: art004.outOfScope },
    ]);
    const lede = sentences(art004.text).find((s) =>
      art004.text.slice(s.start, s.end).startsWith('فقد أعلنت'),
    );
    expect(found?.passages.map((p) => p.b)).toContainEqual({ start: lede?.start, end: lede?.end });
  });

  it('finds rewrites that reorder, shift a tense or shorten, and clauses split into sentences', () => {
    for (const id of [
      'afp-relations-aj-art004',
      'rt-lede-rn-ao',
      'reuters-relations-art001-art002',
      'lecornu-ah-art004',
      'wam-qatar-lede',
      'wafa-jenin-hospital-tense',
      'sisi-putin-split',
    ]) {
      const r = row(id);
      expect(judgePair(r.a.text, r.b.text), id).toBe(true);
    }
  });

  it('counts an empty set as nothing wrong and nothing missed', () => {
    expect(measureSharedCopy([])).toMatchObject({ precision: 1, recall: 1, truePositives: 0 });
  });

  it('counts each pair in its cell, and gives precision and recall as exact shares', () => {
    const same = 'قال المتحدث باسم وزارة الدفاع إن الوزيرين بحثا الوضع الأمني في المنطقة خلال اتصال هاتفي.';
    const other = 'أعلنت الحكومة عن خطة جديدة لإصلاح التعليم في المدارس الحكومية خلال العام المقبل.';
    const found = (shared: boolean) => ({ a: same, b: same, shared });
    const missed = (shared: boolean) => ({ a: same, b: other, shared });
    expect(measureSharedCopy([found(true), found(false), missed(true), missed(false)])).toEqual({
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 1,
      trueNegatives: 1,
      precision: 0.5,
      recall: 0.5,
    });
    expect(measureSharedCopy([found(true), found(true), found(false), missed(true)])).toMatchObject({
      precision: 2 / 3,
      recall: 2 / 3,
    });
    expect(
      measureSharedCopy([found(true), found(true), missed(true), missed(true), missed(true)]),
    ).toMatchObject({
      precision: 1,
      recall: 0.4,
    });
    // Only wrong finds: precision 0; only misses: recall 0.
    expect(measureSharedCopy([found(false)])).toMatchObject({ precision: 0, recall: 1 });
    expect(measureSharedCopy([missed(true)])).toMatchObject({ precision: 1, recall: 0 });
  });
});

describe('the stems shared copy is compared on', () => {
  it('folds the article, endings, and a verb tense prefix and past ending', () => {
    expect(copyStem('تراجعت')).toBe(copyStem('تتراجع'));
    expect(copyStem('اعلنت')).toBe('اعلن');
    expect(copyStem('اتصالا')).toBe(copyStem('الاتصال'));
    expect(copyStem('هاتفيا')).toBe(copyStem('هاتفيه'));
    expect(copyStem('الاميركيين')).toBe(copyStem('اميركي'));
  });

  it('leaves numbers, short words and a stem of three letters alone', () => {
    expect(copyStem('2023')).toBe('2023');
    expect(copyStem('في')).toBe('في');
    expect(copyStem('الي')).toBe('الي');
    expect(copyStem('بيت')).toBe('بيت');
    expect(copyStem('اليوم')).toBe('يوم');
    expect(copyStem('يتراجع')).toBe('تراجع');
  });

  it('drops the article only from a word of five letters or more, and at most two endings', () => {
    expect(copyStem('الغد')).toBe('الغد');
    expect(copyStem('للمعارك')).toBe('معارك');
    expect(copyStem('هاتفياتها')).toBe('هاتفي');
    expect(copyStem('بيتها')).toBe('بيت');
    expect(copyStem('يحتدم')).toBe('حتدم');
    expect(copyStem('يحتد')).toBe('يحتد');
  });
});
