// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/domain';
import { createI18n, I18nProvider } from '../../src/i18n';
import { Accounts } from '../../src/view';
import type { DivergeLink } from '../../src/state';
import { loadCorpus } from '../fixtures/corpus';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const call = dataset.events.find((e) => e.id === 'call-2024-06-25')!;
const noop = () => {};

beforeEach(() => localStorage.clear());
afterEach(cleanup);

const i18n = createI18n('en');
const accounts = (link: DivergeLink) => (
  <I18nProvider i18n={i18n}>
    <Accounts
      index={index}
      event={call}
      selectedSource={null}
      selectedClaim={null}
      onSelectSource={noop}
      onSelectClaim={noop}
      divergeLink={link}
    />
  </I18nProvider>
);

describe('"Where they diverge" as the address says', () => {
  it('follows the address when Back or Forward changes it, the view staying mounted', () => {
    const { rerender } = render(accounts('open'));
    const fold = () => screen.getByRole('button', { name: /^(Show|Hide) who said what$/ });
    expect(fold().getAttribute('aria-expanded')).toBe('true');
    rerender(accounts('folded'));
    expect(fold().getAttribute('aria-expanded')).toBe('false');
    rerender(accounts('open'));
    expect(fold().getAttribute('aria-expanded')).toBe('true');
    // An address that leaves it to the reader changes nothing.
    rerender(accounts(null));
    expect(fold().getAttribute('aria-expanded')).toBe('true');
  });
});
