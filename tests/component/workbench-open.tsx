import { screen } from '@testing-library/react';
import { AuthorApp } from '../../src/app/author';
import type { DraftStore, SavedHistory } from '../../src/author';
import { miniDataset } from '../fixtures/mini-dataset';
import { ar, en } from '../support/words';
import { renderIn } from './render';

/** A draft store in memory, its saved histories kept in order for the test to read. */
export const memoryDrafts = (): DraftStore & { saved: SavedHistory[] } => {
  const saved: SavedHistory[] = [];
  // Drafts kept aside, under keys as the browser's store makes them (`<label>-<ISO time>`, each its own).
  const aside = new Map<string, unknown>();
  let last = 0;
  return {
    saved,
    load: async () => saved.at(-1) ?? null,
    save: async (h) => void saved.push(h),
    keep: async (value, label) => {
      last = Math.max(Date.now(), last + 1);
      const key = `${label}-${new Date(last).toISOString()}`;
      aside.set(key, structuredClone(value));
      return key;
    },
    kept: async () => [...aside].map(([key, value]) => ({ key, value })),
  };
};

/** Each language with its words, the workbench's included. */
export const LANGS = [
  ['en', en],
  ['ar', ar],
] as const;

const noop = (): void => undefined;

/** The workbench open on the mini dataset with a fresh store, once its heading is on screen. */
export async function openWorkbench(lang: 'en' | 'ar'): Promise<void> {
  renderIn(
    lang,
    <AuthorApp
      dataset={miniDataset()}
      store={memoryDrafts()}
      onPreview={noop}
      onClose={noop}
      onLanguage={noop}
    />,
  );
  await screen.findByRole('heading', { name: (lang === 'en' ? en : ar).author.heading });
}
