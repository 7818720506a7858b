/**
 * On a phone the search box shares its row with "View options": its hint is read whole, never cut, in
 * either language, at 390 and at 360 px (it was cut in Arabic at 390 px, in both at 360 px).
 */
import { expect, openApp, test } from './fixtures';

const LABEL = { ar: 'بحث', en: 'Search' } as const;

for (const [width, height] of [
  [390, 844],
  [360, 640],
  [768, 1024],
] as const)
  test.describe(`${width}×${height}, touch`, () => {
    test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });
    for (const lang of ['ar', 'en'] as const)
      test(`(${lang}) the search box's hint fits the box`, async ({ page }) => {
        await openApp(page, `lang=${lang}`);
        const box = page.getByRole('searchbox', { name: LABEL[lang] });
        await expect(box).toBeVisible();
        const { hint, room } = await box.evaluate((el) => {
          const input = el as HTMLInputElement;
          const css = getComputedStyle(input);
          const measure = document.createElement('canvas').getContext('2d')!;
          measure.font = css.font;
          return {
            hint: measure.measureText(input.placeholder).width,
            room:
              input.clientWidth - Number.parseFloat(css.paddingLeft) - Number.parseFloat(css.paddingRight),
          };
        });
        expect(hint).toBeGreaterThan(0);
        expect(hint).toBeLessThanOrEqual(room);
      });
  });
