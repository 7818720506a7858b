// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexDataset, localizeMonths } from '../../src/domain';
import { Accounts } from '../../src/view';
import { loadCorpus } from '../fixtures/corpus';
import { renderIn } from './render';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const call = dataset.events.find((e) => e.id === 'call-2024-06-25')!;
const noop = () => {};

beforeEach(() => localStorage.clear());
afterEach(cleanup);

const renderCall = (lang: 'ar' | 'en') =>
  renderIn(
    lang,
    <Accounts
      index={index}
      event={call}
      selectedSource={null}
      selectedClaim={null}
      onSelectSource={noop}
      onSelectClaim={noop}
    />,
  );

/** The claims table's row headers, in order, with their text. */
const rowHeads = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((th) => th.closest('tr')!);

describe('claim variants in the claims table', () => {
  for (const [lang, label, single, jump, otherWords, opener] of [
    [
      'en',
      'Variant of:',
      'only one source',
      'Claims, source by source (12): 8 claims only some sources carry · 4 claims told in different words',
      'carries it in other words (see the claim above)',
      /^(Show|Hide) who said what$/,
    ],
    [
      'ar',
      'صيغة أخرى للادعاء:',
      'مصدر واحد فقط',
      'الادعاءات مصدرًا مصدرًا (١٢): ٨ ادعاءات توردها بعض المصادر دون غيرها — ٤ ادعاءات توردها المصادر كلها بصياغات مختلفة',
      'يورده بصيغة أخرى (انظر الادعاء أعلاه)',
      /^(اعرض|أخفِ) من قال ماذا$/,
    ],
  ] as const) {
    it(`(${lang}) shows each variant under its parent, labelled, and never "only one source"`, () => {
      renderCall(lang);
      const rows = rowHeads();
      const ids = rows.map((r) => r.dataset['claim']);
      const at = ids.indexOf('first-since-march-2023');
      expect(ids.slice(at + 1, at + 5)).toEqual([
        'first-since-15-march-2023',
        'first-in-over-a-year',
        'first-in-a-year',
        'first-in-15-months',
      ]);
      // As the screen names paired months (the Levantine naming by default): «آذار/مارس» as «آذار».
      const raw = call.claims.find((c) => c.id === 'first-since-march-2023')!.text[lang];
      const parentText = lang === 'ar' ? localizeMonths(raw, 'levantine') : raw;
      for (const row of rows.slice(at + 1, at + 5)) {
        const head = within(row).getByRole('rowheader');
        // Arabic shows the claim's digits as Arabic-Indic (the digit setting), the data holds Latin ones.
        const shown = (head.textContent ?? '').replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
        expect(shown).toContain(`${label} ${parentText}`);
        expect(within(head).queryByText(single)).toBeNull();
      }
      expect(rows[at]!.className).not.toContain('variant');
      // "The first time in a year" is art-001's alone; the other two say it in the parent's words.
      const aYear = rows.find((r) => r.dataset['claim'] === 'first-in-a-year')!;
      expect([...aYear.querySelectorAll('td.not-carried')].map((td) => td.lastChild?.textContent)).toEqual([
        otherWords,
        otherWords,
      ]);
      // The badge exists where it is due: a claim of its own carried by one source.
      expect(within(screen.getByRole('table')).getAllByText(single).length).toBeGreaterThan(0);
      expect(screen.getByRole('button', { name: jump })).toBeTruthy();
      // The summary's groups carry the same two counts, told apart (open for every event; folded by the
      // reader, its button opens it again).
      const fold = screen.getByRole('button', { name: opener });
      expect(fold.getAttribute('aria-expanded')).toBe('true');
      const counts = jump.slice(jump.indexOf(':') + 2);
      const parts = counts.split(lang === 'en' ? ' · ' : ' — ');
      fireEvent.click(fold);
      expect(screen.queryByRole('region', { name: parts[0]! })).toBeNull();
      fireEvent.click(fold);
      // Open, it is brief at a desk: who said what, the claims' rows a click away (review 11, S2-1).
      expect(screen.queryByRole('region', { name: parts[0]! })).toBeNull();
      const all =
        lang === 'en' ? 'All 12 claims where they part ways' : 'كل الادعاءات التي تفترق فيها الروايات (١٢)';
      fireEvent.click(screen.getByRole('button', { name: all }));
      for (const part of parts) expect(screen.getByRole('region', { name: part })).toBeTruthy();
    });
  }
});
