import { expect, listRows, openApp, query, test, timelinePane } from './fixtures';

/** The words the tests look for, in each language. */
const L = {
  ar: {
    start: 'ابدأ من هنا',
    back: 'العودة إلى كل الأحداث',
    read: 'آخر ما قرأت',
    close: 'إلغاء التحديد',
    toList: /^قائمة الأحداث/,
    list: /^كل الأحداث بالترتيب/,
    other: 'Read in English',
    hint: /^افتح حدثًا من الخط الزمني أو من القائمة: يملأ الشاشة بكلمات كل مصدر/,
  },
  en: {
    start: 'Start here',
    back: 'Back to all events',
    read: 'Just read',
    close: 'Clear selection',
    toList: /^List of events/,
    list: /^All events in order/,
    other: 'اقرأ بالعربية',
    hint: /^Open an event from the timeline or the list: it fills the screen with each source's own words/,
  },
} as const;

// A phone, and the portrait tablet that has the phone's layout: a news app opens on its headlines.
for (const [width, height] of [
  [390, 844],
  [768, 1024],
] as const) {
  test.describe(`${width}×${height}, touch`, () => {
    test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });

    for (const lang of ['ar', 'en'] as const) {
      test(`(${lang}) the first screen shows "Start here" and its first headline, nothing wider than the screen; the language switch in reach from the list, keeping it in place`, async ({
        page,
      }) => {
        await openApp(page, `lang=${lang}`);
        const start = page.getByRole('region', { name: L[lang].start });
        await expect(start).toBeVisible();
        const first = start.getByRole('button').first();
        const box = (await first.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(height);
        // Right after the search, before the timeline's controls and lanes.
        const search = (await page.getByRole('searchbox').boundingBox())!;
        expect(box.y).toBeGreaterThan(search.y);
        const pane = (await timelinePane(page).boundingBox())!;
        expect(pane.y).toBeGreaterThan(box.y + box.height);
        // The timeline holds all its lanes in the page (a vertical swipe on it scrolls the page): the way
        // past it to the list is on the first screen.
        const toList = page.getByRole('button', { name: L[lang].toList });
        await expect(toList).toBeInViewport({ ratio: 1 });
        await toList.tap();
        const list = page.getByRole('navigation', { name: L[lang].list });
        await expect(list).toBeInViewport();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // Thousands of pixels down, the language switch is still a tap away, at the top of the screen,
        // over none of the list (UX review 13p, S3-4).
        const header = page.getByRole('banner');
        const other = header.getByRole('button', { name: L[lang].other, exact: true });
        await expect(other).toBeInViewport({ ratio: 1 });
        const top = (await header.boundingBox())!;
        expect(top.y).toBeGreaterThanOrEqual(0);
        expect(top.y + top.height).toBeLessThan(80);
        const y = (await list.boundingBox())!.y;
        expect(y).toBeGreaterThanOrEqual(top.y + top.height - 1);
        // Tapped there, it keeps the list where it was on the screen, in the other language.
        await other.tap();
        const o = lang === 'ar' ? 'en' : 'ar';
        const there = page.getByRole('navigation', { name: L[o].list });
        await expect(there).toBeInViewport();
        await expect.poll(async () => Math.abs((await there.boundingBox())!.y - y)).toBeLessThan(2);
        await expect(header.getByRole('button', { name: L[o].other, exact: true })).toBeInViewport({
          ratio: 1,
        });
        // The hint at the page's foot says what a tap does on a touch screen: the event fills the
        // screen, it does not "appear here" (UX review 13p, S3-11).
        const hint = page.getByText(L[o].hint);
        await hint.scrollIntoViewIfNeeded();
        await expect(hint).toBeVisible();
      });
    }
  });
}

test.describe('390×844: back from an event', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const lang of ['ar', 'en'] as const) {
    test(`(${lang}) Back returns to the card tapped, focused with a visible ring; the list marks the event just read; the card has one way back`, async ({
      page,
    }) => {
      await openApp(page, `lang=${lang}`);
      const start = page.getByRole('region', { name: L[lang].start });
      const first = start.getByRole('button').first();
      const title = (await first.locator('.start-title').textContent())!.trim();
      await first.tap();
      await expect.poll(() => query(page).get('event')).not.toBeNull();
      const id = query(page).get('event')!;
      // Back in the bar is the one way out: the card's ✕ is not shown on a phone.
      await expect(page.getByRole('button', { name: L[lang].close })).toBeHidden();
      await page.getByRole('button', { name: L[lang].back }).tap();
      await expect.poll(() => query(page).get('event')).toBeNull();
      // Back where the reader came from (S2-3): the card in "Start here", not the list far below.
      const card = start.getByRole('button').first();
      await expect(card).toBeFocused();
      await expect(card).toBeInViewport();
      await expect(card).toContainText(title);
      const row = listRows(page, id);
      await expect(row.getByText(L[lang].read, { exact: true })).toBeAttached();
      // Only that row says so.
      await expect(page.getByText(L[lang].read, { exact: true })).toHaveCount(1);
      const ring = await card.evaluate((el) => {
        const s = getComputedStyle(el);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      expect(ring.style).not.toBe('none');
      expect(ring.width).toBeGreaterThanOrEqual(2);
    });
  }
});

test.describe('a phone, 390×844, touch: the menu', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const M = {
    ar: {
      menu: 'القائمة',
      copy: 'انسخ الرابط',
      dataset: 'البيانات',
      more: 'المزيد',
      tools: ['عرض تقديمي', 'اطبع ورقة العرض', 'احفظ صورة', 'الإحاطة'],
    },
    en: {
      menu: 'Menu',
      copy: 'Copy link',
      dataset: 'Dataset',
      more: 'More',
      tools: ['Present', 'Print handout', 'Save image', 'Briefing'],
    },
  } as const;
  for (const lang of ['ar', 'en'] as const)
    test(`(${lang}) holds what a reader uses on a phone, the desk's tools behind "More"`, async ({
      page,
    }) => {
      await openApp(page, `lang=${lang}`);
      const header = page.getByRole('banner');
      await header.getByRole('button', { name: M[lang].menu }).tap();
      await expect(header.getByRole('button', { name: M[lang].copy })).toBeVisible();
      await expect(header.getByText(M[lang].dataset, { exact: true })).toBeVisible();
      const more = header.getByText(M[lang].more, { exact: true });
      await expect(more).toBeVisible();
      expect((await more.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      for (const name of M[lang].tools)
        await expect(header.getByRole('button', { name, exact: true })).toBeHidden();
      await more.tap();
      for (const name of M[lang].tools)
        await expect(header.getByRole('button', { name, exact: true })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
});
