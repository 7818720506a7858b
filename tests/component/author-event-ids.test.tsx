// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LANGS, openWorkbench } from './workbench-open';

afterEach(cleanup);

const TEXT = 'ضرب زلزال بقوة 6.9 درجات جزيرة سيبو في 1 أكتوبر 2025 وفق المرصد.';

describe('a new event’s id follows its date and title (#24 D8)', () => {
  for (const [lang, L] of LANGS) {
    it(`renames the event being written as its date and title change, one undo step each (${lang})`, async () => {
      await openWorkbench(lang);
      fireEvent.change(screen.getByLabelText(L.author.paste), { target: { value: TEXT } });
      await act(async () => fireEvent.click(screen.getByRole('button', { name: L.author.addPasted })));
      const make = await screen.findAllByRole('button', { name: L.author.eventFromDate });
      await act(async () => fireEvent.click(make[0]!));
      const panel = screen.getByRole('region', { name: L.author.event });
      const id = (): string => panel.querySelector('.author-event-id')?.textContent ?? '';
      expect(id()).toBe('event-2025-10-01');
      const date = within(panel).getByLabelText(L.author.start);
      fireEvent.change(date, { target: { value: '2025-09-30' } });
      await act(async () => fireEvent.blur(date));
      // The same event, still open, under its new id.
      expect(id()).toBe('event-2025-09-30');
      expect((within(panel).getByLabelText(L.author.start) as HTMLInputElement).value).toBe('2025-09-30');
      const pick = screen.getByLabelText(L.author.eventPick) as HTMLSelectElement;
      expect(pick.value).toBe('event-2025-09-30');
      const title = within(panel).getByLabelText(L.author.titleEn);
      fireEvent.change(title, { target: { value: 'Quake strikes off Cebu' } });
      await act(async () => fireEvent.blur(title));
      expect(id()).toBe('quake-strikes-off-cebu-2025-09-30');
      await act(async () => fireEvent.click(screen.getByRole('button', { name: L.author.undo })));
      expect(id()).toBe('event-2025-09-30');
      await act(async () => fireEvent.click(screen.getByRole('button', { name: L.author.undo })));
      expect(id()).toBe('event-2025-10-01');
      expect((within(panel).getByLabelText(L.author.start) as HTMLInputElement).value).toBe('2025-10-01');
    });
  }
});
