import type { Page } from '@playwright/test';
import { expect, listRows, openApp, query, test } from './fixtures';

/** The words the tests look for, in each language. */
const W = {
  ar: {
    back: 'العودة إلى كل الأحداث',
    compare: 'قارن حسب الادعاء',
    diverge: /أين تفترق الروايات/,
    sources: 'المصادر، مصدرًا بعد مصدر',
    one: '١ من ٣',
    two: '٢ من ٣',
    three: '٣ من ٣',
    lastSource: 'آخر مصدر',
    firstSource: 'أول مصدر',
    start: 'ابدأ من هنا',
    steps: 'الأحداث بترتيب زمني',
    share: 'مشاركة',
    list: 'قائمة الأحداث',
    all: 'كل الأحداث بالترتيب',
  },
  en: {
    back: 'Back to all events',
    compare: 'Compare by claim',
    diverge: /Where they diverge/,
    sources: 'The sources, one at a time',
    one: '1 of 3',
    two: '2 of 3',
    three: '3 of 3',
    lastSource: 'Last source',
    firstSource: 'First source',
    start: 'Start here',
    steps: 'Events in time order',
    share: 'Share',
    list: 'List of events',
    all: 'All events in order',
  },
} as const;
const MAIN_CALL = 'call-2024-06-25';

/** A one-finger swipe by (dx, 0) from (x, y), as real touch events. */
async function swipeSideways(page: Page, x: number, y: number, dx: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 8; i++)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: x + (dx * i) / 8, y }],
    });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** What has focus, by its accessible words, and where the page is scrolled. */
const place = (page: Page) =>
  page.evaluate(() => ({
    focus: document.activeElement?.textContent?.trim() ?? '',
    scrollY: Math.round(scrollY),
  }));

test.describe('a phone, 390×844, touch: the reader', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const lang of ['ar', 'en'] as const) {
    // One opening of the June 2024 call for three checks, each a named step: the news-app reading (which
    // ends on the first source), Share, and the swipes past either end.
    test(`(${lang}) the June 2024 call: read like a news app, shared, and swiped past either end`, async ({
      page,
    }) => {
      await page.addInitScript(() => {
        (window as unknown as { shared: ShareData[] }).shared = [];
        Object.defineProperty(navigator, 'share', {
          value: (data: ShareData) => {
            (window as unknown as { shared: ShareData[] }).shared.push(data);
            return Promise.resolve();
          },
        });
      });
      await openApp(page, `lang=${lang}&event=${MAIN_CALL}`);
      await test.step('reads like a news app: divergence first, one source at a time, claims on demand', () =>
        readsLikeNews(page, lang));
      await test.step("Share opens the system share sheet with the event's link and title", () =>
        shares(page, lang));
      await test.step('a swipe past the last or the first source stops there and says so', () =>
        swipesStop(page, lang));
    });

    // The first screen opened once: Back to a card of "Start here", then to a row far down the list.
    test(`(${lang}) Back returns to the card tapped and to a row far down the list`, async ({ page }) => {
      await openApp(page, `lang=${lang}`);
      await test.step("the view's Back and the browser's both return to the card tapped, focused", () =>
        backToCard(page, lang));
      await test.step('Back returns to a row far down the list, at the same scroll', () =>
        backToRow(page, lang));
    });
  }
});

/** The view's Back and the browser's both return to the card of "Start here" tapped, focused. */
async function backToCard(page: Page, lang: 'ar' | 'en'): Promise<void> {
  const card = page.getByRole('region', { name: W[lang].start }).getByRole('button').nth(1);
  await card.scrollIntoViewIfNeeded();
  const title = (await card.locator('.start-title').textContent())!;
  await card.tap();
  const before = await page.evaluate(() => history.length);
  // Inside the view the reader moves on to the next event in time: still one Back to the card.
  const story = page.locator('.has-selection .story');
  const opened = query(page).get('event');
  await story.getByRole('navigation', { name: W[lang].steps }).getByRole('button').first().tap();
  await expect.poll(() => query(page).get('event')).not.toBe(opened);
  await story.getByRole('button', { name: W[lang].back }).tap();
  await expect.poll(() => query(page).get('event')).toBeNull();
  const viaView = await place(page);
  expect(viaView.focus).toContain(title.trim().slice(0, 20));
  // The view's Back went back through the history (no entry added), as the browser's does.
  expect(await page.evaluate(() => history.length)).toBe(before + 1);

  // The same with the browser's Back.
  await page.getByRole('region', { name: W[lang].start }).getByRole('button').nth(1).tap();
  await expect(story.getByRole('button', { name: W[lang].back })).toBeVisible();
  await page.goBack();
  await expect.poll(() => query(page).get('event')).toBeNull();
  expect(await place(page)).toEqual(viaView);
}

/** Back returns to a row far down the list, at the same scroll. */
async function backToRow(page: Page, lang: 'ar' | 'en'): Promise<void> {
  await page.getByRole('button', { name: W[lang].list }).tap();
  const row = listRows(page).nth(12);
  await row.scrollIntoViewIfNeeded();
  const at = await page.evaluate(() => Math.round(scrollY));
  const title = (await row.locator('.list-title').textContent())!.trim();
  await row.tap();
  await page.locator('.has-selection .story').getByRole('button', { name: W[lang].back }).tap();
  await expect.poll(() => query(page).get('event')).toBeNull();
  await expect(listRows(page).nth(12)).toBeFocused();
  expect((await place(page)).focus).toContain(title.slice(0, 20));
  expect(Math.abs((await place(page)).scrollY - at)).toBeLessThanOrEqual(2);
}

type Lang = 'ar' | 'en';

async function readsLikeNews(page: Page, lang: Lang): Promise<void> {
  const story = page.locator('.has-selection .story');
  const tabs = story.getByRole('tablist', { name: W[lang].sources });
  await expect(tabs).toBeVisible();
  // Where they diverge comes before the sources' words.
  const diverge = story.getByRole('heading', { name: W[lang].diverge });
  expect((await diverge.boundingBox())!.y).toBeLessThan((await tabs.boundingBox())!.y);
  // One source's words at a time: the first of three.
  await expect(story.getByText(W[lang].one, { exact: true })).toBeVisible();
  await expect(story.getByRole('article')).toHaveCount(1);
  const first = await story.getByRole('article').getByRole('heading', { level: 3 }).textContent();
  // The claims table repeats every quote: it waits behind "Compare by claim".
  await expect(story.getByRole('table')).toHaveCount(0);
  // The whole reader is a few screens, not ~22,000 px (EN) / ~16,000 px (AR) as when every source
  // and the claims table were stacked.
  const height = await story.evaluate((e) => e.scrollHeight);
  expect(height).toBeLessThan(6000);

  // A swipe towards the line's start (leftwards in English, rightwards in Arabic) brings the next
  // source; the tabs stay at the top, under the bar.
  const panel = story.locator('#source-panels');
  await panel.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  const y = 400;
  // The finger lands on the source's words.
  expect(
    await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('#source-panels') !== null,
      [195, y],
    ),
  ).toBe(true);
  await swipeSideways(page, 195 + (lang === 'en' ? 100 : -100), y, lang === 'en' ? -200 : 200);
  await expect(story.getByText(W[lang].two, { exact: true })).toBeVisible();
  await expect(tabs.getByRole('tab', { selected: true })).toHaveText(/.+/);
  expect(await story.getByRole('article').getByRole('heading', { level: 3 }).textContent()).not.toBe(first);
  // The tabs stick right under the bar, whatever its height (its labels may wrap).
  const tabsTop = (await tabs.boundingBox())!.y;
  const barBottom = await story
    .getByRole('button', { name: W[lang].back })
    .evaluate((b) => b.parentElement!.getBoundingClientRect().bottom);
  expect(tabsTop).toBeGreaterThanOrEqual(barBottom - 1);
  expect(tabsTop).toBeLessThan(barBottom + 12);
  // A vertical swipe is the page's: it does not change the source.
  await swipeSideways(page, 195, y, lang === 'en' ? 20 : -20);
  await expect(story.getByText(W[lang].two, { exact: true })).toBeVisible();
  // A tab goes straight to its source.
  await tabs.getByRole('tab').first().tap();
  await expect(story.getByText(W[lang].one, { exact: true })).toBeVisible();

  // "Compare by claim" opens the table, and closes it again.
  const toggle = story.getByRole('button', { name: W[lang].compare });
  await toggle.tap();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(story.getByRole('table')).toBeVisible();
  await toggle.tap();
  await expect(story.getByRole('table')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

async function swipesStop(page: Page, lang: Lang): Promise<void> {
  const story = page.getByRole('main');
  const tabs = story.getByRole('tablist', { name: W[lang].sources });
  await story.locator('#source-panels').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  // Towards the line's start is the next source: leftwards in English, rightwards in Arabic.
  const next = lang === 'en' ? -200 : 200;
  const x = 195 - next / 2;
  const selected = () => tabs.getByRole('tab', { selected: true }).getAttribute('id');
  for (let i = 0; i < 2; i++) await swipeSideways(page, x, 400, next);
  await expect.poll(selected).toBe('source-tab-2');
  await swipeSideways(page, x, 400, next);
  // Still the third: not back to the first.
  await expect(story.getByText(W[lang].lastSource, { exact: true })).toBeVisible();
  expect(await selected()).toBe('source-tab-2');
  await expect(story.getByText(W[lang].three, { exact: true })).toBeVisible({ timeout: 4000 });
  for (let i = 0; i < 2; i++) await swipeSideways(page, x + next, 400, -next);
  await expect.poll(selected).toBe('source-tab-0');
  await swipeSideways(page, x + next, 400, -next);
  await expect(story.getByText(W[lang].firstSource, { exact: true })).toBeVisible();
  expect(await selected()).toBe('source-tab-0');
}

async function nextEventAtTop(page: Page, lang: Lang): Promise<void> {
  const story = page.locator('.has-selection .story');
  // The steps are at the reader's foot: tapping one is done from far down the page.
  await story.getByRole('navigation', { name: W[lang].steps }).getByRole('button').first().tap();
  await expect.poll(() => query(page).get('event')).not.toBe(MAIN_CALL);
  const heading = page.locator('#detail-heading');
  await expect(heading).toBeFocused();
  await expect
    .poll(async () => {
      const box = await heading.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 844;
    })
    .toBe(true);
}

async function shares(page: Page, lang: Lang): Promise<void> {
  const story = page.locator('.has-selection .story');
  await story.getByRole('button', { name: W[lang].share, exact: true }).tap();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  expect(shared).toHaveLength(1);
  expect(new URL(shared[0]!.url!).searchParams.get('event')).toBe(MAIN_CALL);
  const heading = (await story.locator('#detail-heading').textContent())!.trim();
  expect(shared[0]!.title).toContain(heading);
}

test.describe('a tablet held upright, 768×1024, touch: the reader', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });
  const T = {
    ar: {
      who: 'من قال ماذا',
      diverge: /^أين تفترق الروايات/,
      all: /كل الادعاءات التي تفترق فيها الروايات/,
      fewer: 'عرض أقل',
    },
    en: {
      who: 'Who said what',
      diverge: /^Where they diverge/,
      all: /All 12 claims where they part ways/,
      fewer: 'Show fewer',
    },
  } as const;

  for (const lang of ['ar', 'en'] as const) {
    test(`(${lang}) a story across the width: where they diverge open above the tabs, the first quote on the first screen, the list behind "All events"`, async ({
      page,
    }) => {
      await openApp(page, `lang=${lang}&event=${MAIN_CALL}`);
      const story = page.getByRole('main');
      const back = story.getByRole('button', { name: W[lang].back });
      const barBottom = await back.evaluate((b) => b.parentElement!.getBoundingClientRect().bottom);
      const foot = (await page.getByRole('navigation', { name: W[lang].steps }).boundingBox())!.y;
      // No list beside the reader: its words take the width.
      await expect(story.getByRole('navigation', { name: W[lang].all })).toBeHidden();
      const reader = story.getByRole('article');
      await expect(reader).toHaveCount(1);
      expect((await reader.boundingBox())!.width).toBeGreaterThan(700);
      // Where they diverge stands open, a heading, not a cue to tap, with who said what side by side.
      const diverge = story.getByRole('heading', { name: T[lang].diverge });
      await expect(diverge).toBeVisible();
      await expect(story.getByRole('button', { name: T[lang].diverge })).toHaveCount(0);
      const sides = story.getByRole('region', { name: T[lang].who }).getByRole('region');
      await expect(sides).toHaveCount(2);
      const [a, b] = [(await sides.nth(0).boundingBox())!, (await sides.nth(1).boundingBox())!];
      expect(Math.abs(a.y - b.y)).toBeLessThan(2);
      // It comes before the tabs, and the first quote's first lines are on the first screen.
      const tabs = story.getByRole('tablist', { name: W[lang].sources });
      expect((await diverge.boundingBox())!.y).toBeLessThan((await tabs.boundingBox())!.y);
      const quote = (await reader.getByRole('figure').first().locator('blockquote').boundingBox())!;
      expect(quote.y).toBeGreaterThanOrEqual(barBottom);
      expect(quote.y + 40).toBeLessThanOrEqual(foot);
      // The rest of the claims, one tap away, and back to the brief.
      const claims = story.getByRole('region', { name: T[lang].diverge }).getByRole('listitem');
      const brief = await claims.count();
      await story.getByRole('button', { name: T[lang].all }).tap();
      const fewer = story.getByRole('button', { name: T[lang].fewer });
      await expect(fewer).toHaveAttribute('aria-expanded', 'true');
      await expect(claims).toHaveCount(brief + 12);
      await fewer.tap();
      await expect(claims).toHaveCount(brief);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);

      // "All events" leads to the list, the event's row marked; a row opens the event again.
      await back.tap();
      await expect.poll(() => query(page).get('event')).toBeNull();
      const list = page.getByRole('navigation', { name: W[lang].all });
      await expect(list).toBeVisible();
      const row = listRows(page, MAIN_CALL);
      await row.scrollIntoViewIfNeeded();
      await row.tap();
      await expect.poll(() => query(page).get('event')).toBe(MAIN_CALL);
      await expect(story.getByRole('heading', { name: T[lang].diverge })).toBeVisible();
    });
  }
});

test.describe('a tablet held upright, 768×1024, touch: a short event', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });
  test('keeps the bar of the events before and after at the foot of the screen', async ({ page }) => {
    await openApp(page, 'lang=en&event=us-ambassador-summoned-2024-06-24');
    const steps = (await page.getByRole('navigation', { name: W.en.steps }).boundingBox())!;
    expect(steps.y + steps.height).toBeGreaterThan(1024 - 2);
  });
});

const B = {
  ar: { add: 'أضف إلى الإحاطة', open: 'في الإحاطة: افتحها', dialog: 'إعداد إحاطة', number: '١' },
  en: { add: 'Add to briefing', open: 'In the briefing: open it', dialog: 'Build a briefing', number: '1' },
} as const;

test.describe('a phone, 390×844, touch: the next event and the briefing builder', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  // One opening of the June 2024 call: the next event in time, then the briefing builder on that event.
  for (const lang of ['ar', 'en'] as const) {
    test(`(${lang}) the next event in time opens at its top; the briefing builder numbers the events in the language's digits`, async ({
      page,
    }) => {
      await openApp(page, `lang=${lang}&event=${MAIN_CALL}`);
      await test.step('the next event in time opens at its top, its headline on screen', () =>
        nextEventAtTop(page, lang));
      await test.step("the briefing builder numbers the events in the language's digits, with no Alt-key hint", () =>
        briefingNumbers(page, lang));
    });
  }
});

/** The briefing builder, opened from an event, numbers its events in the language's digits, with no
 * Alt-key hint. */
async function briefingNumbers(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('button', { name: B[lang].add }).tap();
  await page.getByRole('button', { name: B[lang].open }).tap();
  const dialog = page.getByRole('dialog', { name: B[lang].dialog });
  await expect(dialog.locator('.brief-item-number').first()).toHaveText(B[lang].number);
  await expect(dialog.getByText('Alt+↑')).toBeHidden();
}
