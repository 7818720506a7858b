/**
 * The store holds the language; i18next and `<html lang dir>` follow it (`followLanguage`): once the
 * words are in, the last language asked for wins, and words that cannot be loaded put the store back.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/domain';
import { followLanguage } from '../../src/app/language';
import { createI18nWith, withWords, type I18n } from '../../src/i18n';
import { createStore } from '../../src/state';
import en from '../../src/i18n/locales/en.json';

function page(): { doc: Document; html: { lang: string; dir: string } } {
  const html = { lang: '', dir: '' };
  return { doc: { documentElement: html } as unknown as Document, html };
}

/** Words that arrive only when `arrive()` is called (or fail with `fail()`). */
function heldWords(): {
  words: (i18n: I18n, lang: Lang) => Promise<void>;
  arrive: () => Promise<void>;
  fail: () => Promise<void>;
} {
  const waiting: { lang: Lang; i18n: I18n; done: () => void; failed: (e: Error) => void }[] = [];
  return {
    words: (i18n, lang) =>
      new Promise((done, failed) => {
        waiting.push({ lang, i18n, done, failed });
      }),
    arrive: async () => {
      for (const w of waiting.splice(0)) await withWords(w.i18n, w.lang).then(w.done);
      await vi.waitFor(() => undefined);
    },
    fail: async () => {
      for (const w of waiting.splice(0)) w.failed(new Error('offline'));
      await Promise.resolve();
    },
  };
}

describe('i18next follows the store’s language', () => {
  it('speaks the language asked for once its words are in, and sets <html lang dir> then, not before', async () => {
    const store = createStore<{ lang: Lang }>({ lang: 'en' });
    const i18n = createI18nWith('en', { en });
    const { doc, html } = page();
    const saved: Lang[] = [];
    const held = heldWords();
    const stop = followLanguage(store, i18n, { doc, save: (l) => saved.push(l), words: held.words });
    expect(html).toEqual({ lang: 'en', dir: 'ltr' });

    store.set({ lang: 'ar' });
    // The reader's choice is held (and saved) at once; the page changes with its words.
    expect(saved).toEqual(['en', 'ar']);
    expect(i18n.resolvedLanguage).toBe('en');
    expect(html).toEqual({ lang: 'en', dir: 'ltr' });

    await held.arrive();
    await vi.waitFor(() => expect(html).toEqual({ lang: 'ar', dir: 'rtl' }));
    expect(i18n.resolvedLanguage).toBe('ar');
    expect(i18n.t('app.name')).not.toBe('app.name');
    stop();
  });

  it('the last language asked for wins: words that arrive for one since left are not spoken', async () => {
    const store = createStore<{ lang: Lang }>({ lang: 'en' });
    const i18n = createI18nWith('en', { en });
    const { doc, html } = page();
    const held = heldWords();
    const stop = followLanguage(store, i18n, { doc, save: () => undefined, words: held.words });
    store.set({ lang: 'ar' });
    store.set({ lang: 'en' });
    await held.arrive();
    expect(i18n.resolvedLanguage).toBe('en');
    expect(html).toEqual({ lang: 'en', dir: 'ltr' });
    stop();
  });

  it('words that cannot be loaded put the store back to the language spoken', async () => {
    const store = createStore<{ lang: Lang }>({ lang: 'en' });
    const i18n = createI18nWith('en', { en });
    const { doc, html } = page();
    const held = heldWords();
    const stop = followLanguage(store, i18n, { doc, save: () => undefined, words: held.words });
    store.set({ lang: 'ar' });
    await held.fail();
    await vi.waitFor(() => expect(store.get().lang).toBe('en'));
    expect(i18n.resolvedLanguage).toBe('en');
    expect(html).toEqual({ lang: 'en', dir: 'ltr' });
    stop();
  });

  it('stops following when told to', async () => {
    const store = createStore<{ lang: Lang }>({ lang: 'en' });
    const i18n = createI18nWith('en', { en });
    const { doc } = page();
    const held = heldWords();
    followLanguage(store, i18n, { doc, save: () => undefined, words: held.words })();
    store.set({ lang: 'ar' });
    await held.arrive();
    expect(i18n.resolvedLanguage).toBe('en');
  });
});
