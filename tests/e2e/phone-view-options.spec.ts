/**
 * A phone's first screen goes to where to start: the filters, the lanes and the date display fold
 * behind one "View options" button (UX review 6, S3 #10), and an upright tablet's too (review 12p, S3-2).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const W = {
  en: {
    start: 'Start here',
    options: 'View options',
    filters: 'Filters',
    lanes: 'Lanes',
    dates: 'Date display',
    toList: /^List of events/,
    moves: 'Zoom and move',
    moved: ['Zoom in', 'Zoom out', 'Back to the main story', 'Show all events', 'Previous event'],
    earlier: '2 earlier events',
  },
  ar: {
    start: 'ابدأ من هنا',
    options: 'خيارات العرض',
    filters: 'تصفية',
    lanes: 'المسارات',
    dates: 'عرض التواريخ',
    toList: /^قائمة الأحداث/,
    moves: 'التكبير والتحريك',
    moved: ['تكبير', 'تصغير', 'العودة إلى صلب القصة', 'عرض كل الأحداث', 'الحدث السابق'],
    earlier: 'حدثان سابقان',
  },
} as const;

/**
 * The moves through time fold behind one button beside the way to the list, a tap away, and the count of
 * the events outside the window is drawn as the buttons at rest are, not grey as if pressed (UX review
 * 13p, S3-2).
 */
async function movesFolded(page: Page, lang: 'en' | 'ar'): Promise<void> {
  const w = W[lang];
  const moved = w.moved.map((name) => page.getByRole('button', { name, exact: true }));
  for (const c of moved) await expect(c).toBeHidden();
  const moves = page.getByRole('button', { name: w.moves, exact: true });
  const toList = page.getByRole('button', { name: w.toList });
  await expect(moves).toHaveAttribute('aria-expanded', 'false');
  const [a, b] = [(await moves.boundingBox())!, (await toList.boundingBox())!];
  expect(Math.abs(a.y - b.y)).toBeLessThan(2);
  const background = (l: Locator): Promise<string> => l.evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(await background(page.getByRole('button', { name: w.earlier }))).toBe(await background(toList));
  await moves.tap();
  await expect(moves).toHaveAttribute('aria-expanded', 'true');
  for (const c of moved) await expect(c).toBeVisible();
  await moves.tap();
  for (const c of moved) await expect(c).toBeHidden();
}

test.describe('a phone, 390×844, touch: the first screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const lang of ['en', 'ar'] as const)
    test(`(${lang}) "Start here" comes right under the search; every view option is one tap away, and the moves through time behind one more`, async ({
      page,
    }) => {
      await openApp(page, `lang=${lang}`);
      const w = W[lang];
      const start = page.getByRole('heading', { name: w.start });
      await expect(start).toBeVisible();
      const search = (await page.getByRole('searchbox').boundingBox())!;
      const options = page.getByRole('button', { name: w.options });
      // The button shares the search's row.
      const button = (await options.boundingBox())!;
      expect(Math.abs(button.y + button.height / 2 - (search.y + search.height / 2))).toBeLessThan(4);
      expect(button.height).toBeGreaterThanOrEqual(36);
      await expect(options).toHaveAttribute('aria-expanded', 'false');
      const filters = page.getByText(w.filters, { exact: true });
      const lanes = page.getByRole('combobox', { name: w.lanes });
      const dates = page.getByText(w.dates, { exact: true });
      for (const c of [filters, lanes, dates]) await expect(c).toBeHidden();
      // Before, the three took a row of about 40 px (two at some widths) above "Start here".
      expect((await start.boundingBox())!.y - (search.y + search.height)).toBeLessThan(40);

      await options.tap();
      await expect(options).toHaveAttribute('aria-expanded', 'true');
      for (const c of [filters, lanes, dates]) await expect(c).toBeVisible();
      await lanes.selectOption('side');
      await expect.poll(() => new URL(page.url()).searchParams.get('lanes')).toBe('side');
      await filters.tap();
      await expect(page.getByRole('group').first()).toBeVisible();
      await page.keyboard.press('Escape');
      await options.tap();
      await expect(options).toHaveAttribute('aria-expanded', 'false');
      await expect(lanes).toBeHidden();
      await movesFolded(page, lang);
    });
});

test.describe('a tablet held upright, 768×1024, touch: the bar', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });
  for (const lang of ['en', 'ar'] as const)
    test(`(${lang}) folds the filters, lanes and date display behind "View options" too (review 12p, S3-2), and the moves through time behind one more`, async ({
      page,
    }) => {
      await openApp(page, `lang=${lang}`);
      const w = W[lang];
      const start = page.getByRole('heading', { name: w.start });
      await expect(start).toBeVisible();
      const options = page.getByRole('button', { name: w.options });
      await expect(options).toHaveAttribute('aria-expanded', 'false');
      const lanes = page.getByRole('combobox', { name: w.lanes });
      for (const c of [
        page.getByText(w.filters, { exact: true }),
        lanes,
        page.getByText(w.dates, { exact: true }),
      ])
        await expect(c).toBeHidden();
      // "Start here" right under the search's row.
      const search = (await page.getByRole('searchbox').boundingBox())!;
      expect((await start.boundingBox())!.y - (search.y + search.height)).toBeLessThan(40);
      await options.tap();
      await expect(lanes).toBeVisible();
      await movesFolded(page, lang);
    });
});
