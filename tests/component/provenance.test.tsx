// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { indexDataset, resolveBriefing, storyBriefing, type TimelineEvent } from '../../src/domain';
import { Accounts, buildDeck } from '../../src/view';
import { PresentView } from '../../src/view/present/PresentView';
import { loadCorpus } from '../fixtures/corpus';
import { renderIn } from './render';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const event = (id: string): TimelineEvent => dataset.events.find((e) => e.id === id)!;
const noop = () => {};

afterEach(cleanup);

const renderAccounts = (lang: 'ar' | 'en', id: string) =>
  renderIn(
    lang,
    <Accounts
      index={index}
      event={event(id)}
      selectedSource={null}
      selectedClaim={null}
      onSelectSource={noop}
      onSelectClaim={noop}
    />,
  );
const rowOf = (claim: string): HTMLElement => {
  const row = document.querySelector<HTMLElement>(`tr[data-claim="${claim}"]`);
  if (row === null) throw new Error(claim);
  return row;
};

describe('shared copy and independent origins, June 2024', () => {
  it('says in English that the two sources carry Reuters’ wording, and counts them once', () => {
    renderAccounts('en', 'call-2024-06-25');
    const note = screen.getByRole('note', { name: 'Shared copy' });
    expect(note.textContent).toContain(
      'Unnamed site republishing Alhurra and Unnamed site citing Reuters both carry wording from Reuters',
    );
    expect(within(note).getByText('inferred from shared wording')).toBeTruthy();
    expect(note.textContent).toContain('In the claims below they count as one origin.');
    expect(note.textContent).toContain(
      'Unnamed site citing Al Qahera News does not say which report its account rests on, so it is not counted as an independent origin.',
    );
    expect(rowOf('warning-weapons').textContent).toContain(
      '3 sources, 1 or 2 independent origins (one does not say its source)',
    );
    expect(rowOf('initiator').textContent).toContain('2 sources, 1 independent origin');
    expect(within(rowOf('initiator')).getByText('one origin only')).toBeTruthy();
    expect(within(rowOf('warning-weapons')).queryByText('one origin only')).toBeNull();
  });

  it('says the same in Arabic, with Arabic plurals and digits', () => {
    renderAccounts('ar', 'call-2024-06-25');
    const note = screen.getByRole('note', { name: 'نصّ مشترك' });
    expect(note.textContent).toContain('كلاهما ينقل صياغة رويترز');
    expect(note.textContent).toContain('موقع غير مسمّى يعيد نشر الحرة');
    expect(rowOf('warning-weapons').textContent).toContain(
      '٣ مصادر، أصل مستقل واحد أو أصلان (أحدها لا يذكر مصدره)',
    );
    expect(note.textContent).toContain('لا يذكر على أي تقرير تستند روايته، فلا يُعدّ أصلًا مستقلًا');
    expect(rowOf('initiator').textContent).toContain('مصدران، أصل مستقل واحد');
    expect(within(rowOf('initiator')).getByText('أصل واحد فقط')).toBeTruthy();
  });

  it('shows in each source panel what it rests on and how that is known', () => {
    renderAccounts('en', 'call-2024-06-25');
    const panel = document.querySelector<HTMLElement>('article[data-source="art-001"]')!;
    // Under the name, one line: each report, how it is known, the route (UX review 4, S2 #4).
    const chain = within(panel).getByRole('list', { name: 'Based on' });
    const links = within(chain).getAllByRole('listitem');
    expect(
      links.map((l) => l.textContent?.replace(/outside knowledge, not from the article: /g, '')),
    ).toEqual([
      'Alhurra US · government-funded broadcaster* (named)',
      ' · Reuters UK · private news agency*, AFP France · agency, part state-funded* (through Alhurra, not named, partly)',
    ]);
    // Behind "How this is known": why each is named, and the outlet's identity with its page.
    const reuters = panel.querySelector('dd.rests-on[data-origin="reuters"]')!;
    expect(reuters.textContent).toMatch(
      /^Reuters: Alhurra’s text is a close Arabic rendering of Reuters’ report/,
    );
    expect(reuters.textContent).toContain(
      'Outside knowledge, not from any article: an international news agency',
    );
    const qahera = document.querySelector('article[data-source="art-003"]')!;
    expect(within(qahera as HTMLElement).getByRole('list', { name: 'Based on' }).textContent).toContain(
      '(named, partly)',
    );
    cleanup();
    renderAccounts('ar', 'call-2024-06-25');
    const ar = document.querySelector<HTMLElement>('article[data-source="art-001"]')!;
    expect(within(ar).getByRole('list', { name: 'يستند إلى' }).textContent).toContain('فرانس برس');
    expect(within(ar).getByRole('list', { name: 'يستند إلى' }).textContent).toContain(
      '(عبر الحرة، مستنتج، جزئيًا)',
    );
  });
});

describe('shared copy, October 2022', () => {
  it('names the AFP pair in both languages', () => {
    renderAccounts('en', 'call-2022-05-13');
    expect(screen.getByRole('note').textContent).toContain(
      'AlMada (almada.org, Lebanon), as republished by an unnamed aggregator and Unnamed site citing Sputnik both carry wording from AFP',
    );
    expect(rowOf('last-talk-13-may').textContent).toContain('2 sources, 1 independent origin');
    cleanup();
    renderAccounts('ar', 'call-2022-05-13');
    expect(screen.getByRole('note').textContent).toContain('كلاهما ينقل صياغة فرانس برس');
  });

  it('counts the 21 October call once: both tellings rest on AFP’s dispatch (audit F3)', () => {
    renderAccounts('en', 'call-2022-10-21');
    expect(screen.getByRole('note').textContent).toContain('both carry wording from AFP');
    expect(rowOf('call-held').textContent).toContain('2 sources, 1 independent origin');
  });
});

describe('the briefing slide', () => {
  it('groups the sources that share copy, without pointing to a claims table', () => {
    const ev = event('call-2024-06-25');
    const briefing = storyBriefing(dataset.title, [ev.id]);
    const deck = buildDeck(resolveBriefing(index, briefing), 'en', { width: 1800, height: 440, fontPx: 28 });
    // The slide that names the sources telling the event.
    const at = deck.slides.findIndex(
      (s) => s.kind === 'event' && s.slide.kind === 'intro' && s.slide.blocks.includes('sources'),
    );
    renderIn(
      'en',
      <PresentView
        role="audience"
        index={index}
        deck={deck}
        at={at}
        datasetTitle={dataset.title.en}
        overview={false}
        blank={null}
        typed=""
        strip={{ events: [ev], lanes: [], laneOf: (e) => e.kind }}
        box={{ width: 1800, height: 440, fontPx: 28 }}
        onStep={noop}
        onGoto={noop}
        onOverview={noop}
        onBlank={noop}
        onPresenter={null}
        onTouch={noop}
        bodyRef={noop}
      />,
    );
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('both carry wording from Reuters');
    expect(note.textContent).not.toContain('claims below');
    expect(note.textContent).toContain('is not counted as an independent origin');
  });

  it('counts the origins of a divergence as a range when one is unknown, in both languages', () => {
    const ev = event('call-2024-06-25');
    const briefing = storyBriefing(dataset.title, [ev.id]);
    for (const [lang, text] of [
      ['en', '(3 sources, 1 or 2 independent origins (one does not say its source))'],
      ['ar', '(٣ مصادر، أصل مستقل واحد أو أصلان (أحدها لا يذكر مصدره))'],
    ] as const) {
      const box = { width: 1800, height: 900, fontPx: 28 };
      const deck = buildDeck(resolveBriefing(index, briefing), lang, box);
      // Every divergence slide of the event (the claims all sources carry come after those some leave out).
      const items: string[] = [];
      for (const [at, slide] of deck.slides.entries()) {
        if (slide.kind !== 'event' || slide.slide.kind !== 'diverge') continue;
        renderIn(
          lang,
          <PresentView
            role="audience"
            index={index}
            deck={deck}
            at={at}
            datasetTitle={dataset.title[lang]}
            overview={false}
            blank={null}
            typed=""
            strip={{ events: [ev], lanes: [], laneOf: (e) => e.kind }}
            box={box}
            onStep={noop}
            onGoto={noop}
            onOverview={noop}
            onBlank={noop}
            onPresenter={null}
            onTouch={noop}
            bodyRef={noop}
          />,
        );
        items.push(...screen.getAllByRole('listitem').map((li) => li.textContent ?? ''));
        cleanup();
      }
      expect(items.some((x) => x.includes(text))).toBe(true);
      // A range, never a flat count of two: "1 or 2 independent origins".
      expect(items.join(' ')).not.toMatch(/(?<!or )2 independent origins|أصلان مستقلان/);
    }
  });
});
