// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyCommand, EMPTY_DRAFT, type Command, type Draft } from '../../src/author';
import type { SourceWithText } from '../../src/domain';
import { Provenance } from '../../src/view/author/Provenance';
import { ar, en } from '../support/words';
import { renderIn } from './render';

afterEach(cleanup);

const WIRE = 'وقالت الوكالة إن الزلزال بلغت قوته 6.9 درجات وضرب قبالة جزيرة سيبو مساء الثلاثاء.';
const OWN = 'وقال مراسلنا في مانيلا إن السكان خرجوا إلى الشوارع.';
const TEXT = `${WIRE}\n${OWN}`;

function draft(): Draft {
  const commands: Command[] = [
    { type: 'add-article', text: TEXT },
    { type: 'create-event', id: 'quake', fields: {} },
    { type: 'attach-quote', event: 'quake', source: 'art-000', start: 0, end: WIRE.length },
    { type: 'attach-quote', event: 'quake', source: 'art-000', start: WIRE.length + 1, end: TEXT.length },
    {
      type: 'add-rests-on',
      source: 'art-000',
      origin: 'afp',
      name: { ar: 'أ ف ب', en: 'AFP' },
      basis: 'inferred',
      extent: 'part',
      note: { ar: '', en: '' },
    },
  ];
  return commands.reduce(applyCommand, EMPTY_DRAFT);
}

describe('the passages a report of "some passages" explains (#24 D4)', () => {
  for (const [lang, L] of [
    ['en', en.author],
    ['ar', ar.author],
  ] as const) {
    it(`are ticked among the article's quotes, each tick one command (${lang})`, () => {
      const d = draft();
      const source = d.sources[0] as SourceWithText;
      const dispatch = vi.fn<(c: Command) => void>();
      renderIn(lang, <Provenance source={source} draft={d} dispatch={dispatch} />, { workbench: true });
      const group = screen.getByRole('group', {
        name: (lang === 'en' ? L.restingPassages_other : L.restingPassages_two).replace(
          '{{count, num}}',
          '2',
        ),
      });
      const wire = within(group).getByRole('checkbox', { name: WIRE });
      expect((within(group).getByRole('checkbox', { name: OWN }) as HTMLInputElement).checked).toBe(false);
      expect((wire as HTMLInputElement).checked).toBe(false);
      expect(within(group).getByText(WIRE).getAttribute('lang')).toBe('ar');
      fireEvent.click(wire);
      expect(dispatch).toHaveBeenCalledWith({
        type: 'set-quote-rests-on',
        quote: { event: 'quake', source: 'art-000', start: 0, end: WIRE.length },
        origin: 'afp',
        on: true,
      });
    });
  }

  it('shows a passage already marked as ticked, and asks for quotes when there are none', () => {
    const marked = applyCommand(draft(), {
      type: 'set-quote-rests-on',
      quote: { event: 'quake', source: 'art-000', start: 0, end: WIRE.length },
      origin: 'afp',
      on: true,
    });
    renderIn(
      'en',
      <Provenance source={marked.sources[0] as SourceWithText} draft={marked} dispatch={vi.fn()} />,
      {
        workbench: true,
      },
    );
    expect((screen.getByRole('checkbox', { name: WIRE }) as HTMLInputElement).checked).toBe(true);
    cleanup();
    const bare = applyCommand(draft(), { type: 'remove-event', event: 'quake' });
    renderIn(
      'en',
      <Provenance source={bare.sources[0] as SourceWithText} draft={bare} dispatch={vi.fn()} />,
      {
        workbench: true,
      },
    );
    expect(screen.getByText(en.author.restingNone)).toBeTruthy();
  });
});
