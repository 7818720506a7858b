/**
 * The deck file's own words (the command line cannot load the interface's) read as the slides on
 * screen do: each fixed word, each template and each count, in both languages, all six Arabic plural
 * forms, compared with the interface's i18next words; and the few words only a deck file has.
 */
import { describe, expect, it } from 'vitest';
import { deckWords } from '../../src/data/deck-text';
import type { DateDisplay, Lang } from '../../src/domain';
import { createI18n, formatList, formatNumber } from '../../src/i18n';

const DISPLAYS: readonly DateDisplay[] = [
  { months: 'levantine', digits: 'arab' },
  { months: 'levantine', digits: 'latn' },
];
const COUNTS = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 1000];
const LANGS: readonly Lang[] = ['ar', 'en'];

describe.each(LANGS)('the deck’s words in %s', (lang) => {
  describe.each(DISPLAYS)('with $digits digits', (display) => {
    const words = deckWords(lang, display);
    const i18n = createI18n(lang, () => display);
    const t = i18n.t.bind(i18n);
    const num = (n: number): string => formatNumber(n, lang, display);

    it('name what the slides show as the screen names it', () => {
      expect({
        howKnown: words.howKnown,
        summary: words.summary,
        toldBy: words.toldBy,
        noAccounts: words.noAccounts,
        diverge: words.diverge,
        onlyIn: words.onlyIn,
        wordedIn: words.wordedIn,
        notIn: words.notIn,
        singleOrigin: words.singleOrigin,
        basis: words.basis,
      }).toEqual({
        howKnown: t('present.howKnown'),
        summary: t('present.summary'),
        toldBy: t('present.toldBy'),
        noAccounts: t('accounts.none'),
        diverge: t('present.diverge'),
        onlyIn: t('present.onlyIn'),
        wordedIn: t('present.wordedIn'),
        notIn: t('present.notIn'),
        singleOrigin: t('claims.singleOrigin'),
        basis: {
          stated: t('basis.stated'),
          weekday: t('basis.weekday'),
          relative: t('basis.relative'),
          context: t('basis.context'),
        },
      });
    });

    it('fill their templates as the screen does', () => {
      expect(words.part(2, 13)).toBe(t('present.part', { part: num(2), parts: num(13) }));
      expect(words.by('وزارة الدفاع <b>')).toBe(t('claims.by', { name: 'وزارة الدفاع <b>' }));
      const two = ['Reuters', 'AFP'];
      const three = ['Reuters', 'AFP', 'Alhurra'];
      expect(words.shared(two, 'RIA')).toBe(
        t('shared.two', { names: formatList(two, lang, display), origin: 'RIA' }),
      );
      expect(words.shared(three, 'RIA')).toBe(
        t('shared.many', { names: formatList(three, lang, display), origin: 'RIA' }),
      );
    });

    it.each(COUNTS)('count %i passages, events, outlets and origins in the right form', (n) => {
      expect(words.passages(n)).toBe(t('source.quotes', { count: n }));
      expect(words.events(n)).toBe(t('deck.events', { count: n }));
      const outlets = t('claims.outlets', { count: n });
      expect(words.support(n, 1)).toBe(
        t('claims.support', { outlets, origins: t('claims.origins', { count: 1 }) }),
      );
      expect(words.support(3, n)).toBe(
        t('claims.support', {
          outlets: t('claims.outlets', { count: 3 }),
          origins: t('claims.origins', { count: n }),
        }),
      );
      expect(words.supportUnknown(n + 2, 1, n + 1, n)).toBe(
        t('claims.supportUnknown', {
          outlets: t('claims.outlets', { count: n + 2 }),
          origins: t(n === 1 ? 'claims.originsEither' : 'claims.originsRange', { low: 1, count: n + 1 }),
          unknown: t('claims.unknownOrigins', { count: n }),
        }),
      );
    });
  });
});

describe('words only a deck file has', () => {
  it('mark translations, continued texts and the full title in each language', () => {
    const pick = (lang: Lang): string[] => {
      const w = deckWords(lang, DISPLAYS[0]!);
      return [w.translation, w.translationNote, w.continued, w.fullTitle];
    };
    expect(pick('en')).toEqual([
      'Translation',
      'Translations: English renderings made for Riwayat, not the sources’ own words',
      'continued',
      'Title',
    ]);
    expect(pick('ar')).toEqual([
      'الترجمة',
      'ترجمة إنجليزية أعدّها «روايات»، وليست كلمات المصدر نفسه',
      'تتمة',
      'العنوان',
    ]);
  });

  it('write numbers in the digits chosen', () => {
    expect(deckWords('ar', DISPLAYS[0]!).passages(12)).toBe('١٢ مقطعًا');
    expect(deckWords('ar', DISPLAYS[1]!).passages(12)).toBe('12 مقطعًا');
    expect(deckWords('ar', DISPLAYS[0]!).passages(0)).toBe('لا مقاطع');
    expect(deckWords('en', DISPLAYS[0]!).passages(0)).toBe('0 passages');
  });
});
