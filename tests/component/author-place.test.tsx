// @vitest-environment jsdom
/**
 * A reload keeps the event being written (third newcomer trial, S3 12: it went back to "—"): the
 * workbench reopens on the same event and article, while the draft still has them.
 */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthorApp } from '../../src/app/author';
import { miniDataset } from '../fixtures/mini-dataset';
import { renderIn } from './render';
import { LANGS, memoryDrafts } from './workbench-open';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const TEXT = 'ضرب زلزال بقوة 6.9 درجات جزيرة سيبو في 30 سبتمبر 2025 وفق المرصد.';
const noop = (): void => undefined;

describe('the event being written, after a reload', () => {
  for (const [lang, L] of LANGS) {
    it(`is the one written before it (${lang})`, async () => {
      const store = memoryDrafts();
      const open = async (): Promise<ReturnType<typeof renderIn>> => {
        const r = renderIn(
          lang,
          <AuthorApp
            dataset={miniDataset()}
            store={store}
            onPreview={noop}
            onClose={noop}
            onLanguage={noop}
          />,
        );
        await screen.findByRole('heading', { name: L.author.heading });
        return r;
      };
      const first = await open();
      fireEvent.change(screen.getByLabelText(L.author.paste), { target: { value: TEXT } });
      await act(async () => fireEvent.click(screen.getByRole('button', { name: L.author.addPasted })));
      const make = await screen.findAllByRole('button', { name: L.author.eventFromDate });
      await act(async () => fireEvent.click(make[0]!));
      const writing = (): HTMLSelectElement => screen.getByLabelText(L.author.eventPick);
      const made = writing().value;
      expect(made).not.toBe('');
      await act(async () => await new Promise((r) => setTimeout(r, 50)));
      first.unmount();
      await open();
      expect(writing().value).toBe(made);
    });
  }
});
