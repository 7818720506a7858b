import { screen } from '@testing-library/react';
import { AuthorApp } from '../../src/app/author';
import type { DraftStore, SavedHistory } from '../../src/author';
import { miniDataset } from '../fixtures/mini-dataset';
import { ar, en } from '../support/words';
import { renderIn } from './render';

/** A draft store in memory, its saved histories kept in order for the test to read. */
export const memoryDrafts = (): DraftStore & { saved: SavedHistory[] } => {
  const saved: SavedHistory[] = [];
  return { saved, load: async () => saved.at(-1) ?? null, save: async (h) => void saved.push(h) };
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
