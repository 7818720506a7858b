// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/domain';
import { claimMatrix, indexDataset, reportingSources, sourceLabel } from '../../src/domain';
import { ClaimsView } from '../../src/view';
import { loadCorpus } from '../fixtures/corpus';
import { renderIn } from './render';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const call = dataset.events.find((e) => e.id === 'call-2024-06-25')!;
const reporting = reportingSources(index, call);
const rows = claimMatrix(call, reporting);

afterEach(cleanup);

function Claims() {
  const [claim, setClaim] = useState<string | null>(null);
  return (
    <ClaimsView
      index={index}
      rows={rows}
      sources={reporting}
      selectedClaim={claim}
      onSelectClaim={setClaim}
    />
  );
}

const names = (el: HTMLElement): string[] =>
  [...el.querySelectorAll('.diff-name bdi')].slice(0, 2).map((b) => b.textContent ?? '');

describe('Compare wording: any source with any other (D14)', () => {
  const row = rows.find((r) => r.wordedDifferently && r.cells.filter((c) => c.quotes.length > 0).length > 2)!;
  const carrying = row.cells.filter((c) => c.quotes.length > 0).map((c) => c.source);

  it.each<[Lang, string, string, string]>([
    ['en', 'Compare wording', 'Compare the words of', 'with the words of'],
    ['ar', 'قارن الصياغة', 'قارن كلمات', 'مع كلمات'],
  ])('in %s both sides are chosen from every source that carries the claim', (lang, button, a, b) => {
    expect(carrying.length).toBeGreaterThan(2);
    renderIn(lang, <Claims />);
    const claimRow = screen.getAllByRole('row').find((tr) => tr.getAttribute('data-claim') === row.claim.id)!;
    fireEvent.click(within(claimRow).getByRole('button', { name: button }));
    const panel = claimRow.nextElementSibling as HTMLElement;
    const left = within(panel).getByRole('combobox', { name: a });
    const right = within(panel).getByRole('combobox', { name: b });
    // Each source named as its column and card name it (`sourceLabel`), not by the dataset's description.
    const outlets = carrying.map((s) => sourceLabel(s, lang));
    for (const select of [left, right])
      expect(
        within(select)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(outlets);
    expect(names(panel)).toEqual([outlets[0], outlets[1]]);
    // The second and third sources, neither of them the first: the pair the old panel could not show.
    fireEvent.change(left, { target: { value: carrying[2]!.id } });
    expect(names(panel)).toEqual([outlets[2], outlets[1]]);
    // Choosing the other side's source swaps the two.
    fireEvent.change(right, { target: { value: carrying[2]!.id } });
    expect(names(panel)).toEqual([outlets[1], outlets[2]]);
  });
});
