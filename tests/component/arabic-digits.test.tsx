// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { indexDataset, resolveBriefing, storyBriefing } from '../../src/domain';
import { DisplayContext } from '../../src/i18n';
import { Accounts, buildDeck } from '../../src/view';
import { PresentView } from '../../src/view/present/PresentView';
import { loadCorpus } from '../fixtures/corpus';
import { renderIn } from './render';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const call = dataset.events.find((e) => e.id === 'call-2024-06-25')!;
const noop = () => {};
const LATIN = /[0-9]/u;
const ARABIC_INDIC = /[\u0660-\u0669]/u;
afterEach(cleanup);

const accounts = (digits: 'arab' | 'latn') =>
  renderIn(
    'ar',
    <DisplayContext.Provider value={{ months: 'levantine', digits }}>
      <Accounts
        index={index}
        event={call}
        selectedSource={null}
        selectedClaim={null}
        onSelectSource={noop}
        onSelectClaim={noop}
      />
    </DisplayContext.Provider>,
  );

describe('digits in the Arabic reading screens: the interface’s numbers follow the setting, the data’s keep their own', () => {
  it('give the claim labels beside a quote the digits they are written with, as the quotes keep theirs', () => {
    // Trial 15: a claim «زلزال بقوة ٦ درجات» beside the quote «بقوة 6 درجات» showed one figure two ways.
    for (const digits of ['arab', 'latn'] as const) {
      const { container } = accounts(digits);
      const chips = [...container.querySelectorAll('.claim-chip')].map((c) => c.textContent ?? '');
      expect(chips).toContain('لأول مرة منذ 15 شهرًا');
      expect(chips).toContain('أول اتصال من نوعه منذ آذار 2023');
      expect(chips.filter((c) => ARABIC_INDIC.test(c))).toEqual([]);
      // The quotes are the articles' exact words, Latin digits and all.
      const quotes = [...container.querySelectorAll('blockquote')].map((q) => q.textContent);
      expect(quotes).toEqual(call.accounts.flatMap((a) => a.quotes.map((q) => q.text)));
      expect(quotes.some((q) => LATIN.test(q ?? ''))).toBe(true);
      // The dates the interface writes follow the setting.
      const dates = [...container.querySelectorAll('time')].map((t) => t.textContent ?? '');
      expect(dates.length).toBeGreaterThan(0);
      expect(dates.every((d) => (digits === 'arab' ? !LATIN.test(d) : !ARABIC_INDIC.test(d)))).toBe(true);
      cleanup();
    }
    // A middle dot beside Arabic-Indic digits reads as a zero («· ٢٦» as «٠٢٦»): Arabic parts are joined otherwise.
    expect(accounts('arab').container.textContent).not.toContain('·');
  });

  it('give the presented slides the data’s digits as the detail panel does', () => {
    const box = { width: 1800, height: 900, fontPx: 28 };
    const deck = buildDeck(resolveBriefing(index, storyBriefing(dataset.title, [call.id])), 'ar', box);
    const slidesOf = (kind: 'intro' | 'diverge') =>
      deck.slides.flatMap((s, i) => (s.kind === 'event' && s.slide.kind === kind ? [i] : []));
    const present = (at: number) => {
      return renderIn(
        'ar',
        <PresentView
          role="audience"
          index={index}
          deck={deck}
          at={at}
          datasetTitle={dataset.title.ar}
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
    };
    // The claims run over as many divergence slides as they need: read them all.
    const diverging = slidesOf('diverge');
    expect(diverging.length).toBeGreaterThan(0);
    const claims = diverging.flatMap((at) => {
      present(at);
      const here = [...document.querySelectorAll('.present-claim')].map((c) => c.textContent ?? '');
      cleanup();
      return here;
    });
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.join(' ')).toContain('آذار 2023');
    expect(claims.filter((c) => ARABIC_INDIC.test(c))).toEqual([]);
    const [intro] = slidesOf('intro');
    expect(intro).toBeDefined();
    present(intro!);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toBe(call.title.ar);
    const summary = document.querySelector('.present-intro section p')?.textContent ?? '';
    expect(summary).toContain('منذ آذار 2023');
    expect(summary).not.toMatch(ARABIC_INDIC);
  });
});
