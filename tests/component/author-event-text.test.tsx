// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGS, openWorkbench } from './workbench-open';

afterEach(cleanup);

const commit = async (field: HTMLElement, value: string): Promise<void> => {
  fireEvent.change(field, { target: { value } });
  await act(async () => fireEvent.blur(field));
};
const value = (el: HTMLElement): string => (el as HTMLInputElement | HTMLTextAreaElement).value;

describe('an event’s title and summary drafted from its quote', () => {
  for (const [lang, L] of LANGS) {
    const W = L.workbench;
    it(`fills only the empty fields, attributed to the outlet, and one undo takes it back (${lang})`, async () => {
      await openWorkbench(lang);
      fireEvent.change(screen.getByLabelText(L.author.eventPick), { target: { value: 'call-2024-06-25' } });
      const panel = screen.getByRole('region', { name: L.author.event });
      // Everything written: nothing to draft.
      expect(within(panel).queryByRole('button', { name: W.draftText })).toBeNull();
      const titleAr = within(panel).getByLabelText(L.author.titleAr);
      const summaryEn = within(panel).getByLabelText(L.author.summaryEn);
      await commit(titleAr, '');
      await commit(summaryEn, '');
      const button = within(panel).getByRole('button', { name: W.draftText });
      // It says which quote it drafts from, and why.
      const note = button.getAttribute('aria-describedby');
      const described = note === null ? '' : (document.getElementById(note)?.textContent ?? '');
      expect(described).toContain(W.draftFromQuote);
      expect(described).toContain(lang === 'en' ? 'Source A' : 'المصدر أ');
      expect(described).toContain(W.draftEarliest);
      expect(described).not.toContain(W.draftNoEnglish);
      await act(async () => fireEvent.click(button));
      expect(value(titleAr)).toBe('المصدر أ: أجرى الوزير أوستن');
      expect(value(summaryEn)).toBe(
        'Minister Austin, on Tuesday, made a phone call with his counterpart, according to Source A.',
      );
      // What was written stays.
      expect(value(within(panel).getByLabelText(L.author.titleEn))).toBe('Call');
      expect(value(within(panel).getByLabelText(L.author.summaryAr))).toBe('اتصال هاتفي');
      expect(within(panel).queryByRole('button', { name: W.draftText })).toBeNull();
      await act(async () => fireEvent.click(screen.getByRole('button', { name: L.author.undo })));
      expect(value(titleAr)).toBe('');
      expect(value(summaryEn)).toBe('');
    }, 60_000);

    it(`leaves the English empty, and says so, while the quote has no rendering (${lang})`, async () => {
      await openWorkbench(lang);
      fireEvent.change(screen.getByLabelText(L.author.eventPick), { target: { value: 'call-2023-03-15' } });
      const panel = screen.getByRole('region', { name: L.author.event });
      await commit(within(panel).getByRole('textbox', { name: W.english }), '');
      for (const label of [L.author.titleAr, L.author.titleEn, L.author.summaryAr, L.author.summaryEn])
        await commit(within(panel).getByLabelText(label), '');
      const button = within(panel).getByRole('button', { name: W.draftText });
      const note = button.getAttribute('aria-describedby') ?? '';
      expect(document.getElementById(note)?.textContent).toContain(W.draftNoEnglish);
      await act(async () => fireEvent.click(button));
      expect(value(within(panel).getByLabelText(L.author.titleAr))).toBe(
        'المصدر أ: كانت آخر مكالمة في 15 مارس 2023',
      );
      expect(value(within(panel).getByLabelText(L.author.summaryAr))).toBe(
        'كانت آخر مكالمة في 15 مارس 2023، بحسب المصدر أ.',
      );
      expect(value(within(panel).getByLabelText(L.author.titleEn))).toBe('');
      expect(value(within(panel).getByLabelText(L.author.summaryEn))).toBe('');
    }, 60_000);
  }
});
