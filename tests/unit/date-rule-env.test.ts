import { describe, expect, it } from 'vitest';
import { makeEnv } from '../../src/domain/date-rule-env';

// The environment every resolver rule writes its reading through (src/domain/date-rule-env.ts): the
// publication date it counts from, and the two notes, in English and Arabic, a reading carries.
const unresolved = () => {
  throw new Error('not used here');
};
const env = (published: string | null) => makeEnv('الأسبوع الماضي', { published }, unresolved);

describe('the rules’ environment', () => {
  it('counts from a publication day, and from nothing without one', () => {
    const e = env('2024-06-26');
    expect(e.pub).toBe('2024-06-26');
    expect(e.P).toEqual({ y: 2024, m: 6, d: 26 });
    expect(e.pubEn).toContain('26 June 2024');
    expect(e.pubAr).toContain('يونيو');
    expect(e.pubAr).not.toContain('June');
    const none = env(null);
    expect([none.pub, none.P, none.pubEn, none.pubAr]).toEqual([null, null, '', '']);
    // A publication month, not a day, gives no day to count from.
    expect(env('2024-06').P).toBeNull();
  });

  it('writes a reading without a value with no assumptions, no alternatives, and the text quoted', () => {
    const d = env('2024-06-26').none('week', 'has no date.', 'بلا تاريخ.');
    expect(d).toEqual({
      value: null,
      rule: 'week',
      reference: null,
      assumptions: [],
      alternatives: [],
      en: '“الأسبوع الماضي” has no date.',
      ar: '«الأسبوع الماضي» بلا تاريخ.',
    });
  });

  it('writes a counted reading with its reference and the value in words, in both languages', () => {
    const d = env('2024-06-26').counted('2024-06-16/2024-06-22', 'week', ['the week', 'الأسبوع']);
    expect(d.value).toBe('2024-06-16/2024-06-22');
    expect(d.reference).toBe('2024-06-26');
    expect(d.assumptions).toEqual([]);
    expect(d.alternatives).toEqual([]);
    expect(d.en.startsWith('“الأسبوع الماضي” counted from the publication date (')).toBe(true);
    expect(d.en).toMatch(/\(.*26 June 2024\), the week: .*16 June 2024.*22 June 2024.*\.$/u);
    expect(d.ar.startsWith('«الأسبوع الماضي» محسوبًا من تاريخ النشر (')).toBe(true);
    expect(d.ar).toMatch(/الأسبوع: .*يونيو.*\.$/u);
    expect(d.ar).not.toContain('June');
  });

  it('adds what a rule adds after the note, and nothing when it adds nothing', () => {
    const e = env('2024-06-26');
    const plain = e.counted('2024-06-24', 'weekday', ['the last Monday', 'آخر اثنين'], {});
    expect(plain.en.endsWith('.')).toBe(true);
    expect(plain.ar.endsWith('.')).toBe(true);
    expect(plain.en).not.toContain('undefined');
    const more = e.counted('2024-06-24', 'weekday', ['the last Monday', 'آخر اثنين'], {
      en: ' Or the next.',
      ar: ' أو القادم.',
      assumptions: ['past'],
    });
    expect(more.en.endsWith('. Or the next.')).toBe(true);
    expect(more.ar.endsWith('. أو القادم.')).toBe(true);
    expect(more.assumptions).toEqual(['past']);
    // No value: the reading is the rule's "none", worded by the rule.
    expect(e.counted(null, 'weekday', ['cannot be counted.', 'لا يُحسب.'])).toMatchObject({
      value: null,
      reference: null,
      en: '“الأسبوع الماضي” cannot be counted.',
    });
  });
});
