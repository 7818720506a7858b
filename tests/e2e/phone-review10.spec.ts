/**
 * A phone and an upright tablet, as a reader tries them (UX review 10p): the step bar's titles end in
 * "…" when cut, on either half; a list row's date range wraps before its source count instead of
 * running into it.
 */
import type { Locator } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** Whether an element's text is cut: wider than its box, and drawn with an ellipsis when it is. */
const cut = (l: Locator): Promise<{ overflows: boolean; ellipsis: boolean }> =>
  l.evaluate((el) => ({
    overflows: el.scrollWidth > el.clientWidth + 1,
    ellipsis: getComputedStyle(el).textOverflow === 'ellipsis',
  }));

test.describe('a phone, 390×844, touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const [lang, event, later, steps] of [
    ['en', 'chiefs-call-2022-05-19', 'Later', 'Events in time order'],
    ['ar', 'invasion-2022-02-24', 'اللاحق', 'الأحداث بترتيب زمني'],
  ] as const)
    test(`(${lang}) a "Later" title too long for its half ends in an ellipsis (S3-1)`, async ({ page }) => {
      await openApp(page, `lang=${lang}&event=${event}`);
      const step = page
        .getByRole('navigation', { name: steps })
        .getByRole('button', { name: new RegExp(later) });
      const title = step.locator('span').last();
      await expect(title).toBeVisible();
      const box = await title.boundingBox();
      const half = await step.boundingBox();
      // The title stays in its half, on one line, and says it is cut.
      expect(box!.height).toBeLessThan(30);
      expect(box!.x).toBeGreaterThanOrEqual(half!.x - 1);
      expect(box!.x + box!.width).toBeLessThanOrEqual(half!.x + half!.width + 1);
      const c = await cut(title);
      expect(c.overflows, 'this title is longer than its half').toBe(true);
      expect(c.ellipsis).toBe(true);
    });

  test('(ar) a date range in the list wraps before the source count, not into it (S3-5)', async ({
    page,
  }) => {
    // A browser with no Arabic region: both month names, the longest dates.
    await openApp(page, 'lang=ar');
    const row = page.locator('#event-list li').filter({ hasText: 'الحد الأدنى المطلق' }).first();
    await row.scrollIntoViewIfNeeded();
    const date = await row.locator('time').boundingBox();
    const count = await row.getByText('مصدر واحد').boundingBox();
    const overlap =
      Math.min(date!.x + date!.width, count!.x + count!.width) - Math.max(date!.x, count!.x) > 0 &&
      Math.min(date!.y + date!.height, count!.y + count!.height) - Math.max(date!.y, count!.y) > 0;
    expect(overlap).toBe(false);
  });
});
