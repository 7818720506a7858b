/**
 * A phone and an upright tablet, as a reader tries them (UX review 10p, the rest): a clamped gist never
 * draws "…" after a full stop (S3-13); Back from an event tapped on the timeline focuses and marks its
 * box (S3-16); the row come back to stands whole in the screen, away from its edges (S3-15); Tab walks a
 * source read alone in the order the screen shows it (S3-14); an event opened with the Menu left open
 * is left by one Back (S3-7); "≈" is explained in "Start here", where it is first seen (S3-11).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, query, test } from './fixtures';

/** How far a box stands from the screen's top and bottom edges, as shares of its height. */
const clearance = async (page: Page, l: Locator): Promise<{ top: number; bottom: number }> => {
  const box = (await l.boundingBox())!;
  const h = page.viewportSize()!.height;
  return { top: box.y / h, bottom: (h - box.y - box.height) / h };
};

/** The gist's text laid out above its clamp's edge, and whether the clamp (which draws "…") is on. */
const shownGist = (l: Locator): Promise<{ shown: string; hidden: number; clamp: boolean }> =>
  l.evaluate((el) => {
    const bottom = el.getBoundingClientRect().top + el.clientHeight;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let shown = '';
    let hidden = 0;
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      const data = (n as Text).data;
      for (let i = 0; i < data.length; i++) {
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const r = range.getClientRects()[0];
        if (r !== undefined && (r.top + r.bottom) / 2 < bottom) shown += data[i];
        else hidden++;
      }
    }
    const clamp = getComputedStyle(el).webkitLineClamp;
    return { shown: shown.trimEnd(), hidden, clamp: clamp !== 'none' && clamp !== '' };
  });

/** The step of a Back from an event tapped on the timeline: its box focused and marked (S3-16). */
async function checkTimelineBack(page: Page, title: string, timelineName: string): Promise<void> {
  const timeline = page.getByRole('region', { name: timelineName });
  const box = timeline.locator('[data-id]', { has: page.getByText(title, { exact: true }) }).first();
  await box.scrollIntoViewIfNeeded();
  const before = await box.evaluate((el) => getComputedStyle(el).backgroundColor);
  await box.tap();
  await expect.poll(() => query(page).get('event')).not.toBeNull();
  await page.goBack();
  await expect.poll(() => query(page).get('event')).toBeNull();
  // Focus on the box tapped, not on the whole timeline round it, with its ring shown.
  await expect(box).toBeFocused();
  expect(await box.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await expect(box).toBeInViewport({ ratio: 0.99 });
  // Marked as the event just read, as the list marks its row.
  expect(await box.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(before);
}

/** An event opened from the list with the Menu left open is left by one Back (S3-7). */
async function checkMenuBack(page: Page, menu: string, list: RegExp, row: RegExp): Promise<void> {
  const toggle = page.getByRole('banner').getByRole('button', { name: menu });
  await toggle.tap();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const target = page.getByRole('navigation', { name: list }).getByRole('button', { name: row });
  await target.scrollIntoViewIfNeeded();
  await target.tap();
  await expect.poll(() => query(page).get('event')).toBe('call-2024-06-25');
  await page.goBack();
  await expect.poll(() => query(page).get('event')).toBeNull();
  await expect(target).toBeFocused();
}

/** "Start here" says what "≈" means, on the first screen (S3-11). */
async function checkApprox(page: Page, start: string, key: RegExp): Promise<void> {
  const region = page.getByRole('region', { name: start });
  const explained = region.getByText(key);
  await expect(explained).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

/** Tab walks the shown source's panel down the screen: its first quote, then how it is known (S3-14). */
async function checkTabOrder(page: Page): Promise<void> {
  await expect(page.locator('#detail-heading')).toBeFocused();
  // Each stop inside the shown source's panel: how far down the panel it is drawn.
  const stops: { y: number; name: string }[] = [];
  for (let i = 0; i < 40 && stops.length < 6; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const panel = el?.closest('article[data-source]');
      if (el === null || panel === null || panel === undefined || el === panel) return null;
      return {
        y: el.getBoundingClientRect().top - panel.getBoundingClientRect().top,
        name: (el.textContent ?? '').trim().slice(0, 30),
      };
    });
    if (stop !== null) stops.push(stop);
  }
  expect(stops.length).toBeGreaterThanOrEqual(4);
  for (let i = 1; i < stops.length; i++)
    expect(stops[i]!.y, `${stops[i]!.name} after ${stops[i - 1]!.name}`).toBeGreaterThanOrEqual(
      stops[i - 1]!.y - 2,
    );
}

// The event opened once per language: its gist, then the focus order of its shown source.
test.describe('a phone, 390×844, touch: an event', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'en-US' });

  test('(ar) the gist, and the focus order', async ({ page }) => {
    // Levantine months (an en-US browser): the third line ends «…متباينة كثيرًا.».
    await openApp(page, 'lang=ar&event=call-2024-06-25');
    await test.step('a gist cut right after a full stop ends there, with no "…" after it (S3-13)', async () => {
      const gist = page.locator('#detail-heading ~ p').first();
      const { shown, hidden, clamp } = await shownGist(gist);
      expect(hidden, 'the gist is cut').toBeGreaterThan(0);
      expect(shown).toMatch(/كثيرًا\.$/u);
      expect(clamp, 'no clamp left to draw "…" after the full stop').toBe(false);
      // Cut at a line's end: no line shows half.
      const box = await gist.evaluate((el) => ({
        client: el.clientHeight,
        line: parseFloat(getComputedStyle(el).lineHeight),
      }));
      expect(box.client / box.line).toBeCloseTo(3, 1);
    });
    await test.step("Tab walks a source's panel down the screen: its first quote, then how it is known (S3-14)", () =>
      checkTabOrder(page));
  });

  test('(en) the gist, and the focus order', async ({ page }) => {
    await openApp(page, 'lang=en&event=call-2024-06-25');
    await test.step('a gist cut mid-sentence keeps its one "…" (S3-13)', async () => {
      const { shown, hidden, clamp } = await shownGist(page.locator('#detail-heading ~ p').first());
      expect(hidden).toBeGreaterThan(0);
      expect(shown).not.toMatch(/[.?!]$/u);
      expect(clamp).toBe(true);
    });
    await test.step("Tab walks a source's panel down the screen: its first quote, then how it is known (S3-14)", () =>
      checkTabOrder(page));
  });
});

// The first screen opened once per language: "≈" explained on it, then Back from an event tapped on
// the timeline, then from one opened with the Menu left open.
test.describe('a phone, 390×844, touch: the first screen and back from an event', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const [lang, start, key, title, timelineName, menu, list, row] of [
    [
      'en',
      'Start here',
      /^≈ after a date: worked out from the text/,
      'Gerasimov–Milley call',
      'Timeline of events',
      'Menu',
      /^All events in order/,
      /Austin and Belousov speak by phone/,
    ],
    [
      'ar',
      'ابدأ من هنا',
      /^≈ بعد التاريخ: تاريخ مستنتج من النص/,
      'اتصال غيراسيموف وميلي',
      'الخط الزمني للأحداث',
      'القائمة',
      /^كل الأحداث بالترتيب/,
      /أوستن وبيلوسوف يتحادثان هاتفيًا/,
    ],
  ] as const)
    test(`(${lang}) "≈" explained; Back from the timeline, and with the Menu left open`, async ({ page }) => {
      await openApp(page, `lang=${lang}`);
      await test.step(`"Start here" says what "≈" means, on the first screen (S3-11)`, () =>
        checkApprox(page, start, key));
      await test.step('Back from an event tapped on the timeline focuses its box and marks it (S3-16)', () =>
        checkTimelineBack(page, title, timelineName));
      await test.step('an event opened with the Menu open is left by one Back (S3-7)', () =>
        checkMenuBack(page, menu, list, row));
    });

  test('(ar → en) Back after a language switch puts the row read in the middle of the screen, its mark whole (S3-15)', async ({
    page,
  }) => {
    await openApp(page, 'lang=ar');
    const list = page.getByRole('navigation', { name: /^كل الأحداث بالترتيب/ });
    const row = list.getByRole('button', { name: /أوستن وبيلوسوف يتحادثان هاتفيًا/ });
    await row.scrollIntoViewIfNeeded();
    await row.tap();
    await expect.poll(() => query(page).get('event')).toBe('call-2024-06-25');
    await page.getByRole('main').getByRole('button', { name: 'Read in English' }).tap();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goBack();
    await expect.poll(() => query(page).get('event')).toBeNull();
    const back = page
      .getByRole('navigation', { name: /^All events in order/ })
      .getByRole('button', { name: /Austin and Belousov speak by phone/ });
    await expect(back).toBeFocused();
    await expect(back.getByText('Just read')).toBeInViewport({ ratio: 1 });
    const room = await clearance(page, back);
    expect(room.top).toBeGreaterThanOrEqual(0.15);
    expect(room.bottom).toBeGreaterThanOrEqual(0.15);
  });
});
