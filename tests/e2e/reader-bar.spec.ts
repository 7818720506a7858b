import type { Page } from '@playwright/test';
import { expect, openApp, query, test } from './fixtures';

/** The words the tests look for, in each language. */
const W = {
  ar: {
    share: 'مشاركة',
    copied: 'نُسخ الرابط',
    steps: 'الأحداث بترتيب زمني',
    earlier: /الأسبق/,
    later: /اللاحق/,
    query: 'شويغو',
    results: 'أحداث مطابقة',
    back: 'العودة إلى كل الأحداث',
    backShort: 'كل الأحداث',
    other: 'Read in English',
    earliest: 'أول حدث',
    latest: 'آخر حدث',
  },
  en: {
    share: 'Share',
    copied: 'Link copied',
    steps: 'Events in time order',
    earlier: /Earlier/,
    later: /Later/,
    query: 'Shoigu',
    results: 'matching events',
    back: 'Back to all events',
    backShort: 'All events',
    other: 'اقرأ بالعربية',
    earliest: 'Earliest event',
    latest: 'Latest event',
  },
} as const;
const MAIN_CALL = 'call-2024-06-25';

/** On the earliest or the latest event, its half of the step bar says so, disabled, beside the way on. */
async function endOfTheLine(
  page: Page,
  lang: 'ar' | 'en',
  which: 'earliest' | 'latest',
  other: RegExp,
): Promise<void> {
  const steps = page.getByRole('navigation', { name: W[lang].steps });
  const end = steps.getByRole('button', { name: W[lang][which] });
  await expect(end).toBeVisible();
  await expect(end).toBeDisabled();
  const way = steps.getByRole('button', { name: other });
  await expect(way).toBeEnabled();
  // Each takes its half of the bar, the end on its own side: the start of the line for the earliest.
  const [a, b] = [(await end.boundingBox())!, (await way.boundingBox())!];
  expect(a.width).toBeGreaterThan(390 / 2 - 4);
  expect(b.width).toBeGreaterThan(390 / 2 - 4);
  const endFirst = (lang === 'en') === (which === 'earliest');
  expect(endFirst ? a.x < b.x : a.x > b.x).toBe(true);
}

/** The event view's scroller of words. */
const storyOf = (page: Page) => page.locator('.has-selection .story');

/** Back, Share and the language switch stand whole on one line, each a 44 px target, before and after
 * the reader scrolls down the words (which it leaves scrolled). */
async function checkTopBar(page: Page, lang: 'ar' | 'en', width: number): Promise<void> {
  // Back is named in full for a screen reader, whatever its short visible label.
  const view = page.getByRole('main');
  const controls = [
    view.getByRole('button', { name: W[lang].back, exact: true }),
    view.getByRole('button', { name: W[lang].share, exact: true }),
    view.getByRole('button', { name: W[lang].other, exact: true }),
  ];
  const check = async (): Promise<void> => {
    const boxes = await Promise.all(controls.map(async (c) => (await c.boundingBox())!));
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(width);
      expect(b.height).toBeGreaterThanOrEqual(44);
      expect(b.width).toBeGreaterThanOrEqual(44);
      // One line high: no label wraps, no pill grows into a tall oval.
      expect(b.height).toBeLessThanOrEqual(52);
    }
    // On one line: the same row, side by side without overlapping.
    const [first] = boxes;
    for (const b of boxes)
      expect(Math.abs(b.y + b.height / 2 - (first!.y + first!.height / 2))).toBeLessThan(3);
    const across = [...boxes].sort((a, b) => a.x - b.x);
    for (let i = 1; i < across.length; i++)
      expect(across[i]!.x).toBeGreaterThanOrEqual(across[i - 1]!.x + across[i - 1]!.width - 0.5);
    // The labels themselves are one line each.
    for (const c of controls) {
      // The middles of every line box of its words: one line when they all lie within a few px.
      const spread = await c.evaluate((e) => {
        const middles: number[] = [];
        const walk = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n !== null; n = walk.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(n);
          for (const r of range.getClientRects()) if (r.width > 0) middles.push(r.top + r.height / 2);
        }
        return Math.max(...middles) - Math.min(...middles);
      });
      expect(spread).toBeLessThan(8);
    }
  };
  await check();
  // It says what it goes back to (UX review 5, S3 #14): every event, not a timeline.
  await expect(controls[0]!).toHaveText(new RegExp(`${W[lang].backShort}$`));
  // Still so once the reader has scrolled down the words: the bar stays at the top.
  await storyOf(page).evaluate((e) => e.scrollBy(0, 2000));
  await check();
}

/** Tabbing on through the words, each control reached is whole above the step bar at the foot, never
 * half under it (UX review 13p, S3-13: "Show in the article" at y=765, the bar at 790). */
async function checkTabAboveBar(page: Page, lang: 'ar' | 'en'): Promise<void> {
  const barTop = (await page.getByRole('navigation', { name: W[lang].steps }).boundingBox())!.y;
  for (let i = 0; i < 16; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const e = document.activeElement!;
      const r = e.getBoundingClientRect();
      return {
        bottom: r.bottom,
        height: r.height,
        inBar: e.closest('nav') !== null,
        page: e === document.body,
      };
    });
    if (at.page || at.inBar || at.height > 300) continue;
    expect(at.bottom).toBeLessThanOrEqual(barTop + 1);
  }
}

/** Deep in the words, the switch keeps the passage read where it was on the screen: a tap on the stuck
 * bar scrolls nothing first (UX review 14p, S3-4: on a tablet it scrolled the view 485 px up, and the
 * place kept was that one). Leaves the page in the other language. */
async function checkSwitchKeepsPlace(page: Page, lang: 'ar' | 'en'): Promise<void> {
  const view = page.getByRole('main');
  const passage = view.getByRole('blockquote').nth(4);
  await passage.evaluate((e) => {
    e.scrollIntoView({ block: 'start' });
    e.closest('.story')!.scrollBy(0, -120);
  });
  const y = (await passage.boundingBox())!.y;
  await view.getByRole('button', { name: W[lang].other, exact: true }).tap();
  await expect(page.locator('html')).not.toHaveAttribute('lang', lang);
  await expect.poll(async () => Math.abs((await passage.boundingBox())!.y - y)).toBeLessThanOrEqual(2);
}

const TOP_BAR = 'Back, Share and the language switch stand whole on one line, each a 44 px target';

test.describe("768×1024, touch: the reader's top bar", () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });
  for (const lang of ['ar', 'en'] as const)
    test(`(${lang}) ${TOP_BAR}`, async ({ page }) => {
      await openApp(page, `lang=${lang}&event=${MAIN_CALL}`);
      await checkTopBar(page, lang, 768);
      await test.step("Tab stops above the foot's bar", () => checkTabAboveBar(page, lang));
      await test.step('the switch keeps the place deep in a source', () => checkSwitchKeepsPlace(page, lang));
    });
});

// On a phone, one test per language: the latest event (its top bar and its bars), then the earliest,
// the search box, and a search's matches, each opened once, their checks as steps.
test.describe('a phone, 390×844, touch: the reader’s bars', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const lang of ['ar', 'en'] as const) {
    test(`(${lang}) the top bar and the step bar on the latest and the earliest event, Enter in the search box, a search's matches`, async ({
      page,
      context,
    }) => {
      // Several checks of four screens: the time of as many tests.
      test.setTimeout(150_000);
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.addInitScript(() => {
        delete (Navigator.prototype as { share?: unknown }).share;
      });
      // The call is the story's latest event.
      await openApp(page, `lang=${lang}&event=${MAIN_CALL}`);
      const steps = page.getByRole('navigation', { name: W[lang].steps });
      const share = page.getByRole('button', { name: W[lang].share, exact: true });

      await test.step(TOP_BAR, async () => {
        await checkTopBar(page, lang, 390);
        await checkTabAboveBar(page, lang);
        // Back to the top of the words, as the event opened, for the steps that follow.
        await storyOf(page).evaluate((e) => e.scrollTo(0, 0));
        await page.evaluate(() => window.scrollTo(0, 0));
      });

      await test.step('on the latest event, its half of the bar says so, disabled, beside the way on', async () => {
        await endOfTheLine(page, lang, 'latest', W[lang].earlier);
      });

      await test.step("without a share sheet, Share copies the event's link and says so", async () => {
        const box = (await share.boundingBox())!;
        expect(box.height).toBeGreaterThanOrEqual(44);
        expect(box.width).toBeGreaterThanOrEqual(44);
        expect(box.y + box.height).toBeLessThanOrEqual(844);
        await share.tap();
        await expect(page.getByRole('status').filter({ hasText: W[lang].copied })).toBeVisible();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(new URL(copied).searchParams.get('event')).toBe(MAIN_CALL);
      });

      const earlier = steps.getByRole('button', { name: W[lang].earlier });
      await test.step('the earlier and later events are on the first screen, at its foot, earlier first', async () => {
        // Seen before any scrolling: the bar sits at the screen's foot, its targets 44 px high.
        const box = (await earlier.boundingBox())!;
        expect(box.y).toBeGreaterThan(844 / 2);
        expect(box.y + box.height).toBeLessThanOrEqual(844 + 1);
        expect(box.height).toBeGreaterThanOrEqual(44);
        // Earlier is on the side the line starts: the left in English, the right in Arabic.
        expect(lang === 'en' ? box.x : 390 - (box.x + box.width)).toBeLessThan(2);
      });

      await test.step('the source tabs stick wholly under the bar, however tall it grows', async () => {
        const tabs = page.getByRole('tablist');
        await tabs.scrollIntoViewIfNeeded();
        // Read on well past the tabs: they stay at the top, under the bar.
        await page.mouse.wheel(0, 1500);
        await expect
          .poll(async () => {
            const bar = (await share.evaluate(
              (b) => b.parentElement!.getBoundingClientRect().bottom,
            )) as number;
            const top = (await tabs.boundingBox())!.y;
            return top >= bar - 1 && top <= bar + 12;
          })
          .toBe(true);
      });

      await test.step('Earlier stays at the foot after reading a while down the page, and goes there', async () => {
        await page.mouse.wheel(0, 2500);
        await expect
          .poll(async () => {
            const b = (await earlier.boundingBox())!;
            return Math.round(b.y + b.height);
          })
          .toBeLessThanOrEqual(845);
        await earlier.tap();
        await expect.poll(() => query(page).get('event')).not.toBe(MAIN_CALL);
      });

      await openApp(page, `lang=${lang}&event=cuban-missile-crisis-1962`);
      await test.step('on the earliest event, its half of the bar says so, disabled, beside the way on', () =>
        endOfTheLine(page, lang, 'earliest', W[lang].later));

      await openApp(page, `lang=${lang}`);
      await test.step('Enter in the search box closes the keyboard and shows the results, opening none', async () => {
        const search = page.getByRole('searchbox');
        await search.tap();
        await search.fill(W[lang].query);
        await search.press('Enter');
        await expect(search).not.toBeFocused();
        const results = page.getByRole('region', { name: W[lang].results });
        await expect(results.getByRole('button').first()).toBeInViewport();
        expect(query(page).get('event')).toBeNull();
      });

      await openApp(page, `lang=${lang}&q=${W[lang].query}&event=call-2022-10-21`);
      await test.step('with a search active, Earlier and Later go through its matches and say which is open', async () => {
        const at = (n: number): RegExp =>
          lang === 'en' ? new RegExp(`^${n} of 9 ${W.en.results}$`) : new RegExp(`^${'٠١٢٣٤٥٦٧٨٩'[n]} من ٩`);
        await expect(steps.getByText(at(4))).toBeVisible();
        await steps.getByRole('button', { name: W[lang].later }).tap();
        await expect(steps.getByText(at(5))).toBeVisible();
        await steps.getByRole('button', { name: W[lang].earlier }).tap();
        await expect(steps.getByText(at(4))).toBeVisible();
        expect(query(page).get('event')).toBe('call-2022-10-21');
        await steps.getByRole('button', { name: W[lang].earlier }).tap();
        await expect(steps.getByText(at(3))).toBeVisible();
      });
    });
  }
});
