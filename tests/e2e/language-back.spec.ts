import { expect, listRows, openApp, query, test } from './fixtures';

/** The language switch's name in each language (it offers the other one). */
const SWITCH = { en: 'اقرأ بالعربية', ar: 'Read in English' } as const;
const BACK = { en: 'Back to all events', ar: 'العودة إلى كل الأحداث' } as const;
const START = { en: 'Start here', ar: 'ابدأ من هنا' } as const;
const other = (lang: 'ar' | 'en'): 'ar' | 'en' => (lang === 'ar' ? 'en' : 'ar');

for (const lang of ['en', 'ar'] as const) {
  test(`desk (${lang}): after switching language, Back and Forward go through the places in the language read now`, async ({
    page,
  }) => {
    await openApp(page, `lang=${lang}`);
    const order = await listRows(page).evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-event-id') ?? ''),
    );
    await listRows(page, order[2]).click();
    await listRows(page, order[5]).click();
    await expect.poll(() => query(page).get('event')).toBe(order[5]);
    await page.getByRole('button', { name: SWITCH[lang] }).click();
    const now = other(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', now);
    await expect.poll(() => query(page).get('lang')).toBe(now);
    await page.goBack();
    await expect.poll(() => query(page).get('event')).toBe(order[2]);
    await expect(listRows(page, order[2])).toHaveAttribute('aria-current', 'true');
    // Still in the language the reader switched to, page and address alike.
    await expect(page.locator('html')).toHaveAttribute('lang', now);
    await expect(page.getByRole('button', { name: SWITCH[now] })).toBeVisible();
    expect(query(page).get('lang')).toBe(now);
    await page.goForward();
    await expect.poll(() => query(page).get('event')).toBe(order[5]);
    await expect(page.locator('html')).toHaveAttribute('lang', now);
    expect(query(page).get('lang')).toBe(now);
    // And a reload of the entry Back reached opens in that language too.
    await page.goBack();
    await expect.poll(() => query(page).get('event')).toBe(order[2]);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', now);
  });
}

for (const lang of ['en', 'ar'] as const)
  test(`desk (${lang}): the June 2024 call, the language switch, then Back leaves the event in the language chosen; the switch is not undone by it (UX review 6, S3 #9)`, async ({
    page,
  }) => {
    await openApp(page, `lang=${lang}`);
    await page
      .getByRole('region', { name: START[lang] })
      .locator('[data-event-id="call-2024-06-25"]')
      .click();
    await expect.poll(() => query(page).get('event')).toBe('call-2024-06-25');
    await page.getByRole('button', { name: SWITCH[lang] }).click();
    const now = other(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', now);
    // The switch kept the event: it was no move, so Back is the move before it, in the language chosen.
    expect(query(page).get('event')).toBe('call-2024-06-25');
    await page.goBack();
    await expect.poll(() => query(page).get('event')).toBeNull();
    await expect(page.getByRole('region', { name: START[now] })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', now);
    // The switch itself is undone where it was made, one press away.
    await page.getByRole('button', { name: SWITCH[now] }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.goForward();
    await expect.poll(() => query(page).get('event')).toBe('call-2024-06-25');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  });

test.describe('a phone, 390×844, touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  for (const lang of ['ar', 'en'] as const)
    test(`(${lang}) the event view's language switch, then Back: the timeline in the language read now`, async ({
      page,
    }) => {
      await openApp(page, `lang=${lang}`);
      await page.getByRole('region', { name: START[lang] }).getByRole('button').first().tap();
      const story = page.locator('.has-selection .story');
      await story.getByRole('button', { name: SWITCH[lang] }).tap();
      const now = other(lang);
      await expect(page.locator('html')).toHaveAttribute('lang', now);
      await expect(story.getByRole('button', { name: BACK[now] })).toBeVisible();
      await page.goBack();
      await expect.poll(() => query(page).get('event')).toBeNull();
      await expect(page.getByRole('region', { name: START[now] })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', now);
      expect(query(page).get('lang')).toBe(now);
    });
});
