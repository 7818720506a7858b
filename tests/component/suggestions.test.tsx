// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyCommand, rejectedFor, type Command } from '../../src/author';
import type { Dataset, SourceWithText } from '../../src/domain';
import { createI18n, I18nProvider } from '../../src/i18n';
import { addWorkbenchWords } from '../../src/i18n/workbench-words';
import { ar, en } from '../support/words';
import { Suggestions } from '../../src/view/author/Suggestions';
import { miniDataset } from '../fixtures/mini-dataset';
import { renderIn } from './render';
import { renderLive } from './suggestions-harness';

afterEach(cleanup);

const CALL = 'أجرى الوزير أوستن، الثلاثاء، اتصالاً هاتفياً مع نظيره بشأن الوضع في أوكرانيا.';
const LAST = 'وكانت آخر مكالمة بين الوزيرين في 15 مارس 2023 قبل أكثر من عام.';
const AGAIN = 'وقال المتحدث إن الوزير أوستن أجرى الثلاثاء اتصالاً هاتفياً مع نظيره.';
const TEXT = [CALL, 'المصدر: وكالة الأنباء العربية', AGAIN, LAST].join('\n');

/** The mini dataset with a second article, not yet quoted. */
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
  // An event that names Austin but is worded like nothing here: suggested, with no passage.
  const call = d.events[0];
  if (call === undefined) throw new Error('two events');
  const visit = {
    ...call,
    id: 'visit',
    start: '2020-01-01',
    title: { ar: 'زيارة', en: 'A visit' },
    accounts: [],
  };
  return {
    draft: { ...d, sources: [...d.sources, source], events: [...d.events, visit] } as Dataset,
    source,
  };
}

describe('the suggestion list', () => {
  for (const [lang, L] of [
    ['en', en.author],
    ['ar', ar.author],
  ] as const) {
    it(`quotes only the ticked passages, never offers a credit line, never says "Accepted" (${lang})`, () => {
      const { draft, source } = withNewArticle();
      const dispatch = vi.fn<(c: Command) => void>();
      const view = renderIn(
        lang,
        <Suggestions source={source} draft={draft} onEvent={() => undefined} dispatch={dispatch} />,
        { workbench: true },
      );
      const items = screen.getAllByRole('listitem').filter((li) => li.querySelector('h4') !== null);
      expect(items.length).toBeGreaterThan(0);
      // No passage is the credit line.
      expect(screen.queryByText('المصدر: وكالة الأنباء العربية')).toBeNull();
      // The visit is suggested with no passage: it says so, and offers Reject only.
      const visit = items.find((li) => within(li).queryByText(lang === 'en' ? 'A visit' : 'زيارة') !== null);
      if (visit === undefined) throw new Error('the visit is suggested');
      expect(within(visit).queryAllByRole('checkbox')).toHaveLength(0);
      expect(within(visit).getByText(L.noPassages)).toBeTruthy();
      // Trial 5 (S2-3): it waits apart, behind "1 other event may fit", not among those offering passages.
      const apart = visit.closest('details');
      expect(apart?.querySelector('summary')?.textContent).toContain(
        L.mayFit_one.replace('{{count, num}}', '').trim(),
      );
      // A reason names the article by its outlet, never by its id.
      expect(view.container.textContent).toContain(
        L.reason.wording.replace('{{source}}', lang === 'en' ? 'Source A' : 'المصدر أ'),
      );
      expect(view.container.textContent).not.toContain('src-a');
      expect(
        within(visit)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual([L.reject]);
      const call = items.find((li) => within(li).queryByText(CALL) !== null);
      if (call === undefined) throw new Error('the call is offered');
      const boxes = within(call).getAllByRole('checkbox');
      expect(boxes.length).toBeGreaterThanOrEqual(2);
      // Untick all, then tick the call's passage only.
      for (const b of boxes) if ((b as HTMLInputElement).checked) fireEvent.click(b);
      const accept = within(call).getAllByRole('button')[0] as HTMLButtonElement;
      expect(accept.disabled).toBe(true);
      fireEvent.click(within(call).getByRole('checkbox', { name: CALL }));
      expect(accept.disabled).toBe(false);
      fireEvent.click(accept);
      expect(dispatch).toHaveBeenCalledTimes(1);
      const batch = dispatch.mock.calls[0]?.[0];
      expect(batch).toMatchObject({ type: 'batch' });
      const commands = batch?.type === 'batch' ? batch.commands : [];
      expect(commands).toEqual([
        {
          type: 'attach-quote',
          event: 'call-2024-06-25',
          source: 'src-b',
          start: TEXT.indexOf(CALL),
          end: TEXT.indexOf(CALL) + CALL.length,
        },
      ]);
      expect(view.container.textContent).not.toContain(lang === 'en' ? 'Accepted' : 'مقبول');

      // Once the quote is in the draft, the suggestion leaves the list.
      const ev = draft.events.find((e) => e.id === 'call-2024-06-25');
      if (ev === undefined) throw new Error('the call event');
      const quoted: Dataset = {
        ...draft,
        events: draft.events.map((e) =>
          e === ev
            ? {
                ...e,
                accounts: [
                  ...e.accounts,
                  {
                    source: source.id,
                    quotes: [
                      {
                        start: TEXT.indexOf(CALL),
                        end: TEXT.indexOf(CALL) + CALL.length,
                        text: CALL,
                        en: '',
                        claims: [],
                      },
                    ],
                  },
                ],
              }
            : e,
        ),
      } as Dataset;
      view.rerender(
        <I18nProvider i18n={addWorkbenchWords(createI18n(lang))}>
          <Suggestions source={source} draft={quoted} onEvent={() => undefined} dispatch={dispatch} />
        </I18nProvider>,
      );
      const titles = screen.queryAllByRole('heading', { level: 4 }).map((h) => h.textContent ?? '');
      expect(titles.some((t) => t.startsWith(ev.title[lang]))).toBe(false);
    });
  }

  for (const [lang, L, W] of [
    ['en', en.author, en.workbench],
    ['ar', ar.author, ar.workbench],
  ] as const) {
    it(`a rejected suggestion comes back with Undo, and all with "Show … again", each a change of the draft (${lang})`, () => {
      const { draft, source } = withNewArticle();
      const live = renderLive(lang, draft, source.id);
      const visitTitle = lang === 'en' ? 'A visit' : 'زيارة';
      const headings = (): string[] =>
        screen.queryAllByRole('heading', { level: 4 }).map((h) => h.textContent ?? '');
      const listed = (title: string): boolean => headings().some((h) => h.startsWith(title));
      const item = (title: string): HTMLElement => {
        const h = screen.getAllByRole('heading', { level: 4 }).find((x) => x.textContent?.startsWith(title));
        return h?.closest('li') as HTMLElement;
      };
      expect(listed(visitTitle)).toBe(true);
      fireEvent.click(within(item(visitTitle)).getByRole('button', { name: L.reject }));
      expect(listed(visitTitle)).toBe(false);
      // Kept in the draft, so that it stays rejected after a reload (and Undo of the workbench undoes it).
      expect(live.sent.at(-1)).toEqual({
        type: 'reject-suggestion',
        event: 'visit',
        source: source.id,
        rejected: true,
      });
      expect([...rejectedFor(live.latest(), source.id)]).toEqual(['visit']);
      // It says what was rejected, with the way back.
      const status = screen.getByRole('status');
      expect(status.textContent).toContain(L.rejected);
      expect(within(status).getByText(visitTitle).tagName).toBe('BDI');
      fireEvent.click(within(status).getByRole('button', { name: W.undo }));
      expect(listed(visitTitle)).toBe(true);
      expect(screen.queryByRole('status')).toBeNull();
      expect(rejectedFor(live.latest(), source.id).size).toBe(0);
      // Two rejected, then both shown again at once.
      const callTitle = draft.events.find((e) => e.id === 'call-2024-06-25')!.title[lang];
      fireEvent.click(within(item(visitTitle)).getByRole('button', { name: L.reject }));
      fireEvent.click(within(item(callTitle)).getByRole('button', { name: L.reject }));
      expect(listed(visitTitle) || listed(callTitle)).toBe(false);
      const again =
        lang === 'en'
          ? en.author.showRejected_other.replace('{{count, num}}', '2')
          : ar.author.showRejected_two;
      fireEvent.click(screen.getByRole('button', { name: again }));
      expect(listed(visitTitle) && listed(callTitle)).toBe(true);
      expect(rejectedFor(live.latest(), source.id).size).toBe(0);
    });

    it(`a suggestion rejected before stays rejected when the list is shown again, as after a reload (${lang})`, () => {
      const { draft, source } = withNewArticle();
      const saved = applyCommand(draft, {
        type: 'reject-suggestion',
        event: 'visit',
        source: source.id,
        rejected: true,
      });
      renderIn(
        lang,
        <Suggestions source={source} draft={saved} onEvent={() => undefined} dispatch={vi.fn()} />,
        { workbench: true },
      );
      const titles = screen.queryAllByRole('heading', { level: 4 }).map((h) => h.textContent ?? '');
      expect(titles.some((h) => h.startsWith(lang === 'en' ? 'A visit' : 'زيارة'))).toBe(false);
      screen.getByRole('button', {
        name: lang === 'en' ? en.author.showRejected_one : ar.author.showRejected_one,
      });
    });

    it(`"the same event in the other articles" names the event by its title after a rename, never by its old id (${lang})`, () => {
      const { draft, source } = withNewArticle();
      const live = renderLive(lang, draft, source.id);
      const call = draft.events.find((e) => e.id === 'call-2024-06-25')!;
      const item = screen
        .getAllByRole('heading', { level: 4 })
        .find((h) => h.textContent?.startsWith(call.title[lang]))
        ?.closest('li');
      if (item === null || item === undefined) throw new Error('the call is suggested');
      fireEvent.click(within(item).getByRole('button', { name: /^(Accept|قبول)/ }));
      const across = (title: string) =>
        screen.getByRole('region', { name: L.across.replace('{{event}}', title) });
      within(across(call.title[lang])).getByText(call.title[lang]);
      // The event's title is changed, and its id follows it (trial 16, S3-6).
      const title = { ar: 'مكالمة أوستن وشويغو', en: 'Austin and Shoigu speak' };
      live.apply({
        type: 'batch',
        commands: [
          { type: 'update-event', event: call.id, fields: { title } },
          { type: 'rename-event', event: call.id, to: 'austin-and-shoigu-speak-2024-06-25' },
        ],
      });
      const renamed = across(title[lang]);
      within(renamed).getByText(title[lang]);
      expect(renamed.textContent).not.toContain(call.id);
    });
  }
});
