/**
 * What the workbench proposes for an article's description (`author/article-proposals.ts`), on the
 * third newcomer trial's articles (the Myanmar earthquake of 28 March 2025): the outlet from the
 * address, the site said to be known once it is named, and the note of an inferred publication date.
 */
import { describe, expect, it } from 'vitest';
import { outletFields, outletFromAddress, publishedNoteDraft } from '../../src/author';

// Anbaa Express, 29 March 2025 (anbaaexpress.ma/2025/03/…), its first sentence.
const ANBAA =
  'أعلن المجلس العسكري الحاكم في ميانمار، اليوم السبت، أن عدد القتلى جراء الزلزال العنيف الذي ضرب البلاد تجاوز 1,000 شخص.';
const ANBAA_URL = 'https://anbaaexpress.ma/2025/03/%d8%a7%d9%84%d9%85%d8%ac%d9%84%d8%b3';

describe('outletFromAddress', () => {
  it('names the host without “www.”, and the country a country-code ending stands for', () => {
    expect(outletFromAddress(ANBAA_URL)).toEqual({
      host: 'anbaaexpress.ma',
      country: { ar: 'المغرب', en: 'Morocco' },
      outlet: { ar: 'anbaaexpress.ma (المغرب)', en: 'anbaaexpress.ma (Morocco)' },
    });
    expect(outletFromAddress('https://www.egy-press.com/102451')).toEqual({
      host: 'egy-press.com',
      country: null,
      outlet: { ar: 'egy-press.com', en: 'egy-press.com' },
    });
  });

  it('proposes nothing for no address or one that is not the web', () => {
    expect(outletFromAddress(null)).toBeNull();
    expect(outletFromAddress('thepress')).toBeNull();
    expect(outletFromAddress('mailto:news@thepress.ma')).toBeNull();
    expect(outletFromAddress('https://localhost/a')).toBeNull();
  });
});

describe('outletFields', () => {
  const BLANK = { ar: '', en: '' };
  const PRESS = { ar: 'ذا برس', en: 'The Press' };

  it('never answers for the author whether the article’s text names the outlet; an emptied name names none', () => {
    expect(outletFields(PRESS)).toEqual({ outlet: PRESS });
    expect(outletFields({ ...PRESS, en: 'The Press (Morocco)' })).toEqual({
      outlet: { ...PRESS, en: 'The Press (Morocco)' },
    });
    expect(outletFields(BLANK)).toEqual({ outlet: BLANK, outletBasis: 'unknown' });
  });
});

describe('publishedNoteDraft', () => {
  it('says what the address holds and which words of the text name that day, in both languages', () => {
    expect(publishedNoteDraft(ANBAA, ANBAA_URL, '2025-03-29')).toEqual({
      ar: 'مستنتج: عنوان المقال يحمل 2025/03، وقوله «اليوم السبت» يوافق النشر يوم السبت 29 آذار/مارس 2025.',
      en: "Inferred: its address holds 2025/03; its text's “اليوم السبت” agrees with publication on Saturday 29 March 2025.",
    });
  });

  it('reads a day written whole in the address, and leaves out what does not agree with the date given', () => {
    const anfas = 'https://anfaspress.com/index.php/news/voir/149073-2025-04-03-01-15-04';
    expect(publishedNoteDraft(ANBAA, anfas, '2025-04-03')).toEqual({
      ar: 'مستنتج: عنوان المقال يحمل 2025-04-03.',
      en: 'Inferred: its address holds 2025-04-03.',
    });
    // A Sunday given: «اليوم السبت» is not that day, nor does the address's month hold it.
    expect(publishedNoteDraft(ANBAA, ANBAA_URL, '2025-04-06')).toBeNull();
    expect(publishedNoteDraft(ANBAA, null, '2025-03-29')?.en).toBe(
      "Inferred: its text's “اليوم السبت” agrees with publication on Saturday 29 March 2025.",
    );
  });

  // The Afghanistan earthquake of 31 August 2025: Al-Shorouk's address holds the day in its query,
  // day first; Al Jazeera's in its path, unpadded.
  it('reads a day in the query, in the order that agrees with the date given, and says which order', () => {
    const shorouk =
      'https://www.shorouknews.com/news/view.aspx?cdate=01092025&id=3ba9adc1-7e30-4edb-b327-91331813c7a7';
    const monday = 'ذكرت حركة طالبان اليوم الاثنين، أن عدد ضحايا الزلزال ارتفع.';
    expect(publishedNoteDraft(monday, shorouk, '2025-09-01')).toEqual({
      ar: 'مستنتج: عنوان المقال يحمل cdate=01092025 (مقروءًا يومًا فشهرًا فسنة)، وقوله «اليوم الاثنين» يوافق النشر يوم الاثنين 1 أيلول/سبتمبر 2025.',
      en: "Inferred: its address holds cdate=01092025 (read as day, month, year); its text's “اليوم الاثنين” agrees with publication on Monday 1 September 2025.",
    });
    expect(publishedNoteDraft('', shorouk, '2025-01-09')?.en).toBe(
      'Inferred: its address holds cdate=01092025 (read as month, day, year).',
    );
    expect(publishedNoteDraft('', 'https://x.com/a?d=20250901', '2025-09-01')?.en).toBe(
      'Inferred: its address holds d=20250901.',
    );
    // Eight digits that are no day, and a day the date given is not: nothing from the address.
    expect(publishedNoteDraft('', 'https://x.com/a?id=34567890', '2025-09-01')).toBeNull();
    expect(publishedNoteDraft('', shorouk, '2025-09-02')).toBeNull();
  });

  it('reads a day in the path written without zeros', () => {
    const jazeera = 'https://www.aljazeera.net/news/2025/9/2/%D8%B9%D8%A7%D8%AC%D9%84';
    const tuesday = 'أعلن المتحدث باسم الحكومة الأفغانية، اليوم الثلاثاء، عن ارتفاع حصيلة ضحايا الزلزال.';
    expect(publishedNoteDraft(tuesday, jazeera, '2025-09-02')?.en).toBe(
      "Inferred: its address holds 2025/9/2; its text's “اليوم الثلاثاء” agrees with publication on Tuesday 2 September 2025.",
    );
    // «30 February» is no day: only its month is read, which 1 March is not in.
    expect(publishedNoteDraft('', 'https://x.com/news/2025/2/30/a', '2025-03-02')).toBeNull();
  });
});
