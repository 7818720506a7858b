// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/domain';
import { Accounts } from '../../src/view';
import { loadCorpus } from '../fixtures/corpus';
import { renderIn } from './render';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const event = (id: string) => dataset.events.find((e) => e.id === id)!;
const noop = () => {};

beforeEach(() => localStorage.clear());
afterEach(cleanup);

/** An event's accounts as a desk shows them: "Where they diverge" open, for every event (review 10, S3-1). */
const openAtDesk = (lang: 'ar' | 'en', id: string) => {
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
  // Open as it comes, with no click: the button offers to hide it.
  screen.getByRole('button', {
    name: lang === 'en' ? /^Hide (who said what|the claims)$/ : /^أخفِ (من قال ماذا|الادعاءات)$/,
  });
  // In brief (UX review 11, S2-1): the rest of the claims a click away.
  const all = screen.queryByRole('button', {
    name:
      lang === 'en'
        ? /^(All \d+ claims|The claim) where/
        : /^(كل الادعاءات التي|الادعاء الذي|الادعاءان اللذان) تفترق/,
  });
  if (all !== null) fireEvent.click(all);
  return screen.getByRole('region', { name: lang === 'en' ? /^Where they diverge/ : /^أين تفترق الروايات/ });
};

const W = {
  en: {
    headline: 'Where they diverge: United States vs Russia · 12 claims',
    who: 'Who said what',
    us: 'United States',
    russia: 'Russia',
    ryder: 'according to Patrick Ryder',
    ministry: 'according to Russian Ministry of Defence',
    warning: /^Belousov warned of the danger/,
    missing: '8 claims only some sources carry',
    worded: '4 claims told in different words',
  },
  ar: {
    headline: 'أين تفترق الروايات: الولايات المتحدة مقابل روسيا — ١٢ ادعاءً',
    who: 'من قال ماذا',
    us: 'الولايات المتحدة',
    russia: 'روسيا',
    ryder: 'بحسب باتريك رايدر',
    ministry: 'بحسب وزارة الدفاع الروسية',
    warning: /^حذّر بيلوسوف|^حذر بيلوسوف/,
    missing: '٨ ادعاءات توردها بعض المصادر دون غيرها',
    worded: '٤ ادعاءات توردها المصادر كلها بصياغات مختلفة',
  },
} as const;

describe('where the accounts diverge, who said what first (UX review 5, S2 #3)', () => {
  for (const lang of ['en', 'ar'] as const) {
    const w = W[lang];
    it(`(${lang}) sets the US readout of the June 2024 call against the Russian one, each claim with who said it and where it is`, () => {
      const diverge = openAtDesk(lang, 'call-2024-06-25');
      expect(within(diverge).getByRole('heading', { level: 3 }).textContent).toBe(w.headline);
      const who = within(diverge).getByRole('region', { name: w.who });
      const us = within(who).getByRole('region', { name: w.us });
      const russia = within(who).getByRole('region', { name: w.russia });
      // The sides in the dataset's order, the US first, then Russia.
      expect(us.compareDocumentPosition(russia) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(within(us).getAllByRole('listitem')).toHaveLength(2);
      expect(within(us).getAllByRole('listitem')[0]!.textContent).toContain(w.ryder);
      const warning = within(russia)
        .getAllByRole('listitem')
        .find((li) => within(li).queryByRole('button', { name: w.warning }) !== null);
      expect(warning?.textContent).toContain(w.ministry);
      // Who said what comes before the claims counted by how the sources carry them.
      const missing = within(diverge).getByRole('region', { name: w.missing });
      expect(who.compareDocumentPosition(missing) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    });

    it(`(${lang}) lists what its heading counts, under the heading's own words (UX review 5, S2 #4)`, () => {
      const diverge = openAtDesk(lang, 'call-2024-06-25');
      expect(
        within(within(diverge).getByRole('region', { name: w.missing })).getAllByRole('listitem'),
      ).toHaveLength(8);
      expect(
        within(within(diverge).getByRole('region', { name: w.worded })).getAllByRole('listitem'),
      ).toHaveLength(4);
      // Nothing is held back behind a "Show all": the rows are the counts.
      expect(within(diverge).queryByRole('button', { name: /^Show all|^اعرض الادعاءات/ })).toBeNull();
    });
  }

  it('has no "who said what" where the claims are attributed to one side only', () => {
    const diverge = openAtDesk('en', 'call-2023-03-15');
    expect(within(diverge).queryByRole('region', { name: 'Who said what' })).toBeNull();
    expect(within(diverge).getByRole('heading', { level: 3 }).textContent).not.toMatch(/ vs /);
  });
});
