// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCommand, NEW_STORY, type Command, type Draft } from '../../src/author';
import { Quotes } from '../../src/view/author/Quotes';
import { renderIn } from './render';
import { LANGS } from './workbench-open';

afterEach(cleanup);

// One wire sentence two outlets carry word for word, and a third outlet's own sentence.
const WIRE = 'وقال المتحدث باسم الكرملين دميتري بيسكوف إن لافروف وروبيو سيتحدثان قريبا.';
const OWN = 'وأكدت الخارجية الأمريكية أن الاتصال تناول التحضير للقمة.';
const RENDERED = 'Kremlin spokesman Dmitry Peskov said Lavrov and Rubio would speak soon.';

function story(): Draft {
  let d = [
    { type: 'add-article', text: `مقدمة.\n${WIRE}` },
    { type: 'add-article', text: `${WIRE}\nخاتمة.` },
    { type: 'add-article', text: `${OWN}\nخاتمة.` },
    { type: 'create-event', id: 'call', fields: { start: '2025-10-20' } },
  ].reduce<Draft>((x, c) => applyCommand(x, c as Command), NEW_STORY);
  const quote = (source: string, words: string): Command => {
    const text = d.sources.find((s) => s.id === source)!.text;
    const start = text.indexOf(words);
    return { type: 'attach-quote', event: 'call', source, start, end: start + words.length };
  };
  d = [quote('art-000', WIRE), quote('art-001', WIRE), quote('art-002', OWN)].reduce(applyCommand, d);
  const first = d.events[0]!.accounts[0]!.quotes[0]!;
  return applyCommand(d, {
    type: 'set-quote-english',
    quote: { event: 'call', source: 'art-000', start: first.start, end: first.end },
    en: RENDERED,
  });
}

/** The event's quotes over a draft kept in state, every command applied as the workbench applies it. */
function Harness(): React.JSX.Element {
  const [draft, setDraft] = useState(story);
  const event = draft.events[0]!;
  return (
    <Quotes
      draft={draft}
      event={event}
      dispatch={(c) => setDraft((d) => applyCommand(d, c))}
      onRemove={() => undefined}
      onSource={() => undefined}
    />
  );
}

const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fields = (english: string): HTMLTextAreaElement[] =>
  screen.getAllByLabelText(new RegExp(`^${escaped(english)}`)) as HTMLTextAreaElement[];

describe('rendering the quotes of an event', () => {
  for (const [lang, L] of LANGS) {
    it(`fills shared wire copy's renderings in one step as drafts, Ctrl+Enter moves to the next quote still to render, words are completed (${lang})`, () => {
      renderIn(lang, <Harness />, { workbench: true });
      const W = L.workbench;
      const [wire, twin, own] = fields(W.english);
      // Ctrl+Enter in the first goes to the next quote without a rendering: the twin.
      act(() => wire!.focus());
      fireEvent.keyDown(wire!, { key: 'Enter', ctrlKey: true });
      expect(document.activeElement).toBe(twin);
      expect(screen.getByText(W.nextRendering)).toBeTruthy();
      // One button fills the twin from the other outlet's rendering, marked as a draft to check.
      const one = lang === 'en' ? W.fillTwins_one.replace('{{count, num}}', '1') : W.fillTwins_one;
      fireEvent.click(screen.getByRole('button', { name: one }));
      expect(twin!.value).toBe(RENDERED);
      expect(screen.getAllByText(new RegExp(escaped(W.draftRendering)))).toHaveLength(1);
      expect(own!.value).toBe('');
      expect(screen.queryByRole('button', { name: one })).toBeNull();
      // Now Ctrl+Enter from the first skips the filled twin for the quote still to render.
      act(() => wire!.focus());
      fireEvent.keyDown(wire!, { key: 'Enter', ctrlKey: true });
      expect(document.activeElement).toBe(own);
      // A plain Enter is a new line, not a move.
      fireEvent.keyDown(own!, { key: 'Enter' });
      expect(document.activeElement).toBe(own);
      // A longer word the checked renderings use is offered from its third letter; Tab takes it.
      fireEvent.change(own!, { target: { value: 'The spo', selectionStart: 7 } });
      expect(screen.getByRole('button', { name: 'spokesman' })).toBeTruthy();
      fireEvent.keyDown(own!, { key: 'Tab' });
      expect(own!.value).toBe('The spokesman');
    });
  }
});
