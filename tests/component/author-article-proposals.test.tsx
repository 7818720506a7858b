// @vitest-environment jsdom
/**
 * The article's description takes what the address and the text show in one click each, in both
 * languages: the outlet from the address (the site then known from it, never tagged "Unnamed site",
 * while whether the text names it stays the author's answer), and the
 * note of an inferred publication date drafted from the address and the words that name the day.
 */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGS, openWorkbench } from './workbench-open';

afterEach(cleanup);

// Anbaa Express, 29 March 2025: its first sentence, and its address (a month in its path).
const TEXT =
  'أعلن المجلس العسكري الحاكم في ميانمار، اليوم السبت، أن عدد القتلى جراء الزلزال العنيف الذي ضرب البلاد تجاوز 1,000 شخص.';
const URL = 'https://anbaaexpress.ma/2025/03/%d8%a7%d9%84%d9%85';

const field = (label: string): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement =>
  screen.getByLabelText(label);
const commit = (label: string, value: string): void => {
  fireEvent.change(field(label), { target: { value } });
  fireEvent.blur(field(label));
};

describe('an article described from its address and its text', () => {
  for (const [lang, L] of LANGS) {
    it(`fills the outlet and the date note in one click each (${lang})`, async () => {
      await openWorkbench(lang);
      fireEvent.change(screen.getByLabelText(L.author.paste), { target: { value: TEXT } });
      await act(async () => fireEvent.click(screen.getByRole('button', { name: L.author.addPasted })));
      commit(L.author.url, URL);
      const outlet = lang === 'ar' ? 'anbaaexpress.ma (المغرب)' : 'anbaaexpress.ma (Morocco)';
      fireEvent.click(
        await screen.findByRole('button', { name: L.author.outletFromAddress.replace('{{name}}', outlet) }),
      );
      expect(field(L.author.outletAr).value).toBe('anbaaexpress.ma (المغرب)');
      expect(field(L.author.outletEn).value).toBe('anbaaexpress.ma (Morocco)');
      // Taking the name from the address does not answer for the author whether the text names it;
      // readers still meet the site by its name, known from its address, never as an unnamed site.
      expect(field(L.author.outletBasis).value).toBe('unknown');
      const readers = screen.getByText(L.author.readerName, { exact: false });
      expect(readers.textContent).toBe(`${L.author.readerName} ${outlet} ${L.author.readerNameWhy.address}`);
      expect(readers.textContent).not.toContain(lang === 'ar' ? 'موقع غير مسمّى' : 'unnamed site');
      commit(L.author.url, '');
      expect(screen.getByText(L.author.readerName, { exact: false }).textContent).toBe(
        `${L.author.readerName} ${outlet} ${lang === 'ar' ? '(موقع غير مسمّى)' : '(unnamed site)'} ${L.author.readerNameWhy.unknown}`,
      );
      commit(L.author.url, URL);

      commit(L.author.published, '2025-03-29');
      fireEvent.change(field(L.author.publishedBasis), { target: { value: 'inferred' } });
      fireEvent.click(await screen.findByRole('button', { name: L.author.draftPublishedNote }));
      expect(field(L.author.publishedNoteAr).value).toBe(
        'مستنتج: عنوان المقال يحمل 2025/03، وقوله «اليوم السبت» يوافق النشر يوم السبت 29 آذار/مارس 2025.',
      );
      expect(field(L.author.publishedNoteEn).value).toBe(
        "Inferred: its address holds 2025/03; its text's “اليوم السبت” agrees with publication on Saturday 29 March 2025.",
      );
      // Taken: nothing more is proposed.
      expect(screen.queryByRole('button', { name: L.author.draftPublishedNote })).toBeNull();
    });
  }
});
