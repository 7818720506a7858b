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

describe('digits in the Arabic reading screens follow the setting, except inside quotes (S3-5)', () => {
  it("give the claim labels beside a quote the setting's digits, and leave the quotes as printed", () => {
    const { container } = accounts('arab');
    const chips = [...container.querySelectorAll('.claim-chip')].map((c) => c.textContent ?? '');
    expect(chips).toContain('لأول مرة منذ ١٥ شهرًا');
    expect(chips).toContain('أول اتصال من نوعه منذ آذار ٢٠٢٣');
    expect(chips.filter((c) => LATIN.test(c))).toEqual([]);
    // A middle dot beside Arabic-Indic digits reads as a zero («· ٢٦» as «٠٢٦»): Arabic parts are joined otherwise.
    expect(container.textContent).not.toContain('·');
    // The quotes are the articles' exact words, Latin digits and all.
    const quotes = [...container.querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes).toEqual(call.accounts.flatMap((a) => a.quotes.map((q) => q.text)));
    expect(quotes.some((q) => LATIN.test(q ?? ''))).toBe(true);
  });

  it('keep Latin digits with the Latin setting', () => {
    const { container } = accounts('latn');
    const chips = [...container.querySelectorAll('.claim-chip')].map((c) => c.textContent ?? '');
    expect(chips).toContain('لأول مرة منذ 15 شهرًا');
  });

  it('give the presented slides the same digits as the detail panel', () => {
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
    expect(claims.join(' ')).toContain('آذار ٢٠٢٣');
    expect(claims.filter((c) => LATIN.test(c))).toEqual([]);
    const [intro] = slidesOf('intro');
    expect(intro).toBeDefined();
    present(intro!);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).not.toMatch(LATIN);
    const summary = document.querySelector('.present-intro section p')?.textContent ?? '';
    expect(summary).not.toBe('');
    expect(summary).not.toMatch(LATIN);
  });
});
