// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/domain';
import { Accounts, WordDiffView } from '../../src/view';
import { loadCorpus } from '../fixtures/corpus';
import { renderIn } from './render';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const call = dataset.events.find((e) => e.id === 'call-2024-06-25')!;
const noop = () => {};

afterEach(cleanup);

/** The accounts of the June 2024 call, nothing chosen yet. */
const renderAccounts = (lang: 'ar' | 'en', onSelectSource: (id: string | null) => void = noop) =>
  renderIn(
    lang,
    <Accounts
      index={index}
      event={call}
      selectedSource={null}
      selectedClaim={null}
      onSelectSource={onSelectSource}
      onSelectClaim={noop}
    />,
  );

describe('Accounts', () => {
  it('gives each reporting source a panel with its exact Arabic words, in Arabic', () => {
    renderAccounts('ar');
    const panels = screen.getAllByRole('article');
    expect(panels).toHaveLength(call.accounts.length);
    const first = call.accounts[0]!;
    const quotes = within(panels[0]!).getAllByText((_, el) => el?.tagName === 'BLOCKQUOTE');
    expect(quotes.map((q) => q.textContent)).toEqual(first.quotes.map((q) => q.text));
    expect(quotes.every((q) => q.getAttribute('lang') === 'ar' && q.getAttribute('dir') === 'rtl')).toBe(
      true,
    );
    // The English rendering is behind a one-click disclosure.
    expect(within(panels[0]!).getAllByText('الترجمة الإنجليزية')).toHaveLength(first.quotes.length);
    // Its other two sources came out in October 2022: set apart, not said to leave it out.
    expect(screen.getByText('كل مصادر البيانات المنشورة منذ وقوعه تذكر هذا الحدث.')).toBeTruthy();
  });

  it('shows translations marked as such in English, and reports a source choice', () => {
    let chosen: string | null = null;
    renderAccounts('en', (id) => (chosen = id));
    const panels = screen.getAllByRole('article');
    expect(panels.flatMap((p) => within(p).getAllByText('Translation:')).length).toBe(
      call.accounts.reduce((n, a) => n + a.quotes.length, 0),
    );
    fireEvent.click(screen.getAllByRole('button', { name: 'Unnamed site citing Reuters' })[0]!);
    expect(chosen).toBe(call.accounts[1]!.source);
  });

  it('lays out the claims with a column per source and says where a source is silent', () => {
    renderAccounts('en');
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader')).toHaveLength(call.accounts.length + 1);
    expect(within(table).getAllByRole('row')).toHaveLength(call.claims.length + 1);
    expect(within(table).getAllByText('does not carry this claim').length).toBeGreaterThan(0);
    expect(within(table).getAllByText('only one source').length).toBeGreaterThan(0);
  });
});

describe('WordDiffView', () => {
  it('keeps the original text and marks only the differing words', () => {
    const a = 'قال المتحدث للصحفيين إن أوستن بدأ المحادثة.';
    const b = 'قال المتحدث، اللواء، إن أوستن بدأ المحادثة.';
    const { container } = renderIn(
      'ar',
      <WordDiffView a={{ name: 'أ', text: a }} b={{ name: 'ب', text: b }} />,
    );
    const sides = container.querySelectorAll('.diff-text');
    expect(sides[0]?.textContent).toBe(a);
    expect(sides[1]?.textContent).toBe(b);
    expect([...container.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['للصحفيين']);
    expect([...container.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['اللواء']);
    expect(screen.getByText('٨٦٪ من الكلمات مشتركة')).toBeTruthy();
  });
});
