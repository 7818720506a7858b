/**
 * A claim tapped in "Where they diverge" on a phone or an upright tablet jumps thousands of pixels down
 * to its row of the claims table; a chip brings the reader back to where they were, on the claim they
 * tapped (UX review 5, S3 #10). Back itself stays the way out of the event, as the bar's button is.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const W = {
  en: { diverge: /Where they diverge/, chip: 'Back to where they diverge' },
  ar: { diverge: /أين تفترق الروايات/, chip: 'العودة إلى أين تفترق الروايات' },
} as const;

/** How far the event's view (or the page, where it scrolls) has scrolled. */
const scrolled = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const heading = document.getElementById('accounts-heading');
    for (let at = heading?.parentElement ?? null; at !== null; at = at.parentElement) {
      const y = getComputedStyle(at).overflowY;
      if ((y === 'auto' || y === 'scroll') && at.scrollHeight > at.clientHeight) return at.scrollTop;
    }
    return scrollY;
  });

for (const [width, height] of [
  [390, 844],
  [768, 1024],
] as const)
  test.describe(`${width}×${height}, touch`, () => {
    test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });
    for (const lang of ['en', 'ar'] as const)
      test(`(${lang}) after a claim's jump, a chip goes back to where the reader was`, async ({ page }) => {
        await openApp(page, `lang=${lang}&event=call-2024-06-25`);
        // A phone's cue opens where they diverge; an upright tablet shows it open.
        if (width < 700) await page.getByRole('button', { name: W[lang].diverge }).tap();
        const claim = page.locator('#diverge-list').getByRole('button').first();
        await claim.scrollIntoViewIfNeeded();
        // Where the reader is once the view has come to rest.
        let at = NaN;
        await expect
          .poll(
            async () => {
              const was = at;
              at = (await claim.boundingBox())!.y;
              return at === was;
            },
            { intervals: [300] },
          )
          .toBe(true);
        const before = await scrolled(page);
        const chip = page.getByRole('button', { name: W[lang].chip });
        await expect(chip).toHaveCount(0);
        const c = (await claim.boundingBox())!;
        await page.touchscreen.tap(c.x + 8, c.y + c.height / 2);
        await expect.poll(() => scrolled(page)).toBeGreaterThan(before + 1000);
        await expect(chip).toBeVisible();
        // The claim jumped to shows its whole title below the bar at the top (UX review 6, S3 #3).
        const title = page.locator(':focus');
        await expect(title).toHaveClass(/claim-text/);
        let y = NaN;
        await expect
          .poll(
            async () => {
              const was = y;
              y = (await title.boundingBox())!.y;
              return y === was;
            },
            { intervals: [300] },
          )
          .toBe(true);
        const head = (await title.boundingBox())!;
        const barFoot = await page.evaluate(
          () => document.querySelector('.story-bar')!.getBoundingClientRect().bottom,
        );
        expect(head.y).toBeGreaterThanOrEqual(barFoot);
        expect(head.y + head.height).toBeLessThanOrEqual(height);
        // Over the words, above the bar at the foot, whole on the screen, a 44 px target.
        const box = (await chip.boundingBox())!;
        expect(box.height).toBeGreaterThanOrEqual(44);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        const steps = (await page
          .getByRole('navigation', { name: lang === 'en' ? 'Events in time order' : 'الأحداث بترتيب زمني' })
          .boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(steps.y);
        await chip.tap();
        // The claim tapped is where it was on the screen.
        await expect.poll(async () => Math.round((await claim.boundingBox())!.y - at)).toBe(0);
        await expect(claim).toBeFocused();
        await expect(claim).toBeInViewport();
        await expect(chip).toHaveCount(0);
      });
  });
