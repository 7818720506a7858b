// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ar, en } from '../support/words';
import { LANGS, openWorkbench } from './workbench-open';

afterEach(cleanup);

const ARTICLE = 'أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا مع نظيره. وقال لافروف إن المحادثة بناءة.';

describe('the story’s people, organisations and places', () => {
  for (const [lang, L] of LANGS)
    it(`adds a person found in the article, named in both languages (${lang})`, async () => {
      await openWorkbench(lang);
      fireEvent.change(screen.getByLabelText(L.author.paste), { target: { value: ARTICLE } });
      await act(async () => fireEvent.click(screen.getByRole('button', { name: L.author.addPasted })));
      const found = screen.getByRole('heading', { name: L.workbench.candidates })
        .nextElementSibling as HTMLElement;
      expect(found.textContent).toContain('سيرغي لافروف');
      fireEvent.click(within(found).getByRole('button', { name: `${L.workbench.add} سيرغي لافروف` }));
      const form = screen.getByRole('form', { name: L.workbench.entityForm });
      expect((within(form).getByLabelText(L.workbench.nameAr) as HTMLInputElement).value).toBe(
        'سيرغي لافروف',
      );
      expect((within(form).getByLabelText(L.workbench.aliases) as HTMLTextAreaElement).value).toBe(
        'سيرغي لافروف\nلافروف',
      );
      expect((within(form).getByLabelText(L.workbench.side) as HTMLSelectElement).value).toBe('russia');
      fireEvent.change(within(form).getByLabelText(L.workbench.nameEn), {
        target: { value: 'Sergei Lavrov' },
      });
      await act(async () => fireEvent.click(within(form).getByRole('button', { name: L.workbench.save })));
      const heading = lang === 'en' ? '2 people, organisations and places' : ar.workbench.entities_two;
      const list = screen.getByRole('heading', { name: heading }).closest('section') as HTMLElement;
      expect(list.textContent).toContain(lang === 'en' ? 'Sergei Lavrov' : 'سيرغي لافروف');
      // Known now: no longer offered.
      expect(screen.queryByRole('button', { name: `${L.workbench.add} سيرغي لافروف` })).toBeNull();
    });

  for (const [lang, L] of LANGS)
    it(`adds every name found in one step, and one undo takes them all back (${lang})`, async () => {
      await openWorkbench(lang);
      fireEvent.change(screen.getByLabelText(L.author.paste), { target: { value: ARTICLE } });
      await act(async () => fireEvent.click(screen.getByRole('button', { name: L.author.addPasted })));
      const found = screen.getByRole('heading', { name: L.workbench.candidates })
        .nextElementSibling as HTMLElement;
      const names = within(found).getAllByRole('listitem').length;
      const entities = (): number =>
        document.querySelectorAll('.author-entities > ul:first-of-type > li').length;
      const before = entities();
      expect(names).toBe(1);
      const all = screen.getByRole('button', { name: L.workbench.addAllNames_one });
      await act(async () => fireEvent.click(all));
      expect(entities()).toBe(before + names);
      expect(screen.queryByRole('heading', { name: L.workbench.candidates })).toBeNull();
      await act(async () => fireEvent.click(screen.getByRole('button', { name: L.author.undo })));
      expect(entities()).toBe(before);
    });
});

describe('removing asks first when it takes quotes, and says how to undo', () => {
  for (const [lang, L] of LANGS)
    it(`removes an article and its quotes, and Undo brings them back (${lang})`, async () => {
      await openWorkbench(lang);
      fireEvent.click(screen.getByRole('button', { name: L.workbench.removeArticle }));
      const ask = screen.getByRole('group', { name: L.workbench.removeArticle });
      const question = within(ask).getByRole('alert').textContent ?? '';
      // The article is named by its outlet, not its id (trial 3, S3-9).
      const outlet = lang === 'en' ? 'Source A' : 'المصدر أ';
      expect(question).toContain(outlet);
      expect(question).not.toContain('src-a');
      expect(question).toMatch(lang === 'en' ? /the 2 quotes/ : /الاقتباسين/);
      // Keep is the safe answer, and has focus.
      expect(document.activeElement?.textContent).toBe(L.workbench.keep);
      await act(async () => fireEvent.click(within(ask).getByRole('button', { name: L.workbench.remove })));
      expect(document.querySelectorAll('.author-articles li')).toHaveLength(0);
      const done = screen.getByText((_, el) => el?.className === 'author-removed');
      expect(done.textContent).toContain(outlet);
      expect(done.textContent).not.toContain('src-a');
      await act(async () => fireEvent.click(within(done).getByRole('button', { name: L.workbench.undo })));
      expect(document.querySelectorAll('.author-articles li')).toHaveLength(1);
      expect(screen.queryByText((_, el) => el?.className === 'author-removed')).toBeNull();
    });
});

describe('rendering a quote', () => {
  for (const [lang, L] of LANGS)
    it(`shows the Arabic beside the English, offers the glossary’s names as you type, and marks a draft (${lang})`, async () => {
      await openWorkbench(lang);
      fireEvent.change(screen.getByLabelText(L.author.eventPick), { target: { value: 'call-2024-06-25' } });
      const box = screen.getByLabelText(L.workbench.english) as HTMLTextAreaElement;
      const pair = box.closest('.author-rendering-pair') as HTMLElement;
      expect(within(pair).getByLabelText(L.workbench.arabic).getAttribute('lang')).toBe('ar');
      const rendering = pair.parentElement as HTMLElement;
      // The quote names أوستن: the dataset renders it "Lloyd Austin" (the arrow points the way the line reads).
      expect(rendering.textContent).toContain(`أوستن ${lang === 'ar' ? '←' : '→'} Lloyd Austin`);
      fireEvent.change(box, { target: { value: 'The minister Ll' } });
      const offer = within(rendering).getByRole('button', { name: 'Lloyd Austin' });
      await act(async () => fireEvent.click(offer));
      expect(box.value).toBe('The minister Lloyd Austin');
      await act(async () =>
        fireEvent.click(within(rendering).getByRole('button', { name: L.workbench.markDraft })),
      );
      // The text was committed first, then marked: both survive.
      const again = screen.getByLabelText(new RegExp(L.workbench.draftRendering)) as HTMLTextAreaElement;
      expect(again.value).toBe('The minister Lloyd Austin');
      expect(
        within(rendering).getByRole('button', { name: L.workbench.markChecked }).getAttribute('aria-pressed'),
      ).toBe('true');
    });
});

describe('the dataset’s title', () => {
  it('is set in both languages, one undo step each', async () => {
    await openWorkbench('en');
    const field = screen.getByLabelText(en.workbench.titleEn) as HTMLInputElement;
    expect(field.value).toBe('Test');
    fireEvent.change(field, { target: { value: 'Lavrov and Rubio, October 2025' } });
    await act(async () => fireEvent.blur(field));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: en.author.undo })));
    await waitFor(() =>
      expect((screen.getByLabelText(en.workbench.titleEn) as HTMLInputElement).value).toBe('Test'),
    );
  });
});
