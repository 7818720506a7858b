// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  claimMatrix,
  indexDataset,
  partingClaims,
  partingSources,
  reportingSources,
  resolveBriefing,
  sourceLabel,
  sourceTitle,
  sourcesBefore,
  storyBriefing,
  type Lang,
  type Source,
} from '../../src/domain';
import { planDeck } from '../../src/data/deck';
import { paragraphText } from '../../src/data/deck-layout';
import { buildDeck } from '../../src/view';
import { Handout } from '../../src/view/present/Handout';
import { PresentView } from '../../src/view/present/PresentView';
import { loadCorpus } from '../fixtures/corpus';
import { renderIn } from './render';
import { renderAccounts } from './render-accounts';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const call = dataset.events.find((e) => e.id === 'call-2024-06-25')!;
const reporting = reportingSources(index, call);
// Its other sources came out before it (October 2022): named apart from the silent.
const before = sourcesBefore(index, call);
const noop = () => {};

beforeEach(() => localStorage.clear());
afterEach(cleanup);

/** A source's name as its card and column show it: its one name (`sourceLabel`). */
const titled = (s: Source, lang: Lang): string => sourceLabel(s, lang);

/** The June 2024 call as a desk shows it, "Where they diverge" open as it opens. */
function openCall(lang: Lang): HTMLElement {
  renderAccounts(lang, index, call);
  // Open in brief at a desk (UX review 11, S2-1): every claim's line a click away.
  fireEvent.click(
    screen.getByRole('button', { name: lang === 'en' ? /^All \d+ claims/ : /^كل الادعاءات التي تفترق/ }),
  );
  return screen.getByRole('region', { name: lang === 'en' ? /^Where they diverge/ : /^أين تفترق الروايات/ });
}

/** The descriptions the dataset gives of the articles that do not lead with them (all but a stated site). */
const descriptions = (lang: Lang): string[] =>
  dataset.sources.filter((s) => sourceTitle(s).lead !== s.outlet).map((s) => s.outlet[lang]);

describe('one name per source (UX review 8, S2-1)', () => {
  it('has sources in the June 2024 call whose description is not their name', () => {
    expect(reporting.length).toBe(3);
    expect(before.length).toBeGreaterThan(0);
    expect(descriptions('en')).toContain('Breaking-news rewrite');
  });

  for (const lang of ['en', 'ar'] as const) {
    it(`(${lang}) the cards, the claims table's columns, where they diverge and who said what name each source alike`, () => {
      const diverge = openCall(lang);
      // The cards.
      for (const s of reporting)
        screen.getByRole('article', { name: new RegExp(`^${escape(sourceLabel(s, lang))}`) });
      // The claims table's columns: the claim, then each source titled as its card is.
      const heads = screen.getAllByRole('columnheader').map((th) => th.textContent);
      expect(heads.slice(1)).toEqual(reporting.map((s) => titled(s, lang)));
      // Where they diverge, and who said what in it: every line that names sources names them by label.
      const rows = partingClaims(claimMatrix(call, reporting));
      expect(rows.length).toBeGreaterThan(3);
      for (const r of rows) {
        const { how, sources } = partingSources(r);
        const lines = within(diverge)
          .getAllByRole('listitem')
          .filter((li) => li.getAttribute('data-claim') === r.claim.id);
        expect(lines.length).toBeGreaterThan(0);
        for (const li of lines) {
          if (how !== 'wordedIn')
            // (Inside a sentence English starts the words around the lead lower-case.)
            for (const s of sources)
              expect(li.textContent?.toLowerCase(), r.claim.id).toContain(sourceLabel(s, lang).toLowerCase());
          for (const d of descriptions(lang)) expect(li.textContent, r.claim.id).not.toContain(d);
        }
      }
      // The sources published before it.
      const beforeLine = screen.getByText(lang === 'en' ? /^Published before it:/ : /^مصدران نُشرا قبله:/);
      // (Inside the sentence, as in the lines above.)
      for (const s of before)
        expect(beforeLine.textContent?.toLowerCase()).toContain(sourceLabel(s, lang).toLowerCase());
      if (lang === 'en') expect(beforeLine.textContent).not.toMatch(/\S Unnamed/);
      for (const d of descriptions(lang)) expect(beforeLine.textContent).not.toContain(d);
    });

    it(`(${lang}) outside "How this is known", no source is named by the dataset's description of it`, () => {
      openCall(lang);
      const page = document.body.cloneNode(true) as HTMLElement;
      // "How this is known" is where an article's description is the point.
      for (const how of page.querySelectorAll('details')) how.remove();
      for (const d of descriptions(lang)) expect(page.textContent).not.toContain(d);
    });
  }
});

describe('one name per source on the slides, the handout and the deck file', () => {
  const briefing = resolveBriefing(index, storyBriefing(dataset.title, [call.id]));
  const box = { width: 1800, height: 900, fontPx: 28 };

  /** The text of every slide of the call, as the audience sees them. */
  function slidesText(lang: Lang): string {
    const deck = buildDeck(briefing, lang, box);
    const texts: string[] = [];
    for (const at of deck.slides.keys()) {
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
          strip={{ events: [call], lanes: [], laneOf: (e) => e.kind }}
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
      texts.push(document.body.textContent ?? '');
      cleanup();
    }
    return texts.join('\n');
  }

  for (const lang of ['en', 'ar'] as const) {
    it(`(${lang}) the slides on screen and the deck file name each source by its label, never by its description`, () => {
      const screenText = slidesText(lang);
      const file = planDeck({ index, briefing, lang })
        .slides.flatMap((s) => s.boxes.flatMap((b) => b.paragraphs.map(paragraphText)))
        .join('\n');
      for (const text of [screenText, file]) {
        for (const s of reporting) expect(text).toContain(sourceLabel(s, lang));
        for (const d of descriptions(lang)) expect(text).not.toContain(d);
      }
    });

    it(`(${lang}) the handout heads each source's words with its title, as its card does`, () => {
      renderIn(lang, <Handout index={index} events={[call]} title="" link="" selectedId={call.id} />);
      const heads = screen.getAllByRole('heading', { level: 3, hidden: true }).map((h) => h.textContent);
      for (const s of reporting) expect(heads).toContain(titled(s, lang));
      const page = document.body.textContent ?? '';
      for (const s of reporting) expect(page).toContain(sourceLabel(s, lang));
    });
  }
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
