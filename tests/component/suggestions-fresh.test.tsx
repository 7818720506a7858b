// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset, SourceWithText } from '../../src/domain';
import { ar, en } from '../support/words';
import { Suggestions } from '../../src/view/author/Suggestions';
import { miniDataset } from '../fixtures/mini-dataset';
import { renderIn } from './render';
import { renderLive } from './suggestions-harness';

afterEach(cleanup);

const CALL = 'أجرى الوزير أوستن، الثلاثاء، اتصالاً هاتفياً مع نظيره بشأن الوضع في أوكرانيا.';
// The same minister on the same day, telling something else: no existing event's quote.
const OTHER = 'وتحدث أوستن عن الطقس الجميل في الحديقة العامة للمدينة القديمة وعن أشجارها.';
const TEXT = [CALL, OTHER].join('\n');

function withNewArticle(): { draft: Dataset; source: SourceWithText } {
  const d = miniDataset();
  const first = d.sources[0];
  if (first === undefined) throw new Error('one source');
  const source = {
    ...first,
    id: 'src-b',
    file: 'articles/src-b.txt',
    headline: undefined,
    outOfScope: [],
    text: TEXT,
  } as unknown as SourceWithText;
  return { draft: { ...d, sources: [...d.sources, source] } as Dataset, source };
}

describe('passages that fit no existing event (#24 D5)', () => {
  for (const [lang, L] of [
    ['en', en.author],
    ['ar', ar.author],
  ] as const) {
    it(`offers a passage once: under the article's main event never ticked, else as a new event (${lang})`, () => {
      const { draft, source } = withNewArticle();
      const live = renderLive(lang, draft, source.id);
      // Under a suggested event only when it is the article's main event (the call its first sentence
      // reports), and never ticked there: an outlet may tell its main event in its own words…
      const events = (): HTMLElement[] =>
        screen.getAllByRole('listitem').filter((li) => li.querySelector('h4') !== null);
      const main = events().find((li) => within(li).queryByText(CALL) !== null);
      if (main === undefined) throw new Error('the main event is suggested');
      const boxes = events().flatMap((li) => within(li).queryAllByRole('checkbox', { name: OTHER }));
      expect(boxes).toHaveLength(1);
      for (const box of boxes) expect((box as HTMLInputElement).checked).toBe(false);
      // …and then not again among the passages that fit no existing event (trial 16, S2-3).
      const freshName = L.freshHeading_one.replace('{{count, num}}', '1');
      expect(screen.queryByRole('region', { name: freshName })).toBeNull();
      expect(screen.getAllByText(OTHER)).toHaveLength(1);
      // The main event rejected, the passage fits no event left: offered as a new one, with a way to start it.
      fireEvent.click(within(main).getByRole('button', { name: L.reject }));
      const fresh = screen.getByRole('region', { name: freshName });
      const item = within(fresh).getByText(OTHER).closest('li');
      if (item === null) throw new Error('the passage is offered');
      expect(within(fresh).queryByText(CALL)).toBeNull();
      fireEvent.click(within(item).getByRole('button', { name: L.newEventFromPassage }));
      const sent = live.sent.at(-1);
      if (sent?.type !== 'batch') throw new Error('one undo step');
      const [create, attach] = sent.commands;
      if (create?.type !== 'create-event' || attach?.type !== 'attach-quote')
        throw new Error('event and quote');
      expect(attach).toMatchObject({ event: create.id, source: 'src-b', start: CALL.length + 1 });
      expect(TEXT.slice(attach.start, attach.end)).toBe(OTHER);
      expect(live.opened.at(-1)).toBe(create.id);
    });
  }
});

describe('no suggestion for an event just made from the same article (trial 4, S3-6)', () => {
  for (const [lang, L] of [
    ['en', en.author],
    ['ar', ar.author],
  ] as const)
    it(`leaves out the event the article already tells when nothing more is offered for it (${lang})`, () => {
      const { draft, source } = withNewArticle();
      const at = TEXT.indexOf(OTHER);
      const made = {
        ...draft.events[0]!,
        id: 'event-2024-06-25',
        title: { ar: 'حديث عن الطقس', en: 'A word on the weather' },
        claims: [],
        accounts: [
          {
            source: source.id,
            quotes: [{ start: at, end: at + OTHER.length, text: OTHER, en: '', claims: [] }],
          },
        ],
      };
      const withMade = { ...draft, events: [...draft.events, made] } as unknown as Dataset;
      renderIn(lang, <Suggestions source={source} draft={withMade} onEvent={vi.fn()} dispatch={vi.fn()} />, {
        workbench: true,
      });
      const list = screen.getByText(L.suggestionsClosed).closest('details');
      if (list === null) throw new Error('a folding list');
      list.open = true;
      fireEvent(list, new Event('toggle'));
      // The bundled event is still suggested; the one just made from this article is not.
      expect(within(list).getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(0);
      expect(within(list).queryByText(made.title[lang], { exact: false })).toBeNull();
    });
});
