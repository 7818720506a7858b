/**
 * What the date resolver's rules share: the context an expression is read in, the draft reading a
 * rule returns, and the environment that writes its note (see `date-resolver.ts` for the table).
 */
import { parsePartialDate } from './dates';
import type { ExpressionParts } from './date-finder';
import { describeValue } from './date-calendar';

export interface DateContext {
  /** `YYYY-MM-DD`, or null when unknown. */
  readonly published: string | null;
  /** Values already established earlier in the same text, oldest first. */
  readonly earlier?: readonly string[];
  /** The clause speaks of the future (a future verb, «من المقرر», …). */
  readonly future?: boolean;
  /** A year printed in the same sentence, used only when there is no publication date. */
  readonly sentenceYear?: number;
  /**
   * Without a publication date, the Gregorian year the text printed last before the expression's
   * sentence («… في 25 مارس 2023.» then «… يوم الثلاثاء 28 مارس»), used when its sentence prints none.
   */
  readonly textYear?: number;
  /** An earlier year the clause printed just before a day or month without one (`yearBefore`). */
  readonly narratedYear?: number;
  /**
   * The months of the last earlier expression that named months but had no value for want of a
   * publication date («آب الماضي», «من يناير إلى مارس»), in the year 2000: what «الفترة نفسها من عام
   * 2019» is the same as.
   */
  readonly earlierMonths?: string;
}

export interface Draft {
  value: string | null;
  rule: string;
  reference: string | null;
  assumptions: string[];
  alternatives: { value: string; reading: string }[];
  en: string;
  ar: string;
}

/** What every rule can use: the expression's text, the context, and the ways to write a reading. */
export interface Env {
  readonly text: string;
  readonly ctx: DateContext;
  readonly pub: string | null;
  /** The publication day as numbers, when it is a whole day. */
  readonly P: { y: number; m: number; d: number } | null;
  readonly pubEn: string;
  readonly pubAr: string;
  /** A reading without a value. */
  none(rule: string, en: string, ar: string): Draft;
  /** A reading counted from the publication date (`how` completes "counted from …, <how>: value"). */
  counted(value: string | null, rule: string, how: [string, string], extra?: Partial<Draft>): Draft;
  /** Resolves other parts in the same context (the two ends of a range). */
  resolve(p: ExpressionParts): Draft;
}

export interface Rule {
  readonly name: string;
  when(p: ExpressionParts, env: Env): boolean;
  resolve(p: ExpressionParts, env: Env): Draft;
}

export const q = (s: string): string => `“${s}”`;
export const qa = (s: string): string => `«${s}»`;

export function makeEnv(text: string, ctx: DateContext, resolve: (p: ExpressionParts) => Draft): Env {
  const pub = ctx.published;
  const pp = pub === null ? null : parsePartialDate(pub);
  const P = pp?.day === undefined || pp.month === undefined ? null : { y: pp.year, m: pp.month, d: pp.day };
  const pubEn = pub === null ? '' : describeValue(pub, 'en');
  const pubAr = pub === null ? '' : describeValue(pub, 'ar');
  const none = (rule: string, en: string, ar: string): Draft => ({
    value: null,
    rule,
    reference: null,
    assumptions: [],
    alternatives: [],
    en: `${q(text)} ${en}`,
    ar: `${qa(text)} ${ar}`,
  });
  const counted = (
    value: string | null,
    rule: string,
    how: [string, string],
    extra: Partial<Draft> = {},
  ): Draft =>
    value === null
      ? none(rule, how[0], how[1])
      : {
          value,
          rule,
          reference: pub,
          assumptions: [],
          alternatives: [],
          ...extra,
          en: `${q(text)} counted from the publication date (${pubEn}), ${how[0]}: ${describeValue(value, 'en')}.${extra.en ?? ''}`,
          ar: `${qa(text)} محسوبًا من تاريخ النشر (${pubAr})، ${how[1]}: ${describeValue(value, 'ar')}.${extra.ar ?? ''}`,
        };
  return { text, ctx, pub, P, pubEn, pubAr, none, counted, resolve };
}
