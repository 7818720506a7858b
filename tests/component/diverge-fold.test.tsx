// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { indexDataset, reportingSources, type Source, type SourceId } from '../../src/domain';
import { byTabName } from '../../src/view/compare/mention';
import { loadCorpus } from '../fixtures/corpus';
import { renderAccounts } from './render-accounts';

const dataset = loadCorpus();
const index = indexDataset(dataset);
const call = dataset.events.find((e) => e.id === 'call-2024-06-25')!;

afterEach(cleanup);

/** The June 2024 call as a phone's event view shows it: one source at a time, the claims folded. */
const renderFolded = (lang: 'ar' | 'en', event = call) =>
  renderAccounts(lang, index, event, { oneAtATime: true, claimsFolded: true });

describe('a phone’s cue to where the accounts diverge', () => {
  for (const [lang, name, count, claim] of [
    ['en', /^Where they diverge/, '12 claims', /^A call that is rare/],
    ['ar', /^أين تفترق الروايات/, '١٢ ادعاءً', /^اتصال نادر/],
  ] as const) {
    it(`(${lang}) is one folded line naming how many claims part ways, and opens the claims, origins and shared copy`, () => {
      renderFolded(lang);
      const cue = screen.getByRole('button', { name });
      expect(cue.getAttribute('aria-expanded')).toBe('false');
      expect(cue.textContent).toContain(count);
      // It heads the folded part, whose region it names.
      expect(screen.getByRole('heading', { level: 3, name })).toBeTruthy();
      const body = document.getElementById(cue.getAttribute('aria-controls')!)!;
      expect(body.hidden).toBe(true);
      // The first source's words come right after it, not after the claims.
      expect(screen.getAllByRole('article')).toHaveLength(1);

      fireEvent.click(cue);
      expect(cue.getAttribute('aria-expanded')).toBe('true');
      expect(body.hidden).toBe(false);
      expect(within(body).getAllByRole('button', { name: claim })).toHaveLength(1);
      expect(within(body).getByRole('note')).toBeTruthy();
      expect(body.querySelector('.coverage-line')?.textContent).toMatch(
        lang === 'en' ? /3 sources/ : /٣ مصادر/,
      );
      fireEvent.click(cue);
      expect(body.hidden).toBe(true);
    });
  }
});

describe('where two accounts of one claim differ only in their words', () => {
  const chiefs = dataset.events.find((e) => e.id === 'chiefs-call-2022-05-19')!;
  for (const [lang, name, said] of [
    ['en', /^Where they diverge/, '1 claim told in different words'],
    ['ar', /^أين تفترق الروايات/, 'ادعاء واحد تورده المصادر كلها بصياغات مختلفة'],
  ] as const)
    it(`(${lang}) says so once, not in a heading and again in the group's`, () => {
      renderFolded(lang, chiefs);
      fireEvent.click(screen.getByRole('button', { name }));
      const body = document.getElementById(
        screen.getByRole('button', { name }).getAttribute('aria-controls')!,
      )!;
      const lines = [...body.querySelectorAll('p, h3, h4, h5')].filter((e) => e.textContent?.includes(said));
      expect(lines).toHaveLength(1);
      // The group is still named for assistive technology.
      expect(within(body).getByRole('region', { name: said })).toBeTruthy();
    });
});

describe('under tabs, where they diverge names each unnamed site by its tab (S3-1)', () => {
  for (const [lang, only, not, once, whole] of [
    [
      'en',
      'only in Reuters',
      'not in Al Qahera News',
      /^Sources are named here as on their tabs: an article that names no site/,
      /unnamed site citing Al Qahera News/,
    ],
    [
      'ar',
      'ينفرد به رويترز',
      'لا يرد في القاهرة الإخبارية',
      /^المصادر مسمّاة هنا كما في تبويباتها/,
      /موقع غير مسمّى ينقل عن القاهرة الإخبارية/,
    ],
  ] as const) {
    it(`(${lang}) "${only}", what the names stand for said once, the whole name at a desk`, () => {
      renderFolded(lang);
      const lines = [...document.querySelectorAll('.diverge-which')].map((e) => e.textContent);
      expect(lines).toContain(only);
      expect(lines).toContain(not);
      expect(lines.join(' ')).not.toMatch(whole);
      expect(screen.getAllByText(once)).toHaveLength(1);
      cleanup();
      // At a desk every source's card stands side by side under its whole name: the lines say it too.
      renderAccounts(lang, index, call);
      expect(screen.queryAllByText(once)).toHaveLength(0);
      expect(document.querySelector('.diverge')?.textContent).toMatch(whole);
    });
  }

  it('keeps the whole name of two copies credited to the same report, so neither passes for the other', () => {
    const [a, b] = reportingSources(index, call);
    const copy: Source = {
      ...b!,
      id: 'copy' as SourceId,
      restsOn: a!.restsOn ?? [],
      outletBasis: a!.outletBasis,
    };
    expect(byTabName(a!, [a!, b!], 'en')).toBe(true);
    expect(byTabName(a!, [a!, b!, copy], 'en')).toBe(false);
    // A site the article names is its own name already.
    expect(byTabName({ ...a!, outletBasis: 'stated' }, [a!, b!], 'en')).toBe(false);
  });
});
