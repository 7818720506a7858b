import { expect, openApp, test } from './fixtures';

/**
 * A phone's or a tablet's source tabs: each tab's words stay inside the tab (a long "how the article
 * stands to it" is cut with an ellipsis, never written over the next tab's name); four short names
 * and the count fit the screen.
 */
for (const [width, height] of [
  [390, 844],
  [360, 780],
  [768, 1024],
] as const) {
  test.describe(`source tabs at ${width}×${height}`, () => {
    test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });
    for (const lang of ['en', 'ar'] as const) {
      test(`(${lang}) no tab's words reach past its own tab`, async ({ page }) => {
        await openApp(page, `lang=${lang}&event=call-2024-06-25`);
        const tabs = page.getByRole('tab');
        await expect(tabs.first()).toBeVisible();
        await page.evaluate(() => document.fonts.ready);
        const spill = await tabs.evaluateAll((all) =>
          all.flatMap((tab) => {
            const box = tab.getBoundingClientRect();
            return [...tab.querySelectorAll('*')]
              .map((el) => el.getBoundingClientRect())
              .filter((r) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1))
              .map(
                (r) =>
                  `${tab.textContent ?? ''}: ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`,
              );
          }),
        );
        expect(spill).toEqual([]);
        expect(await tabs.count()).toBe(3);
        if (width === 360) return;
        // Four sources: each tab names its report or site short and alike, every one of them on the
        // screen whole, on one line (review 12p, S3-8: a long first tab put Sputnik off the screen).
        await openApp(page, `lang=${lang}&event=invasion-2022-02-24`);
        await expect(tabs).toHaveText(
          lang === 'en'
            ? ['AlMada', 'Alhurra', 'Reuters', 'Sputnik']
            : ['المدى', 'الحرة', 'رويترز', 'سبوتنيك'],
        );
        await page.evaluate(() => document.fonts.ready);
        const boxes = await tabs.evaluateAll((all) =>
          all.map((tab) => {
            const r = tab.getBoundingClientRect();
            const line = parseFloat(getComputedStyle(tab).lineHeight);
            return {
              left: r.left,
              right: r.right,
              lines: Math.round(tab.firstElementChild!.getBoundingClientRect().height / line),
            };
          }),
        );
        // The row holds them all: none scrolled under its faded end.
        const row = await page
          .getByRole('tablist')
          .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
        expect(row.scroll).toBeLessThanOrEqual(row.client + 1);
        for (const b of boxes) {
          expect(b.left).toBeGreaterThanOrEqual(0);
          expect(b.right).toBeLessThanOrEqual(width);
          expect(b.lines).toBe(1);
        }
      });
    }
  });
}
