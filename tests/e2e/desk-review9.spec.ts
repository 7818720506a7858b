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

// One opening of the June call per language: the coverage line, a step past the last event (and, from
// a link to the first, before it), then "Link copied" and the language switch it follows (so last).
for (const lang of ['en', 'ar'] as const) {
  const other = lang === 'en' ? 'ar' : 'en';

  test(`(${lang}) the coverage line names the unsourced source; a step past either end says so; "Link copied" follows a language switch`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL!).origin,
    });
    await openApp(page, `lang=${lang}&event=${JUNE}`);
    await test.step(`(${lang}) the coverage line names the source that does not say where it comes from, a way to its words`, async () => {
      const coverage = page.getByRole('group', {
        name: lang === 'en' ? 'Coverage at a glance' : 'التغطية في لمحة',
      });
      await expect(coverage).toContainText(
        lang === 'en'
          ? 'one does not say its source for this event: Unnamed site citing Al Qahera News'
          : 'أحدها لا يذكر مصدر روايته لهذا الحدث: موقع غير مسمّى ينقل عن القاهرة الإخبارية',
      );
      await coverage
        .getByRole('button', {
          name:
            lang === 'en' ? 'Unnamed site citing Al Qahera News' : 'موقع غير مسمّى ينقل عن القاهرة الإخبارية',
        })
        .click();
      // Focus goes to that source's own title, in its column, in sight.
      const column = page.locator('article[data-source="art-003"]');
      const title = column.getByRole('heading', { level: 3 }).getByRole('button');
      await expect(title).toBeFocused();
      await expect(title).toBeInViewport();
    });
    await test.step(`(${lang}) a step past the last event, or before the first, says so beside the arrows`, async () => {
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
    await test.step(`(${lang}) "Link copied" is said again in the language switched to`, async () => {
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
  });
}

for (const lang of ['en', 'ar'] as const)
  test(`(${lang}, 1280×720) a cut jump to the claims shows its "…" and says itself whole on hover`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openApp(page, `lang=${lang}&event=${JUNE}`);
    const jump = page
      .getByRole('navigation', { name: lang === 'en' ? 'In this event' : 'في هذا الحدث' })
      .getByRole('button')
      .last();
    const cut = await jump.evaluate((e) => ({
      cut: e.scrollWidth > e.clientWidth,
      ellipsis: getComputedStyle(e).textOverflow === 'ellipsis',
      right: e.getBoundingClientRect().right,
      pane: e.closest('section')!.getBoundingClientRect().right,
    }));
    // Cut or not, it ends inside the pane; cut, it shows an ellipsis; its title is its whole text.
    if (cut.cut) expect(cut.ellipsis).toBe(true);
    expect(cut.right).toBeLessThanOrEqual(cut.pane + 1);
    await expect(jump).toHaveAttribute('title', (await jump.textContent())!);
  });
