// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGS, openWorkbench } from './workbench-open';

afterEach(cleanup);

const TEXT = 'ضرب زلزال بقوة 6.9 درجات جزيرة سيبو في 30 سبتمبر 2025 وفق المرصد.';

describe('a new story starts with its own, neutral vocabulary (#24 D7)', () => {
  for (const [lang, L] of LANGS) {
    it(`gives an empty draft one neutral kind, and the bundled ones as one click (${lang})`, async () => {
      await openWorkbench(lang);
      fireEvent.click(screen.getByRole('button', { name: L.author.restartEmpty }));
      await act(async () =>
        fireEvent.click(screen.getByRole('button', { name: L.author.restartConfirm, hidden: true })),
      );
      fireEvent.change(screen.getByLabelText(L.author.paste), { target: { value: TEXT } });
      await act(async () => fireEvent.click(screen.getByRole('button', { name: L.author.addPasted })));
      const make = await screen.findAllByRole('button', { name: L.author.eventFromDate });
      await act(async () => fireEvent.click(make[0]!));
      const panel = screen.getByRole('region', { name: L.author.event });
      const kind = within(panel).getByLabelText(L.author.kind) as HTMLSelectElement;
      const names = (): string[] => [...kind.options].map((o) => o.textContent ?? '');
      expect(names()).toEqual([lang === 'en' ? 'Events' : 'أحداث']);
      // None of the bundled story's is imposed; they are offered.
      const importKinds = screen.getByRole('button', {
        name: lang === 'en' ? 'Add the bundled story’s 6 kinds' : /أضف أنواع القصة المرفقة/,
        hidden: true,
      });
      await act(async () => fireEvent.click(importKinds));
      // The neutral kind has an event, so it stays; the six come after it.
      expect(names()).toHaveLength(7);
      expect(names()).toContain(lang === 'en' ? 'Statements and warnings' : 'تصريحات وتحذيرات');
      expect(screen.queryByRole('button', { name: importKinds.textContent!, hidden: true })).toBeNull();
      // One undo step.
      await act(async () => fireEvent.click(screen.getByRole('button', { name: L.author.undo })));
      expect(names()).toHaveLength(1);
    });
  }
});
