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
  it('keep the digits they are written with, while the date the interface writes follows the setting', () => {
    // A title typed with Latin digits reads as typed, as a quote keeps its article's digits (trial 15:
    // «زلزال بقوة ٦ درجات» in a claim beside the quote's «6»).
    detail('ar', 'arab');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(may.title.ar);
    expect(may.title.ar).toBe('اتصال أوستن وشويغو في 13 أيار/مايو 2022');
    expect(screen.getByText(/^يقول مقالا تشرين الأول\/أكتوبر 2022 إن آخر محادثة/)).toBeTruthy();
    expect(document.querySelector('time')?.textContent).toBe('١٣ أيار/مايو ٢٠٢٢');
  });

  it('keep them with the Latin setting too, and in English', () => {
    detail('ar', 'latn');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(may.title.ar);
    expect(document.querySelector('time')?.textContent).toBe('13 أيار/مايو 2022');
    cleanup();
    detail('en');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(may.title.en);
  });

  it('written with Arabic-Indic digits, keep those whatever the setting', () => {
    const typed = { ...may, title: { ...may.title, ar: 'زلزال بقوة ٦ درجات' } };
    for (const digits of ['arab', 'latn'] as const) {
      renderIn(
        'ar',
        <DisplayContext.Provider value={{ months: 'both', digits }}>
          <DetailPanel index={index} event={typed} onClose={() => {}} />
        </DisplayContext.Provider>,
      );
      expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('زلزال بقوة ٦ درجات');
      cleanup();
    }
  });
});
