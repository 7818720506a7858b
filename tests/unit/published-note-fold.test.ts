/**
 * The workbench's note on how a publication date was found reads the article's words through the one
 * Arabic fold (`normalizeForMatch`), joins them as every list is joined (`formatList`), and the
 * names of the days of the week are written once (`AR_DAYS`).
 */
import { describe, expect, it } from 'vitest';
import { publishedNoteDraft } from '../../src/author';
import { analyseDates } from '../../src/domain';
import { writers } from '../support/source-files';

// A Friday.
const FRIDAY = '2025-03-28';

describe("a publication date's note", () => {
  it.each([['يوم الجمعة'], ['يوم الجمعه'], ['يوم الجُمعة'], ['يوم الجمـعة']])(
    'names the day when the text says «%s», as the date finder reads it',
    (said) => {
      const text = `التقى الوزيران ${said} في الرباط.`;
      expect(analyseDates(text, FRIDAY).some((d) => d.value === FRIDAY)).toBe(true);
      const note = publishedNoteDraft(text, null, FRIDAY);
      expect(note?.ar).toContain(`«${said}» يوافق النشر`);
      expect(note?.en).toContain(`“${said}” agrees with publication`);
    },
  );

  it('joins two such words as a list is joined in each language', () => {
    const text = 'قال المتحدث يوم الجمعة إن الاجتماع عقد صباح الجمعه.';
    expect(publishedNoteDraft(text, null, FRIDAY)).toEqual({
      ar: 'مستنتج: قوله «يوم الجمعة» و«صباح الجمعه» يوافقان النشر يوم الجمعة 28 آذار/مارس 2025.',
      en: "Inferred: its text's “يوم الجمعة” and “صباح الجمعه” agree with publication on Friday 28 March 2025.",
    });
  });

  it('folds and joins nowhere by hand', () => {
    // An alef-only fold, a list joined by a bare «و» or "and", a second list of the week's days.
    expect(writers(/\[أإآ\]|\[إأآ\]|\[آأإ\]/u, ['src/domain/arabic.ts'])).toEqual([]);
    expect(writers(/\.join\(\s*['"`] (?:و|and) ?['"`]\s*\)/u, [])).toEqual([]);
    expect(writers(/['"`]الثلاثاء['"`]/u, ['src/domain/date-calendar.ts'])).toEqual([]);
  });
});
