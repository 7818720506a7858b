// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/domain';
import { loadCorpus } from '../fixtures/corpus';
import { renderAccounts } from './render-accounts';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const summoned = dataset.events.find((e) => e.id === 'us-ambassador-summoned-2024-06-24')!;

afterEach(cleanup);

const flat = (el: HTMLElement): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('an event one source tells says so in plain words (review 12p, S3-11)', () => {
  for (const [lang, label, said] of [
    [
      'en',
      'Coverage at a glance',
      'Only one source tells this event.' +
        'Its report comes from Reuters: UK, private news agency (outside knowledge, not from the article)',
    ],
    [
      'ar',
      'التغطية في لمحة',
      'لا يروي هذا الحدث إلا مصدر واحد.' +
        'يأتي تقريره من رويترز: بريطانيا، وكالة أنباء خاصة (معرفة من خارج المقال)',
    ],
  ] as const)
    it(`(${lang}) with who its report comes from, no count of one and no starred key`, () => {
      renderAccounts(lang, index, summoned, { oneAtATime: true, claimsFolded: true });
      const line = screen.getByRole('group', { name: label });
      expect(flat(line)).toBe(said);
      expect(flat(line)).not.toMatch(/independent|مستقل|\*/);
    });
});
