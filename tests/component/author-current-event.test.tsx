// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGS, openWorkbench } from './workbench-open';

afterEach(cleanup);

const TEXT = 'ضرب زلزال بقوة 6.9 درجات جزيرة سيبو في 30 سبتمبر 2025 وفق المرصد.';

/** Pastes an article and waits for its dates to be listed. */
async function addArticle(paste: string, add: string, make: string): Promise<void> {
  fireEvent.change(screen.getByLabelText(paste), { target: { value: TEXT } });
  await act(async () => fireEvent.click(screen.getByRole('button', { name: add })));
  await screen.findAllByRole('button', { name: make });
}

describe('one current event (#24 D2)', () => {
  for (const [lang, L] of LANGS) {
    it(`"Quote under" follows an event made from a date, after another was chosen there (${lang})`, async () => {
      await openWorkbench(lang);
      await addArticle(L.author.paste, L.author.addPasted, L.author.eventFromDate);
      const under = screen.getByLabelText(L.author.quoteTo) as HTMLSelectElement;
      const writing = screen.getByLabelText(L.author.eventPick) as HTMLSelectElement;
      const first = [...under.options].find((o) => o.value !== '')!.value;
      fireEvent.change(under, { target: { value: first } });
      expect(writing.value).toBe(first);
      const before = new Set([...under.options].map((o) => o.value));
      await act(async () =>
        fireEvent.click(screen.getAllByRole('button', { name: L.author.eventFromDate })[0]!),
      );
      const made = [...under.options].map((o) => o.value).filter((v) => !before.has(v));
      expect(made).toHaveLength(1);
      expect(under.value).toBe(made[0]);
      expect(writing.value).toBe(made[0]);
    });
  }
});

describe('the way back after starting again (#24 D13)', () => {
  for (const [lang, L] of LANGS) {
    it(`drops the banner once the new draft has work, and keeps the restore in the menu (${lang})`, async () => {
      await openWorkbench(lang);
      const articles = (): number => document.querySelectorAll('.author-articles li').length;
      const before = articles();
      fireEvent.click(screen.getByRole('button', { name: L.author.restartEmpty }));
      await act(async () =>
        fireEvent.click(screen.getByRole('button', { name: L.author.restartConfirm, hidden: true })),
      );
      const banner = (): HTMLElement | undefined =>
        screen.queryAllByRole('status').find((s) => s.textContent?.includes(L.author.restarted));
      expect(banner()).toBeDefined();
      await addArticle(L.author.paste, L.author.addPasted, L.author.eventFromDate);
      expect(articles()).toBe(1);
      expect(banner()).toBeUndefined();
      const menu = screen.getByText(L.author.restart).closest('details')!;
      // "Restore a kept draft (N)…", N in the interface's digits.
      const opener = L.author.keptOpen_other.split('{{')[0] ?? '';
      const list = async (): Promise<HTMLElement> => {
        const open = await within(menu).findByRole('button', {
          name: (n: string) => n.startsWith(opener),
          hidden: true,
        });
        await act(async () => fireEvent.click(open));
        return screen.findByRole('dialog', { hidden: true });
      };
      const kept = await list();
      await act(async () =>
        fireEvent.click(within(kept).getByRole('button', { name: L.author.keptRestore, hidden: true })),
      );
      expect(articles()).toBe(before);
      // The draft it replaced is not lost: one Undo brings it back, and it is kept in the list too.
      await act(async () => fireEvent.click(screen.getAllByRole('button', { name: L.author.undo })[0]!));
      expect(articles()).toBe(1);
      expect(within(await list()).getAllByRole('listitem', { hidden: true })).toHaveLength(2);
      expect(articles()).toBe(1);
    });
  }
});
