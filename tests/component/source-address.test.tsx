// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { indexDataset, reportingSources } from '../../src/domain';
import { Accounts } from '../../src/view';
import { loadCorpus } from '../fixtures/corpus';
import { renderIn } from './render';

afterEach(cleanup);

const noop = (): void => undefined;
const ADDRESS = 'https://example.org/news/2024/06/26/call';

/** The June 2024 call, its first source given an address as a dataset may record one. */
function render(lang: 'en' | 'ar', address: string | null) {
  const base = loadCorpus();
  const call = base.events.find((e) => e.id === 'call-2024-06-25')!;
  const first = reportingSources(indexDataset(base), call)[0]!;
  const dataset = {
    ...base,
    sources: base.sources.map((s) => (s.id === first.id ? { ...s, url: address } : s)),
  };
  renderIn(
    lang,
    <Accounts
      index={indexDataset(dataset)}
      event={call}
      selectedSource={null}
      selectedClaim={null}
      onSelectSource={noop}
      onSelectClaim={noop}
    />,
  );
  return first.id;
}

const card = (id: string): HTMLElement =>
  screen.getAllByRole('article').find((a) => a.getAttribute('data-source') === id)!;

describe('where a copy came from, in its card (S2-3)', () => {
  for (const lang of ['en', 'ar'] as const) {
    // Trial 5 (S3-3): an Arabic address was printed as lines of «%D8%A7…».
    it(`(${lang}) shows a percent-encoded Arabic address decoded, and links to it as recorded`, () => {
      const encoded = `https://a5r5br.net/${encodeURIComponent('انقطاع-الكهرباء')}/`;
      const id = render(lang, encoded);
      const link = within(card(id)).getByRole('link', { name: 'https://a5r5br.net/انقطاع-الكهرباء/' });
      expect(link.getAttribute('href')).toBe(encoded);
    });

    it(`(${lang}) links to the address the dataset records, shown as the address, opened only on a click`, () => {
      const id = render(lang, ADDRESS);
      const link = within(card(id)).getByRole('link', { name: ADDRESS });
      expect(link.getAttribute('href')).toBe(ADDRESS);
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('dir')).toBe('ltr');
    });

    it(`(${lang}) says why the site is unknown where no site is named and no address recorded`, () => {
      render(lang, null);
      const why =
        lang === 'en' ? /^“Site unknown”: this copy names no publisher/ : /^«الموقع غير معروف»: لا تسمّي/;
      expect(screen.getAllByText(why).length).toBeGreaterThanOrEqual(3);
      expect(screen.queryAllByRole('link', { name: /^https?:/ })).toEqual([]);
    });

    it(`(${lang}) an address that is not a web address stays out of any link`, () => {
      const id = render(lang, 'javascript:alert(1)');
      expect(within(card(id)).queryAllByRole('link', { name: /javascript/ })).toEqual([]);
    });
  }
});
