// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ar, type en } from '../support/words';
import { MINI_TEXT } from '../fixtures/mini-dataset';
import { LANGS, openWorkbench } from './workbench-open';

/**
 * Every destructive action says what went, with "Undo" beside it, and Undo brings it back: a quote, an
 * event, a person, an article's text replaced by a re-fetched copy. (Removing an article is tested in
 * author-vocabulary, "Start again" in author, Reject in suggestions.)
 */
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
      await openWorkbench(lang);
      pick(L, 'call-2024-06-25');
      await act(async () => fireEvent.click(screen.getByRole('button', { name: L.author.removeQuote })));
      expect(screen.queryByRole('button', { name: L.author.removeQuote })).toBeNull();
      expect(removedLine().textContent).toContain(L.workbench.whatQuote);
      await undoFrom(removedLine(), L);
      expect(screen.getAllByRole('button', { name: L.author.removeQuote })).toHaveLength(1);
    });

    it(`an event with its quotes, after asking (${lang})`, async () => {
      await openWorkbench(lang);
      pick(L, 'call-2024-06-25');
      fireEvent.click(screen.getByRole('button', { name: L.workbench.removeEvent }));
      const ask = screen.getByRole('group', { name: L.workbench.removeEvent });
      await act(async () => fireEvent.click(within(ask).getByRole('button', { name: L.workbench.remove })));
      expect(eventIds(L)).not.toContain('call-2024-06-25');
      // Named by its title, not its id.
      expect(removedLine().textContent).toContain(lang === 'en' ? '“Call”' : '«اتصال»');
      expect(removedLine().textContent).not.toContain('call-2024-06-25');
      await undoFrom(removedLine(), L);
      expect(eventIds(L)).toContain('call-2024-06-25');
      pick(L, 'call-2024-06-25');
      expect(screen.getAllByRole('button', { name: L.author.removeQuote })).toHaveLength(1);
    });

    it(`a person, after asking, with the events that named them (${lang})`, async () => {
      await openWorkbench(lang);
      const name = lang === 'en' ? 'Lloyd Austin' : 'لويد أوستن';
      const item = (): HTMLElement | null =>
        [...document.querySelectorAll('.author-entity-name')]
          .find((n) => n.textContent === name)
          ?.closest('li') ?? null;
      // Each entity's buttons say whose they are (trial 3, S3-11): one "Remove Lloyd Austin", not eight "Remove".
      const named = L.workbench.removeNamed.replace('{{name}}', name);
      expect(
        within(item() as HTMLElement).getByRole('button', {
          name: L.workbench.editNamed.replace('{{name}}', name),
        }),
      ).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: named }));
      const ask = screen.getByRole('group', { name: named });
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
      await openWorkbench(lang);
      const added = 'سطر أضافته إعادة الجلب';
      const article = (): string => document.querySelector('.author-main')?.textContent ?? '';
      fireEvent.change(screen.getByLabelText(L.author.replaceLabel), {
        target: { value: `${added}\n${MINI_TEXT}` },
      });
      await act(async () => fireEvent.click(screen.getByRole('button', { name: L.author.replaceButton })));
      expect(article()).toContain(added);
      expect(removedLine().textContent).toContain(lang === 'en' ? 'Source A' : 'المصدر أ');
      await undoFrom(removedLine(), L);
      expect(article()).not.toContain(added);
      expect(article()).toContain(MINI_TEXT.split('\n')[1]);
    });
  }
});

describe('the story’s own kinds of event and sides', () => {
  for (const [lang, L] of LANGS)
    it(`adds a kind in both languages, offers it to events, and removing it in use asks and can be undone (${lang})`, async () => {
      await openWorkbench(lang);
      const six =
        lang === 'en'
          ? L.workbench.kinds_other.replace('{{count, num}}', '6')
          : ar.workbench.kinds_few.replace('{{count, num}}', '٦');
      const panel = screen.getByText(six).closest('details') as HTMLElement;
      const form = within(panel).getByRole('form', { name: L.workbench.addKind });
      fireEvent.change(within(form).getByLabelText(L.workbench.newKindAr), { target: { value: 'احتجاجات' } });
      fireEvent.change(within(form).getByLabelText(L.workbench.newKindEn), { target: { value: 'Protests' } });
      await act(async () => fireEvent.click(within(form).getByRole('button', { name: L.workbench.addKind })));
      const name = lang === 'en' ? 'Protests' : 'احتجاجات';
      expect(within(panel).getByRole('group', { name: new RegExp(name) })).toBeTruthy();
      // An event can take it.
      pick(L, 'call-2024-06-25');
      const kindSelect = (): HTMLSelectElement =>
        screen
          .getAllByLabelText(L.author.kind)
          .find(
            (el): el is HTMLSelectElement =>
              el instanceof HTMLSelectElement && [...el.options].some((o) => o.value === 'history'),
          )!;
      const kind = kindSelect();
      expect([...kind.options].map((o) => o.textContent)).toContain(name);
      await act(async () => fireEvent.change(kind, { target: { value: 'protests' } }));
      expect(kindSelect().value).toBe('protests');
      // Removing it asks first (an event has it), names where the event goes, and can be undone.
      const row = within(panel).getByRole('group', { name: new RegExp(name) });
      fireEvent.click(within(row).getByRole('button', { name: new RegExp(name) }));
      const ask = within(row).getByRole('alert');
      expect(ask.textContent).toContain(lang === 'en' ? "Defence ministers' calls" : 'اتصالات وزيرَي الدفاع');
      await act(async () => fireEvent.click(within(row).getByRole('button', { name: L.workbench.remove })));
      expect(within(panel).queryByRole('group', { name: new RegExp(name) })).toBeNull();
      expect(kindSelect().value).toBe('defence-call');
      expect(removedLine().textContent).toContain(name);
      await undoFrom(removedLine(), L);
      expect(within(panel).getByRole('group', { name: new RegExp(name) })).toBeTruthy();
      expect(kindSelect().value).toBe('protests');
    });
});
