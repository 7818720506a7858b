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

    it(`(${lang}) says why the site is unnamed on each card, and that no address is recorded once, above them`, () => {
      render(lang, null);
      const why =
        lang === 'en' ? /^“Unnamed site”: this copy names no publisher$/ : /^«موقع غير مسمّى»: لا تسمّي/;
      expect(screen.getAllByText(why).length).toBeGreaterThanOrEqual(3);
      expect(screen.queryAllByRole('link', { name: /^https?:/ })).toEqual([]);
      // Said once for the event (UX review 10, S2-2), not on every card.
      const none =
        lang === 'en'
          ? 'No address is recorded for these 3 sources; each card shows the article’s full text (“Show in the article”).'
          : 'لا عنوان مسجّلًا لأيّ من هذه المصادر الـ٣؛ وتعرض كل بطاقة نص المقال كاملًا («اعرض في المقال»).';
      expect(screen.getAllByText(none)).toHaveLength(1);
      expect(screen.queryAllByText(/address/i, { selector: 'article *' })).toEqual([]);
    });

    it(`(${lang}) names once, above the cards, only the sources with no address where one has one`, () => {
      render(lang, ADDRESS);
      const note = screen.getByText(lang === 'en' ? /^No address is recorded for:/ : /^لا عنوان مسجّلًا لـ:/);
      expect(note.textContent).toContain(
        lang === 'en' ? 'Unnamed site citing Reuters' : 'موقع غير مسمّى ينقل عن رويترز',
      );
      expect(note.textContent).not.toContain(lang === 'en' ? 'Alhurra' : 'الحرة');
    });

    it(`(${lang}) an address that is not a web address stays out of any link`, () => {
      const id = render(lang, 'javascript:alert(1)');
      expect(within(card(id)).queryAllByRole('link', { name: /javascript/ })).toEqual([]);
    });
  }
});
