/**
 * What an analyst at a desk still minded (issue 22's last review): a status said in one language
 * follows a switch to the other; a step past the last event (or before the first) says so.
 */
import { expect, openApp, test } from './fixtures';

const JUNE = 'call-2024-06-25';
const FIRST = 'cuban-missile-crisis-1962';
const W = {
  en: {
    copy: 'Copy link',
    copied: 'Link copied',
    switchTo: 'اقرأ بالعربية',
    next: 'Next event',
    prev: 'Previous event',
    last: 'Last event: nothing later',
    first: 'First event: nothing earlier',
  },
  ar: {
    copy: 'انسخ الرابط',
    copied: 'نُسخ الرابط',
    switchTo: 'Read in English',
    next: 'الحدث التالي',
    prev: 'الحدث السابق',
    last: 'آخر حدث: لا شيء بعده',
    first: 'أول حدث: لا شيء قبله',
  },
} as const;

for (const lang of ['en', 'ar'] as const) {
  const other = lang === 'en' ? 'ar' : 'en';

  test(`(${lang}) "Link copied" is said again in the language switched to`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL!).origin,
    });
    await openApp(page, `lang=${lang}&event=${JUNE}`);
    await page.getByRole('button', { name: W[lang].copy, exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: W[lang].copied })).toBeVisible();
    await page.getByRole('banner').getByRole('button', { name: W[lang].switchTo }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    // Within the four seconds it shows: in the new language, and not in the old one.
    await expect(page.getByRole('status').filter({ hasText: W[other].copied })).toBeVisible({
      timeout: 1500,
    });
    await expect(page.getByRole('status').filter({ hasText: W[lang].copied })).toHaveCount(0);
  });
}

for (const lang of ['en', 'ar'] as const) {
  test(`(${lang}) a step past the last event, or before the first, says so beside the arrows`, async ({
    page,
  }) => {
    await openApp(page, `lang=${lang}&event=${JUNE}`);
    const toolbar = page.getByRole('toolbar');
    const said = toolbar.getByRole('status');
    await expect(said).toHaveText('');
    const next = toolbar.getByRole('button', { name: W[lang].next });
    await next.click();
    await expect(said).toHaveText(W[lang].last);
    await expect(page).toHaveURL(new RegExp(`event=${JUNE}`));
    // Over the axis, not in the row: no button moved or is covered.
    const s = (await said.boundingBox())!;
    for (const b of await toolbar.getByRole('button').all()) {
      const r = (await b.boundingBox())!;
      expect(s.y >= r.y + r.height || s.x >= r.x + r.width || s.x + s.width <= r.x).toBe(true);
    }
    // The button keeps its focus; it goes after a few seconds.
    await expect(next).toBeFocused();
    await expect(said).toHaveText('', { timeout: 5000 });
    // The keys say it too, at the other end (the arrow that points back in the reading direction).
    await openApp(page, `lang=${lang}&event=${FIRST}`);
    await page.getByRole('toolbar').getByRole('button', { name: W[lang].prev }).focus();
    await page.keyboard.press(lang === 'en' ? 'ArrowLeft' : 'ArrowRight');
    await expect(page.getByRole('toolbar').getByRole('status')).toHaveText(W[lang].first);
  });
}
