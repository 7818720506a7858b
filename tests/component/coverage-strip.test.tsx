// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { indexDataset, type OutletCoverage } from '../../src/domain';
import { Accounts } from '../../src/view';
import { CoverageStrip } from '../../src/view/compare/CoverageStrip';
import { loadCorpus } from '../fixtures/corpus';
import { renderIn } from './render';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const june = dataset.events.find((e) => e.id === 'call-2024-06-25')!;
const noop = () => {};

afterEach(cleanup);

const flat = (el: HTMLElement): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the coverage at a glance over the sources (UX review 6, S2 #2)', () => {
  it('counts the June 2024 call’s sources and origins, then by the country and ownership they rest on, in English', () => {
    renderIn(
      'en',
      <Accounts
        index={index}
        event={june}
        selectedSource={null}
        selectedClaim={null}
        onSelectSource={noop}
        onSelectClaim={noop}
      />,
    );
    const strip = screen.getByRole('group', { name: 'Coverage at a glance' });
    expect(flat(strip)).toBe(
      '3 sources, 1 or 2 independent origins (one does not say its source for this event: Unnamed site citing Al Qahera News) · 1 repeats a report already counted' +
        'Their reports come from: outside knowledge, not from the article: US, government-funded broadcaster*' +
        ' · outside knowledge, not from the article: UK, private news agency*' +
        ' · outside knowledge, not from the article: Egypt, owned by United Media Services*' +
        ' * not in the article',
    );
    // The source whose account of this event credits no one is named, a way to its words; the line
    // does not say it names no source at all, as its card says what it rests on (review 10, S3-4).
    // The count is a claim row's, in its words: "1 or 2 independent origins", never "1 independent
    // report" beside rows that say "1 or 2" (review 11, S2-2).
    expect(within(strip).getByRole('button', { name: 'Unnamed site citing Al Qahera News' })).toBeTruthy();
    expect(flat(strip)).not.toMatch(/does not say its source(?! for this event)/);
    expect(flat(strip)).not.toContain('independent report');
    // A share is counted only where more than one source rests on it: two short lines.
    expect(flat(strip)).not.toContain('(1 source)');
  });

  it('says it in Arabic, with the Arabic plural forms and digits', () => {
    renderIn(
      'ar',
      <Accounts
        index={index}
        event={june}
        selectedSource={null}
        selectedClaim={null}
        onSelectSource={noop}
        onSelectClaim={noop}
      />,
    );
    const strip = screen.getByRole('group', { name: 'التغطية في لمحة' });
    expect(flat(strip)).toContain('٣ مصادر، أصل مستقل واحد أو أصلان');
    expect(flat(strip)).toContain(
      '(أحدها لا يذكر مصدر روايته لهذا الحدث: موقع غير مسمّى ينقل عن القاهرة الإخبارية)',
    );
    expect(
      within(strip).getByRole('button', { name: 'موقع غير مسمّى ينقل عن القاهرة الإخبارية' }),
    ).toBeTruthy();
    expect(flat(strip)).toContain(
      'من أين تأتي تقاريرها: معرفة من خارج المقال: الولايات المتحدة، ممولة من الحكومة الأميركية* —',
    );
    expect(flat(strip)).toContain('* معرفة من خارج المقال');
  });

  it('gives every count its Arabic plural form, and counts a source on an undescribed report apart', () => {
    const [us] = (() => {
      const outlets = dataset.outlets ?? [];
      return outlets.filter((o) => o.id === 'alhurra');
    })();
    const share = (sources: number) => ({ country: us!.country, kind: us!.kind, names: [us!.name], sources });
    const cases: [number, string][] = [
      [2, '(مصدران)'],
      [3, '(٣ مصادر)'],
      [11, '(١١ مصدرًا)'],
      [100, '(١٠٠ مصدر)'],
    ];
    for (const [n, words] of cases) {
      const outlets: OutletCoverage = { shares: [share(n)], undescribed: 2 };
      const { unmount } = renderIn(
        'ar',
        <CoverageStrip
          coverage={{ sources: n + 2, independent: 1, unknown: 0, atLeast: 1, repeats: 0 }}
          outlets={outlets}
        />,
      );
      const strip = screen.getByRole('group', { name: 'التغطية في لمحة' });
      expect(flat(strip)).toContain(words);
      expect(flat(strip)).toContain('مصدران يستندان إلى تقرير غير موصوف');
      unmount();
    }
  });

  it('has no line of outlets, and no key, where the dataset describes none', () => {
    renderIn(
      'en',
      <CoverageStrip
        coverage={{ sources: 2, independent: 2, unknown: 0, atLeast: 2, repeats: 0 }}
        outlets={{ shares: [], undescribed: 2 }}
      />,
    );
    const strip = screen.getByRole('group', { name: 'Coverage at a glance' });
    expect(flat(strip)).toBe('2 sources, 2 independent origins');
  });
});
