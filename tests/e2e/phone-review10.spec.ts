/**
 * A phone and an upright tablet, as a reader tries them (UX review 10p): the step bar's titles end in
 * "…" when cut, on either half; a list row's date range wraps before its source count instead of
 * running into it; a swipe on the timeline leaves no keyboard focus ring round it.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** Whether an element's text is cut: wider than its box, and drawn with an ellipsis when it is. */
const cut = (l: Locator): Promise<{ overflows: boolean; ellipsis: boolean }> =>
  l.evaluate((el) => ({
    overflows: el.scrollWidth > el.clientWidth + 1,
    ellipsis: getComputedStyle(el).textOverflow === 'ellipsis',
  }));

/** A one-finger swipe from a point, through the touch events a phone sends. */
async function swipe(page: Page, x: number, y: number, dx: number, dy: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 8; i++)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: x + (dx * i) / 8, y: y + (dy * i) / 8 }],
    });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** A swipe on the timeline (up, then sideways) draws no keyboard focus ring round it (S3-2). */
async function checkSwipeRing(page: Page, lang: 'ar' | 'en'): Promise<void> {
  const timeline = page.getByRole('region', {
    name: lang === 'ar' ? 'الخط الزمني للأحداث' : 'Timeline of events',
  });
  await timeline.scrollIntoViewIfNeeded();
  const b = (await timeline.boundingBox())!;
  const y = Math.max(b.y, 0) + 200;
  await swipe(page, b.x + b.width / 2, y, 0, -150);
  await swipe(page, b.x + b.width / 2, y - 150, -120, 0);
  // Two frames drawn after the swipe's last touch: any focus it moved is on the screen.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await timeline.evaluate((el) => el.matches(':focus-visible'))).toBe(false);
  expect(await timeline.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
}

/** Every box on the timeline is a 44 px target (S3-10), in English. */
async function checkTargets(page: Page): Promise<void> {
  const timeline = page.getByRole('region', { name: 'Timeline of events' });
  const title = timeline.getByText('Gerasimov–Milley call', { exact: true }).first();
  await title.scrollIntoViewIfNeeded();
  // The box a finger taps: the drawn frame round the title.
  const heights = await timeline.evaluate((el) =>
    [...el.querySelectorAll('[data-id]')]
      .map((b) => b.getBoundingClientRect())
      .filter((r) => r.width > 20 && r.height > 0)
      .map((r) => r.height),
  );
  expect(heights.length).toBeGreaterThan(3);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
}

/** In Arabic, a date range in the list wraps before the source count, not into it (S3-5). */
async function checkDateRange(page: Page): Promise<void> {
  // A browser with no Arabic region: both month names, the longest dates.
  const row = page.locator('#event-list li').filter({ hasText: 'الحد الأدنى المطلق' }).first();
  await row.scrollIntoViewIfNeeded();
  const date = await row.locator('time').boundingBox();
  const count = await row.getByText('مصدر واحد').boundingBox();
  const overlap =
    Math.min(date!.x + date!.width, count!.x + count!.width) - Math.max(date!.x, count!.x) > 0 &&
    Math.min(date!.y + date!.height, count!.y + count!.height) - Math.max(date!.y, count!.y) > 0;
  expect(overlap).toBe(false);
}

/** A "Later" title too long for its half of the step bar ends in an ellipsis (S3-1). */
async function checkLaterCut(page: Page, later: string, steps: string): Promise<void> {
  const step = page.getByRole('navigation', { name: steps }).getByRole('button', { name: new RegExp(later) });
  const title = step.locator('span').last();
  await expect(title).toBeVisible();
  const box = await title.boundingBox();
  const half = await step.boundingBox();
  // The title stays in its half, on one line, and says it is cut.
  expect(box!.height).toBeLessThan(30);
  expect(box!.x).toBeGreaterThanOrEqual(half!.x - 1);
  expect(box!.x + box!.width).toBeLessThanOrEqual(half!.x + half!.width + 1);
  const c = await cut(title);
  expect(c.overflows, 'this title is longer than its half').toBe(true);
  expect(c.ellipsis).toBe(true);
}

// The first screen opened once per size and language, its checks as steps; on a phone, then an event
// whose "Later" title is cut.
const LATER = {
  en: { event: 'chiefs-call-2022-05-19', later: 'Later', steps: 'Events in time order' },
  ar: { event: 'invasion-2022-02-24', later: 'اللاحق', steps: 'الأحداث بترتيب زمني' },
} as const;

for (const [size, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['tablet', { width: 768, height: 1024 }],
] as const)
  test.describe(`a ${size}, ${viewport.width}×${viewport.height}, touch`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true });
    for (const lang of ['en', 'ar'] as const)
      test(`(${lang}) the timeline's boxes and a swipe on it${size === 'phone' ? ', the list, the step bar' : ''}`, async ({
        page,
      }) => {
        await openApp(page, `lang=${lang}`);
        if (lang === 'en')
          await test.step('every box on the timeline is a 44 px target (S3-10)', () => checkTargets(page));
        if (size === 'phone' && lang === 'ar')
          await test.step('a date range in the list wraps before the source count, not into it (S3-5)', () =>
            checkDateRange(page));
        await test.step('a swipe on the timeline draws no keyboard focus ring round it (S3-2)', () =>
          checkSwipeRing(page, lang));
        if (size !== 'phone') return;
        const { event, later, steps } = LATER[lang];
        await openApp(page, `lang=${lang}&event=${event}`);
        await test.step(`a "Later" title too long for its half ends in an ellipsis (S3-1)`, () =>
          checkLaterCut(page, later, steps));
      });
  });
