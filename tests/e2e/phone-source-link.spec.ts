/**
 * On a phone or an upright tablet the sources come one at a time, under tabs, a sideways swipe to the
 * next. The address follows the source being read, so that Share and "Copy link" (which send the
 * address) open on it (UX review 6, S3 #4); a swipe or a tab rewrites the current entry, so Back still leaves the event.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const W = {
  en: { sources: 'The sources, one at a time', two: '2 of 3' },
  ar: { sources: 'المصادر، مصدرًا بعد مصدر', two: '٢ من ٣' },
} as const;
const MAIN_CALL = 'call-2024-06-25';

/** A one-finger swipe by (dx, 0) from (x, y), as real touch events. */
async function swipeSideways(page: Page, x: number, y: number, dx: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 8; i++)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: x + (dx * i) / 8, y }],
    });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const sourceInAddress = (page: Page): string | null => new URL(page.url()).searchParams.get('source');

for (const [width, height] of [
  [390, 844],
  [768, 1024],
] as const)
  test.describe(`${width}×${height}, touch: the source read is the source linked`, () => {
    test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });
    for (const lang of ['en', 'ar'] as const)
      test(`(${lang}) a swipe or a tab puts its source in the address that Share sends`, async ({ page }) => {
        await openApp(page, `lang=${lang}`);
        // The event opened from the page (a history entry of its own), on its first source.
        await page.evaluate((id) => {
          history.pushState(null, '', `?lang=${new URL(location.href).searchParams.get('lang')}&event=${id}`);
          dispatchEvent(new PopStateEvent('popstate'));
        }, MAIN_CALL);
        const tabs = page.getByRole('tablist', { name: W[lang].sources });
        await expect(tabs).toBeVisible();
        const tab = tabs.getByRole('tab');
        await expect(tab.first()).toHaveAttribute('aria-selected', 'true');
        const entries = await page.evaluate(() => history.length);

        const panel = page.locator('#source-panels');
        await panel.evaluate((e) => e.scrollIntoView({ block: 'start' }));
        const box = (await panel.boundingBox())!;
        const x = box.x + box.width / 2;
        await swipeSideways(page, x + (lang === 'en' ? 100 : -100), 400, lang === 'en' ? -200 : 200);
        await expect(page.getByText(W[lang].two, { exact: true })).toBeVisible();
        await expect(tab.nth(1)).toHaveAttribute('aria-selected', 'true');
        const second = sourceInAddress(page);
        await expect.poll(() => sourceInAddress(page)).not.toBeNull();
        const read = sourceInAddress(page)!;
        expect(second === null || second === read).toBe(true);
        // A tab back to the first source: the address follows again.
        // (The first tap may come while the swipe's page scroll still runs, and be a scroll's end.)
        await expect(async () => {
          await tab.first().tap();
          await expect(tab.first()).toHaveAttribute('aria-selected', 'true', { timeout: 1000 });
        }).toPass();
        await expect.poll(() => sourceInAddress(page)).not.toBe(read);
        expect(sourceInAddress(page)).not.toBeNull();
        // No new history entries: Back leaves the event.
        expect(await page.evaluate(() => history.length)).toBe(entries);
        await page.goBack();
        await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBeNull();
        await expect(tabs).toHaveCount(0);
      });
  });
