// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { indexDataset, sourceLabel, type Dataset, type Lang, type TimelineEvent } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';
import { renderAccounts } from './render-accounts';

afterEach(cleanup);

const dataset = loadCorpus();
const index = indexDataset(dataset);
const event = (id: string): TimelineEvent => dataset.events.find((e) => e.id === id)!;
const source = (id: string) => dataset.sources.find((s) => s.id === id)!;

/** The paragraph whose text starts with `start` (the words before the names). */
const line = (start: RegExp): HTMLElement =>
  screen.getByText((_, el) => el?.tagName === 'P' && start.test(el.textContent ?? ''));

const WORDS = {
  en: {
    silent: /^Not reported by:/,
    one: /^Published before it:/,
    two: /^Published before it:/,
    few: /^Published before it:/,
    allSince: 'Every source in the dataset published since it happened reports this event.',
  },
  ar: {
    silent: /^لم يذكره:/,
    one: /^مصدر نُشر قبله:/,
    two: /^مصدران نُشرا قبله:/,
    few: /^٣ مصادر نُشرت قبله:/,
    allSince: 'كل مصادر البيانات المنشورة منذ وقوعه تذكر هذا الحدث.',
  },
} as const;

describe('the sources that do not tell an event, and those published before it', () => {
  for (const lang of ['en', 'ar'] as Lang[]) {
    const w = WORDS[lang];
    const has = (p: HTMLElement, id: string): boolean =>
      p.textContent!.toLowerCase().includes(sourceLabel(source(id), lang).toLowerCase());

    it(`(${lang}) names Okaz's 21 October 2022 article apart, not among those that left out the 23 October call`, () => {
      renderAccounts(lang, index, event('call-2022-10-23'));
      const silent = line(w.silent);
      const before = line(w.one);
      for (const id of ['art-001', 'art-002', 'art-003']) expect(has(silent, id), id).toBe(true);
      expect(has(silent, 'art-000')).toBe(false);
      expect(has(before, 'art-000')).toBe(true);
      expect(before.textContent).not.toMatch(w.silent);
    });

    it(`(${lang}) says two sources published before it with the dual`, () => {
      renderAccounts(lang, index, event('crimea-attack-2024-06-23'));
      const before = line(w.two);
      expect(has(before, 'art-000') && has(before, 'art-004')).toBe(true);
      expect(has(line(w.silent), 'art-000')).toBe(false);
    });

    it(`(${lang}) names no source as not reporting an event every later source tells`, () => {
      renderAccounts(lang, index, event('call-2024-06-25'));
      expect(screen.queryByText(w.silent)).toBeNull();
      screen.getByText(w.allSince);
      line(w.two);
    });

    it(`(${lang}) counts three sources published before it, and keeps one with no date among the silent`, () => {
      // The Wang Fuk Court fire's mourning (29 November 2025), told by Emarat Al Youm alone
      // (https://www.emaratalyoum.com/politics/weekly-supplements/world-press/2025-11-30-1.1992765).
      const days = ['2025-11-26', '2025-11-26', '2025-11-27', null, '2025-11-30'];
      const sources = dataset.sources.map((s, i) => ({ ...s, published: days[i] ?? null }));
      const mourning: TimelineEvent = {
        ...dataset.events[0]!,
        start: '2025-11-29',
        precision: 'day',
        accounts: [{ source: sources[4]!.id, quotes: [] }],
      };
      const later: Dataset = { ...dataset, sources, events: [mourning] };
      renderAccounts(lang, indexDataset(later), mourning);
      const before = line(w.few);
      for (const id of ['art-000', 'art-001', 'art-002']) expect(has(before, id), id).toBe(true);
      const silent = line(w.silent);
      expect(has(silent, 'art-003')).toBe(true);
      expect(has(silent, 'art-000')).toBe(false);
    });
  }
});
