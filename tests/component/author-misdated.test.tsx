// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGS, openWorkbench } from './workbench-open';

afterEach(cleanup);

// Published on Thursday 2 October 2025, it says the quake struck «أمس الأربعاء»; it struck on Tuesday.
const TEXT = 'وضرب الزلزال الذي بلغت قوته 6.9 درجة جزيرة سيبو أمس الأربعاء، وخلف عشرات القتلى.';

const commit = async (field: HTMLElement, value: string): Promise<void> => {
  fireEvent.change(field, { target: { value } });
  await act(async () => fireEvent.blur(field));
};

describe('correcting a misdated outlet (#24 D10)', () => {
  for (const [lang, L] of LANGS) {
    it(`offers "inferred from context" with a note of what its words read as (${lang})`, async () => {
      await openWorkbench(lang);
      fireEvent.change(screen.getByLabelText(L.author.paste), { target: { value: TEXT } });
      await act(async () => fireEvent.click(screen.getByRole('button', { name: L.author.addPasted })));
      await commit(screen.getByLabelText(L.author.outletEn), 'Dot Al Khalij');
      await commit(screen.getByLabelText(L.author.published), '2025-10-02');
      const make = await screen.findAllByRole('button', { name: L.author.eventFromDate });
      await act(async () => fireEvent.click(make[0]!));
      const panel = screen.getByRole('region', { name: L.author.event });
      const basis = within(panel).getByLabelText(L.author.basis) as HTMLSelectElement;
      expect(basis.value).toBe('relative');
      const honest = L.workbench.useContext.replace('{{honest}}', L.basis.context);
      // The words' own date: nothing to offer.
      expect(within(panel).queryByRole('button', { name: honest })).toBeNull();
      await commit(within(panel).getByLabelText(L.author.start), '2025-09-30');
      const offer = within(panel).getByRole('button', { name: honest });
      const said = offer.closest('[role="status"]')?.textContent ?? '';
      expect(said).toContain(L.basis.relative);
      // Neutral, as the note it writes is (trial 16, S3-13): it blames the outlet for nothing.
      expect(said).not.toMatch(lang === 'en' ? /outlet/i : /المصدر/);
      await act(async () => fireEvent.click(offer));
      expect((within(panel).getByLabelText(L.author.basis) as HTMLSelectElement).value).toBe('context');
      const note = within(panel).getByLabelText(L.author.basisNoteEn) as HTMLTextAreaElement;
      expect(note.value).toContain('The date words in its quotes read as another day: “أمس الأربعاء”');
      expect(note.value).toContain('Dot Al Khalij');
      expect(within(panel).queryByRole('button', { name: honest })).toBeNull();
      // One undo step brings back the basis the words gave.
      await act(async () => fireEvent.click(screen.getByRole('button', { name: L.author.undo })));
      expect((within(panel).getByLabelText(L.author.basis) as HTMLSelectElement).value).toBe('relative');
    }, 60_000);
  }
});
