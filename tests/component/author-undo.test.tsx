// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthorApp } from '../../src/app/author';
import type { DraftStore, SavedHistory } from '../../src/author';
import ar from '../../src/i18n/locales/ar.json';
import en from '../../src/i18n/locales/en.json';
import { MINI_TEXT, miniDataset } from '../fixtures/mini-dataset';
import { renderIn } from './render';

/**
 * Every destructive action says what went, with "Undo" beside it, and Undo brings it back: a quote, an
 * event, a person, an article's text replaced by a re-fetched copy. (Removing an article is tested in
 * author-vocabulary, "Start again" in author, Reject in suggestions.)
 */
const memory = (): DraftStore => {
  const saved: SavedHistory[] = [];
  return { load: async () => saved.at(-1) ?? null, save: async (h) => void saved.push(h) };
};
const noop = (): void => undefined;
const LANGS = [
  ['en', en],
  ['ar', ar],
] as const;

async function open(lang: 'en' | 'ar'): Promise<void> {
  renderIn(
    lang,
    <AuthorApp dataset={miniDataset()} store={memory()} onPreview={noop} onClose={noop} onLanguage={noop} />,
  );
  await screen.findByRole('heading', { name: (lang === 'en' ? en : ar).author.heading });
}

/** The line that says what was just removed; its Undo. */
const removedLine = (): HTMLElement => screen.getByText((_, el) => el?.className === 'author-removed');
async function undoFrom(line: HTMLElement, L: typeof en | typeof ar): Promise<void> {
  await act(async () => fireEvent.click(within(line).getByRole('button', { name: L.workbench.undo })));
  expect(screen.queryByText((_, el) => el?.className === 'author-removed')).toBeNull();
}
const pick = (L: typeof en | typeof ar, id: string): void => {
  fireEvent.change(screen.getByLabelText(L.author.eventPick), { target: { value: id } });
};
const eventIds = (L: typeof en | typeof ar): string[] =>
  [...(screen.getByLabelText(L.author.eventPick) as HTMLSelectElement).options].map((o) => o.value);

afterEach(cleanup);

describe('every removal can be undone', () => {
  for (const [lang, L] of LANGS) {
    it(`a quote (${lang})`, async () => {
      await open(lang);
      pick(L, 'call-2024-06-25');
      await act(async () => fireEvent.click(screen.getByRole('button', { name: L.author.removeQuote })));
      expect(screen.queryByRole('button', { name: L.author.removeQuote })).toBeNull();
      expect(removedLine().textContent).toContain(L.workbench.whatQuote);
      await undoFrom(removedLine(), L);
      expect(screen.getAllByRole('button', { name: L.author.removeQuote })).toHaveLength(1);
    });

    it(`an event with its quotes, after asking (${lang})`, async () => {
      await open(lang);
      pick(L, 'call-2024-06-25');
      fireEvent.click(screen.getByRole('button', { name: L.workbench.removeEvent }));
      const ask = screen.getByRole('group', { name: L.workbench.removeEvent });
      await act(async () => fireEvent.click(within(ask).getByRole('button', { name: L.workbench.remove })));
      expect(eventIds(L)).not.toContain('call-2024-06-25');
      expect(removedLine().textContent).toContain('call-2024-06-25');
      await undoFrom(removedLine(), L);
      expect(eventIds(L)).toContain('call-2024-06-25');
      pick(L, 'call-2024-06-25');
      expect(screen.getAllByRole('button', { name: L.author.removeQuote })).toHaveLength(1);
    });

    it(`a person, after asking, with the events that named them (${lang})`, async () => {
      await open(lang);
      const name = lang === 'en' ? 'Lloyd Austin' : 'لويد أوستن';
      const item = (): HTMLElement | null =>
        [...document.querySelectorAll('.author-entity-name')]
          .find((n) => n.textContent === name)
          ?.closest('li') ?? null;
      fireEvent.click(within(item() as HTMLElement).getByRole('button', { name: L.workbench.remove }));
      const ask = screen.getByRole('group', { name: L.workbench.remove });
      await act(async () => fireEvent.click(within(ask).getByRole('button', { name: L.workbench.remove })));
      expect(item()).toBeNull();
      expect(removedLine().textContent).toContain(name);
      await undoFrom(removedLine(), L);
      expect(item()).not.toBeNull();
      // The event's actor came back with it.
      pick(L, 'call-2024-06-25');
      const actor = screen.getByRole('checkbox', { name: name }) as HTMLInputElement;
      expect(actor.checked).toBe(true);
    });

    it(`an article's text replaced by a re-fetched copy (${lang})`, async () => {
      await open(lang);
      const added = 'سطر أضافته إعادة الجلب';
      const article = (): string => document.querySelector('.author-main')?.textContent ?? '';
      fireEvent.change(screen.getByLabelText(L.author.replaceLabel), {
        target: { value: `${added}\n${MINI_TEXT}` },
      });
      await act(async () => fireEvent.click(screen.getByRole('button', { name: L.author.replaceButton })));
      expect(article()).toContain(added);
      expect(removedLine().textContent).toContain('src-a');
      await undoFrom(removedLine(), L);
      expect(article()).not.toContain(added);
      expect(article()).toContain(MINI_TEXT.split('\n')[1]);
    });
  }
});
