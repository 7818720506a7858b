// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  applyBriefingCommand,
  briefingGaps,
  indexDataset,
  newBriefing,
  type Briefing,
  type EventId,
} from '../../src/domain';
import { BriefingPanel } from '../../src/view/brief/BriefingPanel';
import { loadCorpus } from '../fixtures/corpus';
import { renderIn } from './render';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const CALL = 'call-2024-06-25' as EventId;
const BLAME = 'russia-blames-us-2024-06-23' as EventId;
const call = index.events.get(CALL)!;

afterEach(cleanup);
// jsdom has <dialog> without showModal: open it as the browser would, so its content is in the tree.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
});

/** The panel over a briefing kept in state, every command applied as the app applies it. */
function Harness({ start, onPresent = () => {} }: { start: Briefing; onPresent?: () => void }) {
  const [b, setB] = useState(start);
  return (
    <>
      <output data-testid="state">{JSON.stringify(b)}</output>
      <BriefingPanel
        index={index}
        offered={[{ briefing: b, mine: true, inDataset: false }]}
        current={{ briefing: b, mine: true, inDataset: false }}
        selected={index.events.get(BLAME)!}
        gaps={briefingGaps(b)}
        saved
        status=""
        onCommand={(c) => setB((x) => applyBriefingCommand(x, c))}
        onOpen={() => {}}
        onNew={() => {}}
        onDelete={() => {}}
        onPresent={onPresent}
        onDownload={() => {}}
        onClose={() => {}}
      />
    </>
  );
}
const state = (): Briefing => JSON.parse(screen.getByTestId('state').textContent ?? '{}') as Briefing;
const withCall = (): Briefing =>
  applyBriefingCommand(newBriefing('mine', dataset.title), { kind: 'add-event', event: CALL });

describe('the briefing builder', () => {
  for (const [lang, t] of [
    [
      'en',
      {
        addSelected: 'Add the selected event: Russia blames the US for the Crimea attack',
        moveUp: 'Move up: Austin and Belousov speak by phone',
        present: 'Present this briefing',
        notesEn: 'Speaker notes in English',
        gap: 'the notes for “Austin and Belousov speak by phone” in Arabic',
        translation: true,
      },
    ],
    [
      'ar',
      {
        addSelected: 'أضف الحدث المختار: روسيا تحمّل الولايات المتحدة مسؤولية هجوم القرم',
        moveUp: 'انقل إلى أعلى: أوستن وبيلوسوف يتحادثان هاتفيًا',
        present: 'اعرض هذه الإحاطة',
        notesEn: 'ملاحظات المتحدث بالإنجليزية',
        gap: 'ملاحظات «أوستن وبيلوسوف يتحادثان هاتفيًا» بالعربية',
        translation: false,
      },
    ],
  ] as const) {
    it(`(${lang}) adds an event, reorders, chooses a quote by its exact words, takes notes and presents`, () => {
      const onPresent = vi.fn();
      renderIn(lang, <Harness start={withCall()} onPresent={onPresent} />);
      fireEvent.click(screen.getByRole('button', { name: t.addSelected }));
      expect(state().items.map((i) => i.event)).toEqual([CALL, BLAME]);
      // Alt+↓ on the call's first event moves it down; its "move up" button brings it back.
      const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('brief-item'));
      fireEvent.keyDown(within(items[0]!).getByRole('button', { name: t.moveUp }), {
        key: 'ArrowDown',
        altKey: true,
      });
      expect(state().items.map((i) => i.event)).toEqual([BLAME, CALL]);
      fireEvent.click(screen.getByRole('button', { name: t.moveUp }));
      expect(state().items.map((i) => i.event)).toEqual([CALL, BLAME]);

      // Each quote is its exact words, marked Arabic, right to left; unticking one makes a choice.
      const first = call.accounts[0]!.quotes[1]!;
      const box = screen.getByRole('checkbox', { name: first.text });
      const words = box.closest('label')!.querySelector('[lang="ar"]')!;
      expect(words.textContent).toBe(first.text);
      expect(words.getAttribute('dir')).toBe('rtl');
      expect(screen.queryAllByText(first.en).length > 0).toBe(t.translation);
      fireEvent.click(box);
      const item = state().items.find((i) => i.event === CALL)!;
      expect(item.quotes?.some((q) => q.start === first.start)).toBe(false);
      expect(item.quotes?.length).toBe(call.accounts.reduce((n, a) => n + a.quotes.length, 0) - 1);

      // Notes in one language leave a gap named in the interface language.
      // The title slide's notes come first, then the call's (the first event), then the other's.
      const notes = screen.getAllByRole('textbox', { name: t.notesEn });
      expect(notes).toHaveLength(3);
      expect(notes.every((n) => n.getAttribute('lang') === 'en' && n.getAttribute('dir') === 'ltr')).toBe(
        true,
      );
      fireEvent.change(notes[1]!, { target: { value: 'Start with the headline.' } });
      expect(state().items.find((i) => i.event === CALL)!.notes).toEqual({
        ar: '',
        en: 'Start with the headline.',
      });
      expect(screen.getByText(t.gap)).toBeTruthy();

      fireEvent.click(screen.getByRole('button', { name: t.present }));
      expect(onPresent).toHaveBeenCalledOnce();
    }, 30_000);
  }

  it('counts the slides of the briefing at the projector size', () => {
    renderIn('en', <Harness start={withCall()} />);
    expect(screen.getByText(/^About \d+ slides on a projector/)).toBeTruthy();
  });

  it('cannot present a briefing without events', () => {
    renderIn('en', <Harness start={newBriefing('mine', dataset.title)} />);
    expect(
      (screen.getByRole('button', { name: 'Present this briefing' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(screen.getByText('at least one event')).toBeTruthy();
  });
});
