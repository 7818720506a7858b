import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addWords, createI18nWith, hasWords, resources } from '../../src/i18n';
import ar from '../../src/i18n/locales/ar.json';
import en from '../../src/i18n/locales/en.json';
import otherLanguage from '../../src/i18n/locales/other-language.json';

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesIn(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

const at = (o: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);

describe('a page that has loaded one language', () => {
  it('speaks it, and names the other language in that language', () => {
    const i18n = createI18nWith('ar', { ar });
    expect(i18n.t('count.sources', { count: 2 })).toBe('مصدران');
    expect(i18n.t('language.switchTo', { lng: 'en' })).toBe('Read in English');
    expect(i18n.t('quote.translation', { lng: 'en' })).toBe('Translation');
    expect(hasWords(i18n, 'ar')).toBe(true);
    expect(hasWords(i18n, 'en')).toBe(false);
    addWords(i18n, 'en', en);
    expect(hasWords(i18n, 'en')).toBe(true);
    expect(i18n.t('list.events', { count: 27, lng: 'en' })).toBe('27 events');
    expect(i18n.t('language.switchTo', { lng: 'en' })).toBe('Read in English');
  });

  it('has every word the code asks for in another language than the one shown', () => {
    const named: string[] = [];
    for (const f of filesIn('src'))
      for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([\w.]+)',\s*\{[^}]*\blng\b/g))
        named.push(m[1]!);
    expect(named.length).toBeGreaterThan(3);
    for (const lang of ['en', 'ar'] as const)
      for (const key of named) expect(at(otherLanguage[lang], key), `${lang} ${key}`).toBeTypeOf('string');
  });

  it('keeps each of those words in one place only', () => {
    for (const lang of ['en', 'ar'] as const) {
      const main = { en, ar }[lang];
      for (const [group, words] of Object.entries(otherLanguage[lang]))
        for (const key of Object.keys(words))
          expect(at(main, `${group}.${key}`), `${lang} ${group}.${key}`).toBeUndefined();
      expect(at(resources[lang].translation, 'quote.translation')).toBe(
        otherLanguage[lang].quote.translation,
      );
    }
  });
});
