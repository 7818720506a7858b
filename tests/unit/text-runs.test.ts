import { describe, expect, it } from 'vitest';
import { localizeDigits, splitArabicRuns } from '../../src/domain';

const isolated = (text: string): string[] =>
  splitArabicRuns(text)
    .filter((r) => r.rtl)
    .map((r) => r.text);

describe('splitArabicRuns', () => {
  it('finds the Arabic run in an English note, with the number written before it', () => {
    const note = '“13 May last” (13 أيار/مايو الماضي) in the October 2022 report';
    expect(isolated(note)).toEqual(['13 أيار/مايو الماضي']);
    expect(
      splitArabicRuns(note)
        .map((r) => r.text)
        .join(''),
    ).toBe(note);
  });

  it('takes in a number that follows, and leaves brackets and quotation marks outside', () => {
    expect(isolated('(26 June 2024: «شباط/ فبراير 2022»), which')).toEqual(['شباط/ فبراير 2022']);
    expect(isolated('prints “13 May” (13 ايار) without')).toEqual(['13 ايار']);
  });

  it('keeps separate runs apart when English words come between them', () => {
    expect(isolated('“early this week” (مطلع الأسبوع الجاري) and “during” (خلال عطلة)')).toEqual([
      'مطلع الأسبوع الجاري',
      'خلال عطلة',
    ]);
  });

  it('leaves text without Arabic as one plain run', () => {
    expect(splitArabicRuns('No article prints 24 February.')).toEqual([
      { text: 'No article prints 24 February.', rtl: false },
    ]);
    expect(splitArabicRuns('')).toEqual([]);
  });
});

describe('localizeDigits', () => {
  it('writes the numbers of Arabic text in Arabic-Indic digits', () => {
    expect(localizeDigits('اتصال أوستن وشويغو في 13 أيار/مايو 2022', 'arab')).toBe(
      'اتصال أوستن وشويغو في ١٣ أيار/مايو ٢٠٢٢',
    );
    expect(localizeDigits('نسبة 2.5 و1,000', 'arab')).toBe('نسبة ٢٫٥ و١٬٠٠٠');
  });

  it('leaves digits that belong to a Latin word or code', () => {
    expect(localizeDigits('طائرات F-16 من TimelineJS3 عام 2024', 'arab')).toBe(
      'طائرات F-16 من TimelineJS3 عام ٢٠٢٤',
    );
  });

  it('writes Arabic-Indic digits as Latin ones for the Latin choice', () => {
    expect(localizeDigits('في ١٣ أيار 2022', 'latn')).toBe('في 13 أيار 2022');
  });
});
