import { describe, expect, it } from 'vitest';
import type { ExpressionParts } from '../../src/domain/date-finder';
import { afterEarlier, anaphor, dayOfSameMonth } from '../../src/domain/date-rules-anaphora';
import { makeEnv, type Rule } from '../../src/domain/date-rule-env';

// What the anaphora rules write besides their value: references, empty assumption and alternative
// lists, and notes whose dates are in the note's own language. Each rule is called directly, with the
// dates "before it" given as the context's `earlier`.
const unresolved = () => {
  throw new Error('not used here');
};
const run = (rule: Rule, text: string, parts: ExpressionParts, earlier: string[], published = '2024-06-26') =>
  rule.resolve(parts, makeEnv(text, { published, earlier }, unresolved));

describe('«بعد ذلك بيومين» and its like (after-earlier)', () => {
  it('counts weeks as seven days each, from the date before it', () => {
    const d = run(afterEarlier, 'بعد ذلك بأسبوعين', { after: { n: 2, unit: 'week' } }, ['2024-03-03']);
    expect(d.value).toBe('2024-03-17');
    expect(d.reference).toBe('2024-03-03');
    expect(d.assumptions).toEqual([]);
    expect(d.alternatives).toEqual([]);
    expect(d.en).toContain('2 weeks after the date given before it');
    expect(d.en).toMatch(/3 March 2024.*17 March 2024/u);
    expect(d.ar).toMatch(/مارس.*مارس/u);
    expect(d.ar).not.toMatch(/March/u);
  });

  it('says so, in both languages, when a day cannot be counted from a month', () => {
    const d = run(afterEarlier, 'في اليوم التالي', { after: { n: 1, unit: 'day' } }, ['2024-03']);
    expect(d.value).toBeNull();
    expect(d.en).toBe('“في اليوم التالي” cannot be counted from the date before it.');
    expect(d.ar).toBe('«في اليوم التالي» لا يُحسب من التاريخ قبله.');
  });
});

describe('«اليوم نفسه», «الشهر نفسه من العام الماضي» (anaphor)', () => {
  it('writes the date before it in the note’s language, and nothing about a year it did not move', () => {
    const d = run(anaphor, 'اليوم نفسه', { anaphor: 'day' }, ['2024-06-20']);
    expect(d.value).toBe('2024-06-20');
    expect(d.assumptions).toEqual([]);
    expect(d.alternatives).toEqual([]);
    expect(d.en).toMatch(
      /^“اليوم نفسه” refers back to the date given before it \(.*20 June 2024\): .*20 June 2024\.$/u,
    );
    expect(d.ar).toMatch(/^«اليوم نفسه» يحيل إلى التاريخ المذكور قبله \(.*يونيو.*\): .*يونيو.*\.$/u);
    expect(d.ar).not.toContain('العام الذي يذكره');
    const moved = run(anaphor, 'الشهر نفسه من العام الماضي', { anaphor: 'month', yearShift: -1 }, [
      '2024-06-20',
    ]);
    expect(moved.value).toBe('2023-06');
    expect(moved.ar).toContain('في العام الذي يذكره');
  });

  it('says in Arabic too that no date before it is known', () => {
    const d = run(anaphor, 'اليوم نفسه', { anaphor: 'day' }, []);
    expect(d.value).toBeNull();
    expect(d.ar).toBe('«اليوم نفسه» يحيل إلى تاريخ سابق في النص، ولا يُعرف.');
  });
});

describe('«19 من الشهر نفسه» (day-of-same-month)', () => {
  it('writes the day in the note’s language, with no assumptions or alternatives', () => {
    const d = run(dayOfSameMonth, '19 من الشهر نفسه', { day: 19, qualifier: 'same' }, ['2024-06-02']);
    expect(d.value).toBe('2024-06-19');
    expect(d.assumptions).toEqual([]);
    expect(d.alternatives).toEqual([]);
    expect(d.en).toMatch(/19 June 2024\.$/u);
    expect(d.ar).toMatch(/يونيو.*\.$/u);
    expect(d.ar).not.toMatch(/June/u);
  });

  it('says, in both languages, when there is no month before it or the day is not real', () => {
    const none = run(dayOfSameMonth, '19 من الشهر نفسه', { day: 19, qualifier: 'same' }, []);
    expect(none.ar).toBe('«19 من الشهر نفسه» يحيل إلى شهر سابق في النص، ولا يُعرف.');
    const unreal = run(dayOfSameMonth, '31 من الشهر نفسه', { day: 31, qualifier: 'same' }, ['2024-06-02']);
    expect(unreal.value).toBeNull();
    expect(unreal.en).toBe('“31 من الشهر نفسه” is not a real day.');
    expect(unreal.ar).toBe('«31 من الشهر نفسه» ليس يومًا حقيقيًا.');
  });
});
