// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyCommand, checkDraft, type Command, type Draft } from '../../src/author';
import { ar, en } from '../support/words';
import { DateList } from '../../src/view/author/DateList';
import { miniDataset } from '../fixtures/mini-dataset';
import { renderIn } from './render';

afterEach(cleanup);

const HEADLINE = 'خبر للتجربة';
const TEXT = `${HEADLINE}\nسيعقد الوزيران اجتماعًا قال المتحدث إنه تقرر يوم الخميس.`;

/**
 * The mini dataset with one article published on Monday 20 October 2025 and no events. «تقرر يوم
 * الخميس» reads in its own clause, past (Thursday 16 October); the other reading is the next Thursday.
 */
function draftWithArticle(): Draft {
  const d = miniDataset() as unknown as Record<string, any>;
  Object.assign(d.sources[0], {
    text: TEXT,
    published: '2025-10-20',
    headline: { start: 0, end: HEADLINE.length },
    outOfScope: [],
  });
  d.events = [];
  return d as unknown as Draft;
}

describe("the workbench's dates: correcting the resolver's reading", () => {
  for (const [lang, L, other] of [
    ['en', en.author, '23 October 2025'],
    ['ar', ar.author, '(قراءة أخرى)'],
  ] as const) {
    it(`offers the other reading of a weekday and makes the event on it, basis kept (${lang})`, async () => {
      const draft = draftWithArticle();
      const commands: Command[] = [];
      const opened: string[] = [];
      renderIn(
        lang,
        <DateList
          source={draft.sources[0]!}
          draft={draft}
          dispatch={(c) => commands.push(c)}
          onEvent={(id) => opened.push(id)}
        />,
        { workbench: true },
      );
      const item = screen.getByRole('listitem');
      const buttons = within(item).getAllByRole('button');
      expect(buttons.map((b) => b.textContent)).toEqual([L.eventFromDate, expect.stringContaining(other)]);
      await act(async () => fireEvent.click(buttons[1]!));
      expect(opened).toEqual(['event-2025-10-23']);
      const after = applyCommand(draft, commands[0]!);
      expect(after.events[0]).toMatchObject({ start: '2025-10-23', basis: 'weekday' });
      // The draft's check (what the preview and `data:check` ask) finds nothing wrong with the basis.
      expect(checkDraft(after).problems.filter((p) => p.code === 'date-basis')).toEqual([]);
    });
  }
});

describe("the workbench's dates: notes in order (#24 D12)", () => {
  it('isolates the Arabic words of an English note, so its quotation marks stay around them', () => {
    const draft = draftWithArticle();
    renderIn(
      'en',
      <DateList
        source={draft.sources[0]!}
        draft={draft}
        dispatch={() => undefined}
        onEvent={() => undefined}
      />,
      { workbench: true },
    );
    const note = document.querySelector('.author-date-note')!;
    const arabic = [...note.querySelectorAll('bdi')];
    expect(arabic.map((b) => [b.getAttribute('dir'), b.getAttribute('lang')])).toContainEqual(['rtl', 'ar']);
    expect(arabic.map((b) => b.textContent)).toContain('يوم الخميس');
  });
});
