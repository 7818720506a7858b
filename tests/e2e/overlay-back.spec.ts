import type { Page } from '@playwright/test';
import { expect, openApp, query, test } from './fixtures';

const W = {
  ar: {
    show: 'اعرض في المقال',
    steps: 'الأحداث بترتيب زمني',
    menu: 'القائمة',
    start: 'ابدأ من هنا',
    back: 'العودة إلى كل الأحداث',
    earlier: /الأسبق/,
  },
  en: {
    show: 'Show in the article',
    steps: 'Events in time order',
    menu: 'Menu',
    start: 'Start here',
    back: 'Back to all events',
    earlier: /Earlier/,
  },
} as const;
const MAIN_CALL = 'call-2024-06-25';

/** Opens the event, moves to a neighbour in time (a history entry), and opens its first quote's article. */
async function articleOverLaterEvent(page: Page, lang: 'ar' | 'en'): Promise<string> {
  await openApp(page, `lang=${lang}&event=${MAIN_CALL}`);
  if (page.viewportSize()!.width < 900)
    await page
      .getByRole('navigation', { name: W[lang].steps })
      .getByRole('button', { name: W[lang].earlier })
      .tap();
  else {
    // K: the event before in time, wherever focus is on the desk.
    await page.locator('#detail-heading').click();
    await page.keyboard.press('k');
  }
  await expect.poll(() => query(page).get('event')).not.toBe(MAIN_CALL);
  const moved = query(page).get('event')!;
  await page.getByRole('button', { name: W[lang].show }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  return moved;
}

for (const [where, size] of [
  ['a phone, 390×844, touch', { width: 390, height: 844 }],
  ['a desk, 1440×900', { width: 1440, height: 900 }],
] as const) {
  test.describe(`${where}: Back closes what is open first`, () => {
    test.use({ viewport: size, hasTouch: size.width < 900, isMobile: size.width < 900 });

    for (const lang of ['ar', 'en'] as const) {
      test(`(${lang}) Back closes the article and leaves the event; the next Back changes it`, async ({
        page,
      }) => {
        const moved = await articleOverLaterEvent(page, lang);
        const heading = (await page.locator('#detail-heading').textContent())!;
        await page.goBack();
        await expect(page.getByRole('dialog')).toHaveCount(0);
        expect(query(page).get('event')).toBe(moved);
        await expect(page.locator('#detail-heading')).toHaveText(heading);
        await page.goBack();
        await expect.poll(() => query(page).get('event')).toBe(MAIN_CALL);
        // On a desk, the shortcuts dialog too, from the same page (the June call again).
        if (size.width >= 900)
          await test.step(`(${lang}) on a desk the shortcuts dialog closes on Back, the event staying`, async () => {
            await page.locator('#detail-heading').click();
            await page.keyboard.press('k');
            await expect.poll(() => query(page).get('event')).not.toBe(MAIN_CALL);
            const moved = query(page).get('event');
            await page.keyboard.press('?');
            await expect(page.getByRole('dialog')).toBeVisible();
            await page.goBack();
            await expect(page.getByRole('dialog')).toHaveCount(0);
            expect(query(page).get('event')).toBe(moved);
          });
      });
    }
  });
}

test.describe('Back closes the menu and the shortcuts', () => {
  test.describe('a phone, 390×844, touch', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    // One opening per language: the Menu over the first view the event's Back to all events leaves, then
    // an event opened from that view with the Menu open.
    for (const lang of ['ar', 'en'] as const)
      test(`(${lang}) the Menu closes on Back, the page staying; an event opened with the Menu open: one Back returns to the page`, async ({
        page,
      }) => {
        await test.step(`(${lang}) the Menu closes on Back, the page staying`, async () => {
          // The event opened from a link, closed: an entry without it, the event's before it.
          await openApp(page, `lang=${lang}&event=${MAIN_CALL}`);
          await page.getByRole('button', { name: W[lang].back }).tap();
          await expect.poll(() => query(page).get('event')).toBeNull();
          const menu = page.getByRole('button', { name: W[lang].menu, exact: true });
          await menu.tap();
          await expect(menu).toHaveAttribute('aria-expanded', 'true');
          const url = page.url();
          await page.goBack();
          await expect(menu).toHaveAttribute('aria-expanded', 'false');
          expect(page.url()).toBe(url);
        });
        await test.step(`(${lang}) an event opened with the Menu open: one Back returns to the page`, async () => {
          // The first view, as the step before leaves it.
          const menu = page.getByRole('button', { name: W[lang].menu, exact: true });
          await menu.tap();
          await expect(menu).toHaveAttribute('aria-expanded', 'true');
          const card = page.getByRole('region', { name: W[lang].start }).getByRole('button').first();
          await card.scrollIntoViewIfNeeded();
          await card.tap();
          await expect.poll(() => query(page).get('event')).not.toBeNull();
          await expect(page.getByRole('button', { name: W[lang].back })).toBeVisible();
          // The Menu is behind the event's view: Back is not spent on closing what cannot be seen.
          await page.goBack();
          await expect.poll(() => query(page).get('event')).toBeNull();
          await expect(page.getByRole('button', { name: W[lang].back })).toHaveCount(0);
          await expect(card).toBeVisible();
        });
      });
  });
});
