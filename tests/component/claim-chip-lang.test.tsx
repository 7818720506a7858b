// @vitest-environment jsdom
/**
 * A claim named under a quote is the dataset's words: an Arabic phrase inside its English text is
 * tagged as Arabic and isolated right to left, as every other piece of data text is (UX review 13,
 * S3-14: «أكد البنتاغون» inside the June 2024 call's claim was untagged).
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { QuoteView } from '../../src/view';
import { loadCorpus } from '../fixtures/corpus';
import { renderIn } from './render';

afterEach(cleanup);

const dataset = loadCorpus();
const call = dataset.events.find((e) => e.id === 'call-2024-06-25')!;
const claim = call.claims.find((c) => c.id === 'first-since-15-march-2023')!;
const quote = call.accounts.flatMap((a) => a.quotes).find((q) => q.claims.includes(claim.id))!;

it('tags the Arabic words inside an English claim as Arabic, right to left', () => {
  renderIn(
    'en',
    <QuoteView
      quote={quote}
      onShowInArticle={() => {}}
      claimLabel={(id) => (id === claim.id ? claim.text.en : id)}
    />,
  );
  const chip = screen.getByText((_, el) => el?.tagName === 'SPAN' && el.textContent === claim.text.en);
  const arabic = within(chip).getByText('أكد البنتاغون', { exact: false });
  expect(arabic.getAttribute('lang')).toBe('ar');
  expect(arabic.getAttribute('dir')).toBe('rtl');
  expect(arabic).not.toBe(chip);
});
