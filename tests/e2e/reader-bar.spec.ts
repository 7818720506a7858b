import { expect, openApp, test } from './fixtures';

/** The words the tests look for, in each language. */
const W = {
  ar: { share: 'مشاركة', copied: 'نُسخ الرابط', steps: 'الأحداث بترتيب زمني' },
  en: { share: 'Share', copied: 'Link copied', steps: 'Events in time order' },
} as const;
const MAIN_CALL = 'call-2024-06-25';

test.describe('a phone, 390×844, touch: the reader’s bars', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const lang of ['ar', 'en'] as const) {
    test(`(${lang}) without a share sheet, Share copies the event's link and says so`, async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.addInitScript(() => {
        delete (Navigator.prototype as { share?: unknown }).share;
      });
      await openApp(page, `lang=${lang}&event=${MAIN_CALL}`);
      const share = page.getByRole('button', { name: W[lang].share, exact: true });
      const box = (await share.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.y + box.height).toBeLessThanOrEqual(844);
      await share.tap();
      await expect(page.getByRole('status').filter({ hasText: W[lang].copied })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(new URL(copied).searchParams.get('event')).toBe(MAIN_CALL);
    });
  }
});
