// @vitest-environment jsdom
/**
 * The printed handout writes where to find a source as the source's card does: a web address only
 * (`sourceAddress`), its letters decoded (`readableAddress`).
 */
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { indexDataset, readableAddress, reportingSources, type Dataset } from '../../src/domain';
import { Handout } from '../../src/view/present/Handout';
import { loadCorpus } from '../fixtures/corpus';
import { writers } from '../support/source-files';
import { renderIn } from './render';

const base = loadCorpus();
const call = base.events.find((e) => e.id === 'call-2024-06-25')!;
const [first, second] = reportingSources(indexDataset(base), call).map((s) => s.id);
const ARABIC = 'https://example.org/%D8%A7%D9%84%D8%AE%D8%A8%D8%B1/1';
const dataset: Dataset = {
  ...base,
  sources: base.sources.map((s) =>
    s.id === first ? { ...s, url: ARABIC } : s.id === second ? { ...s, url: 'javascript:alert(1)' } : s,
  ),
};
const index = indexDataset(dataset);

afterEach(cleanup);

describe("the handout's sources", () => {
  it.each(['en', 'ar'] as const)(
    'in %s print a web address as the card shows it, and nothing else',
    (lang) => {
      renderIn(lang, <Handout index={index} events={[call]} title="" link="" selectedId={call.id} />);
      const list = document.querySelector('[data-sources]')!;
      expect(list.textContent).toContain('https://example.org/الخبر/1');
      expect(list.textContent).not.toContain('%D8');
      expect(list.textContent).not.toContain('javascript:');
      // The card's text for the same address (`SourcePanel`; its link keeps the address as recorded).
      expect(list.textContent).toContain(readableAddress(ARABIC));
    },
  );

  it('no view writes a recorded address as it stands', () => {
    expect(writers(/\{\s*\w+\.url\s*\}/u, [])).toEqual([]);
  });
});
