/**
 * One source at a time on a phone: a source's words end on the way to the next source, named as its
 * tab names it, not on a dead end (UX review 11p, S3-4); the last source has none.
 */
import { expect, openApp, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const WORDS = {
  en: { next: /^Next source:/, second: 'Reuters' },
  ar: { next: /^المصدر التالي:/, second: 'رويترز' },
} as const;

for (const lang of ['en', 'ar'] as const)
  test(`(${lang}) the end of a source's words leads to the next source, and the last has no such way`, async ({
    page,
  }) => {
    const w = WORDS[lang];
    await openApp(page, `lang=${lang}&event=call-2024-06-25`);
    const next = page.getByRole('button', { name: w.next });
    await expect(next).toContainText(w.second);
    await next.tap();
    await expect(page.getByRole('tab', { name: w.second })).toHaveAttribute('aria-selected', 'true');
    // The next source's words start at their top, under the tabs.
    await expect(page.getByRole('tabpanel').getByRole('blockquote').first()).toBeInViewport();
    await page.getByRole('button', { name: w.next }).tap();
    await expect(page.getByRole('button', { name: w.next })).toHaveCount(0);
  });
