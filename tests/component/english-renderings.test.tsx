// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { claimMatrix, indexDataset, reportingSources } from '../../src/domain';
import { ArticleReader, ClaimsView, WordDiffView } from '../../src/view';
import { loadCorpus } from '../fixtures/corpus';
import { renderIn } from './render';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const call = dataset.events.find((e) => e.id === 'call-2024-06-25')!;
const reporting = reportingSources(index, call);
const rows = claimMatrix(call, reporting);

afterEach(cleanup);

/** The claims of the June 2024 call, with the claim choice kept as the app's store would keep it. */
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

describe('the claims matrix in English', () => {
  it('gives every quote in a cell its marked English rendering beside the Arabic words', () => {
    renderIn('en', <Claims />);
    const table = screen.getByRole('table');
    const quotes = rows.flatMap((r) => r.cells.flatMap((c) => c.quotes));
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      const arabic = within(table).getAllByText(
        (_, el) => el?.tagName === 'P' && el.getAttribute('lang') === 'ar' && el.textContent === q.text,
      )[0]!;
      expect(arabic.getAttribute('lang')).toBe('ar');
      expect(arabic.getAttribute('dir')).toBe('rtl');
      const pair = arabic.parentElement!;
      const rendering = within(pair).getByText(
        (_, el) => el?.tagName === 'P' && el.getAttribute('lang') === 'en',
      );
      expect(rendering.textContent).toBe(`Translation: ${q.en}`);
      expect(within(rendering).getByText('Translation:').getAttribute('title')).toMatch(/made for Riwayat/);
    }
  }, 20_000);

  it('shows only the Arabic words in the Arabic interface', () => {
    renderIn('ar', <Claims />);
    expect(screen.queryByText('Translation:')).toBeNull();
  });

  it('opens "Compare wording" in the row right under its claim, focused, with both renderings', () => {
    renderIn('en', <Claims />);
    const row = rows.find((r) => r.wordedDifferently)!;
    const claimRow = screen.getAllByRole('row').find((tr) => tr.getAttribute('data-claim') === row.claim.id)!;
    fireEvent.click(within(claimRow).getByRole('button', { name: 'Compare wording' }));
    const next = claimRow.nextElementSibling as HTMLElement;
    const heading = within(next).getByRole('heading', { name: /^Word by word/ });
    expect(document.activeElement).toBe(heading);
    // The Arabic diff stays; the renderings of both compared sources follow it, marked.
    expect(next.querySelectorAll('.diff-text[lang="ar"][dir="rtl"]')).toHaveLength(2);
    const carrying = row.cells.filter((c) => c.quotes.length > 0).slice(0, 2);
    for (const c of carrying)
      for (const q of c.quotes)
        expect(
          within(next).getByText((_, el) => el?.tagName === 'P' && el.textContent === `Translation: ${q.en}`),
        ).toBeTruthy();
    fireEvent.click(within(claimRow).getByRole('button', { name: 'Hide comparison' }));
    expect(
      within(next.parentElement ?? document.body).queryByRole('heading', { name: /^Word by word/ }),
    ).toBeNull();
  }, 20_000);
});

describe('the word diff', () => {
  const a = {
    name: 'A',
    text: 'قال المتحدث إن أوستن بدأ المحادثة.',
    en: ['The spokesman said Austin began the call.'],
  };
  const b = {
    name: 'B',
    text: 'قال المتحدث، اللواء، إن أوستن بدأ المحادثة.',
    en: ['The spokesman, the general, said Austin began the call.'],
  };

  it('puts both renderings under the Arabic comparison in English', () => {
    renderIn('en', <WordDiffView a={a} b={b} />);
    expect(screen.getByText(/The words compared above are the Arabic originals/)).toBeTruthy();
    for (const en of [...a.en, ...b.en])
      expect(screen.getByText(en, { exact: false }).textContent).toBe(`Translation: ${en}`);
  });

  it('leaves them out in Arabic', () => {
    renderIn('ar', <WordDiffView a={a} b={b} />);
    expect(screen.queryByText(a.en[0]!, { exact: false })).toBeNull();
  });
});

describe('the article reader', () => {
  const account = call.accounts[0]!;
  const quote = account.quotes[0]!;
  const source = index.sources.get(account.source)!;
  const open = (lang: 'ar' | 'en') =>
    renderIn(
      lang,
      <ArticleReader
        source={source}
        current={quote}
        quoted={account.quotes}
        translation={quote.en}
        onClose={() => {}}
      />,
    );

  it('shows the chosen passage’s rendering right under it in English, and says the article has none', () => {
    const { container } = open('en');
    const mark = container.querySelector('.reader-text mark.seg-current')!;
    expect(mark.textContent).toBe(quote.text);
    const next = mark.nextElementSibling!;
    expect(next.getAttribute('lang')).toBe('en');
    expect(next.textContent).toBe(`Translation: ${quote.en}`);
    expect(screen.getByText(/Riwayat has English renderings only of the passages it quotes/)).toBeTruthy();
    // The article's own text is untouched.
    const text = container.querySelector('.reader-text')!;
    expect(text.getAttribute('lang')).toBe('ar');
    expect(text.textContent!.replace(next.textContent!, '')).toBe(source.text);
  });

  it('shows no rendering in Arabic and keeps the date clear of a middle dot', () => {
    const { container } = open('ar');
    expect(container.querySelector('.reader-text [lang="en"]')).toBeNull();
    expect(container.querySelector('.reader-sub')!.textContent).not.toContain('·');
  });
});
