// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthorApp } from '../../src/app/author';
import type { DraftStore } from '../../src/author';
import { ar, en } from '../support/words';
import { miniDataset } from '../fixtures/mini-dataset';
import { renderIn } from './render';
import { memoryDrafts } from './workbench-open';

const full = (): DraftStore => ({
  load: async () => null,
  save: async () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
});

const noop = (): void => undefined;

async function addArticle(text: string, label: string, button: string): Promise<void> {
  fireEvent.change(screen.getByLabelText(label), { target: { value: text } });
  await act(async () => fireEvent.click(screen.getByRole('button', { name: button })));
}

afterEach(cleanup);

describe('the workbench keeps nothing back', () => {
  for (const [lang, L] of [
    ['en', en.author],
    ['ar', ar.author],
  ] as const) {
    it(`says so, and offers an export, when the browser will not store the draft (${lang})`, async () => {
      renderIn(
        lang,
        <AuthorApp
          dataset={miniDataset()}
          store={full()}
          onPreview={noop}
          onClose={noop}
          onLanguage={noop}
        />,
      );
      await screen.findByRole('heading', { name: L.heading });
      await addArticle('نص مقال جديد.', L.paste, L.addPasted);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain(L.saveFailed);
      expect(alert.querySelector('button')?.textContent).toBe(L.exportZip);
      expect(screen.getByRole('status').textContent).toBe(L.save.failed);
    });
  }

  it('saves each change, and a new workbench opens the saved draft with its undo', async () => {
    const store = memoryDrafts();
    const first = renderIn(
      'en',
      <AuthorApp dataset={miniDataset()} store={store} onPreview={noop} onClose={noop} onLanguage={noop} />,
    );
    await screen.findByRole('heading', { name: en.author.heading });
    await addArticle('نص مقال جديد.', en.author.paste, en.author.addPasted);
    await waitFor(() => expect(store.saved.length).toBe(1));
    first.unmount();
    renderIn(
      'en',
      <AuthorApp dataset={null} store={store} onPreview={noop} onClose={noop} onLanguage={noop} />,
    );
    await screen.findByRole('heading', { name: en.author.heading });
    expect(document.querySelectorAll('.author-articles li')).toHaveLength(miniDataset().sources.length + 1);
    expect((screen.getByRole('button', { name: en.author.undo }) as HTMLButtonElement).disabled).toBe(false);
  });
});

/** A store holding `record`, keeping what is set aside. */
const holding = (record: unknown): DraftStore & { setAside: [string, unknown][]; saved: unknown[] } => {
  const setAside: [string, unknown][] = [];
  const saved: unknown[] = [];
  return {
    setAside,
    saved,
    load: async () => record,
    save: async (h) => void saved.push(h),
    keep: async (value, label) => {
      setAside.push([label, value]);
      return `${label}-1`;
    },
  };
};

describe('a saved draft this version cannot open (M3)', () => {
  for (const [lang, L] of [
    ['en', en.author],
    ['ar', ar.author],
  ] as const)
    it(`sets it aside, says so, offers it as raw JSON and opens a fresh draft (${lang})`, async () => {
      const record = {
        base: miniDataset(),
        done: [{ type: 'add-article', text: 'مقال' }, { type: 'bogus' }],
        undone: [],
      };
      const store = holding(record);
      renderIn(
        lang,
        <AuthorApp dataset={miniDataset()} store={store} onPreview={noop} onClose={noop} onLanguage={noop} />,
      );
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain(L.unreadable);
      expect(alert.textContent).toContain('bogus');
      expect(screen.getByRole('button', { name: L.exportRaw })).toBeTruthy();
      expect(store.setAside).toEqual([['unreadable', record]]);
      expect(document.querySelectorAll('.author-articles li')).toHaveLength(miniDataset().sources.length);
    });

  it('writes nothing over it when it cannot be set aside', async () => {
    const store: DraftStore & { saved: unknown[] } = { ...holding({ base: {}, done: [], undone: [] }) };
    delete store.keep;
    renderIn(
      'en',
      <AuthorApp dataset={miniDataset()} store={store} onPreview={noop} onClose={noop} onLanguage={noop} />,
    );
    expect((await screen.findByRole('alert')).textContent).toContain(en.author.unreadableNotKept);
    await addArticle('نص مقال جديد.', en.author.paste, en.author.addPasted);
    expect(store.saved).toEqual([]);
  });
});

describe('starting again (#24 S1)', () => {
  it('asks first, and the previous draft can be restored', async () => {
    const store = memoryDrafts();
    renderIn(
      'en',
      <AuthorApp dataset={miniDataset()} store={store} onPreview={noop} onClose={noop} onLanguage={noop} />,
    );
    await screen.findByRole('heading', { name: en.author.heading });
    await addArticle('نص مقال جديد.', en.author.paste, en.author.addPasted);
    const count = miniDataset().sources.length + 1;
    expect(document.querySelectorAll('.author-articles li')).toHaveLength(count);
    fireEvent.click(screen.getByRole('button', { name: en.author.restartEmpty }));
    // Nothing is replaced until the dialog is answered; Cancel keeps the draft.
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(dialog.textContent).toContain(en.author.restartEmptyBody);
    expect(document.querySelectorAll('.author-articles li')).toHaveLength(count);
    const cancel = screen
      .getAllByRole('button', { name: en.author.cancel, hidden: true })
      .find((b) => b.textContent === en.author.cancel);
    await act(async () => fireEvent.click(cancel as HTMLElement));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
    expect(document.querySelectorAll('.author-articles li')).toHaveLength(count);
    fireEvent.click(screen.getByRole('button', { name: en.author.restartEmpty }));
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: en.author.restartConfirm, hidden: true })),
    );
    expect(document.querySelectorAll('.author-articles li')).toHaveLength(0);
    // The banner's button (the menu has the same, until the next start again).
    await act(async () =>
      fireEvent.click(screen.getAllByRole('button', { name: en.author.restorePrevious })[0]!),
    );
    expect(document.querySelectorAll('.author-articles li')).toHaveLength(count);
    expect(screen.queryByRole('button', { name: en.author.restorePrevious })).toBeNull();
  });
});
