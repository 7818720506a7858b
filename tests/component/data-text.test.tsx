// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/domain';
import { DisplayContext } from '../../src/i18n';
import { DetailPanel } from '../../src/view';
import { loadCorpus } from '../fixtures/corpus';
import { renderIn } from './render';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const may = dataset.events.find((e) => e.id === 'call-2022-05-13')!;
afterEach(cleanup);

const detail = (lang: 'ar' | 'en', digits: 'arab' | 'latn' = 'arab') =>
  renderIn(
    lang,
    <DisplayContext.Provider value={{ months: 'both', digits }}>
      <DetailPanel index={index} event={may} onClose={() => {}} />
    </DisplayContext.Provider>,
  );

describe('notes from the data', () => {
  it('isolate each Arabic run of an English note right to left', () => {
    const { container } = detail('en');
    const note = container.querySelector('.basis-note')!;
    expect(note.textContent).toBe(may.basisNote.en);
    const runs = [...note.querySelectorAll('bdi')];
    expect(runs.map((b) => [b.textContent, b.getAttribute('dir'), b.getAttribute('lang')])).toEqual([
      ['13 أيار/مايو الماضي', 'rtl', 'ar'],
      ['13 ايار', 'rtl', 'ar'],
    ]);
  });
});

describe('numbers in text from the data', () => {
  it('follow the Arabic-Indic digit setting in the Arabic interface', () => {
    detail('ar', 'arab');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'اتصال أوستن وشويغو في ١٣ أيار/مايو ٢٠٢٢',
    );
    expect(screen.getByText(/^يقول مقالا تشرين الأول\/أكتوبر ٢٠٢٢ إن آخر محادثة/)).toBeTruthy();
  });

  it('stay Latin with the Latin setting, and in English', () => {
    detail('ar', 'latn');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(may.title.ar);
    cleanup();
    detail('en');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(may.title.en);
  });
});
