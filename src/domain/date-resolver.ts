/**
 * Turns what a date expression says (`date-finder.ts`) into a calendar value, counted from the
 * article's publication date (and, for «اليوم نفسه», from the date established before it), and says
 * how: the rule, the reference, every assumption, the other readings the text allows, and a note in
 * Arabic and English fit for an event's `basisNote`. Values are `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or an
 * inclusive range `A/B`; null when the text and the reference cannot give one.
 *
 * The reading is a table of small rules (`date-rules-days.ts`, `date-rules-stated.ts`, `date-rules-periods.ts`,
 * `date-rules-anaphora.ts`, `date-rules-relative.ts`), tried in order; the first that applies gives the
 * value and writes the note.
 */
import type { ExpressionParts, FoundDate } from './date-finder';
import { makeEnv, type DateContext, type Draft, type Rule } from './date-rule-env';
import { DAY_RULES } from './date-rules-days';
import { RELATIVE_RULES, UNRESOLVED } from './date-rules-relative';
import { STATED_RULES } from './date-rules-stated';

export { describeValue, fromHijri, toHijri } from './date-calendar';
export type { DateContext } from './date-rule-env';

export interface DateReading {
  readonly value: string | null;
  /** Which rule gave the value: `stated`, `publication-year`, `weekday-past`, `week`, `hijri-umm-al-qura`, … */
  readonly rule: string;
  /** What it was counted from: the publication date, an earlier date, or nothing. */
  readonly reference: string | null;
  readonly assumptions: readonly string[];
  readonly alternatives: readonly { readonly value: string; readonly reading: string }[];
  readonly note: { readonly ar: string; readonly en: string };
}

/** Every rule, in the order they are tried. */
export const DATE_RULES: readonly Rule[] = [...DAY_RULES, ...STATED_RULES, ...RELATIVE_RULES, UNRESOLVED];

function resolveParts(text: string, p: ExpressionParts, ctx: DateContext): Draft {
  const env = makeEnv(text, ctx, (other) => resolveParts(text, other, ctx));
  const rule = DATE_RULES.find((r) => r.when(p, env)) ?? UNRESOLVED;
  return rule.resolve(p, env);
}

/** Resolves one found expression. */
export function resolveDate(found: FoundDate, ctx: DateContext): DateReading {
  const d = resolveParts(found.text, found.parts, ctx);
  return {
    value: d.value,
    rule: d.rule,
    reference: d.reference,
    assumptions: d.assumptions,
    alternatives: d.alternatives,
    note: { ar: d.ar, en: d.en },
  };
}
