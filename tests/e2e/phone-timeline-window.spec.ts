import type { Page } from '@playwright/test';
import { expect, listRows, openApp, query, servedEvents, test, timelinePane } from './fixtures';

const MAIN_CALL = 'call-2024-06-25';
const DAY = 86_400_000;

/** How far a box of the timeline runs past the left and right edges of its time axis (0 when whole). */
const overrun = (page: Page, id: string) =>
  page.evaluate((itemId) => {
    const box = document.querySelector(`.vis-item.vis-box[data-id="${CSS.escape(itemId)}"]`);
    const axis = document.querySelector('.vis-panel.vis-center');
    if (box === null || axis === null) return null;
    const b = box.getBoundingClientRect();
    const a = axis.getBoundingClientRect();
    return Math.max(0, a.left - b.left) + Math.max(0, b.right - a.right);
  }, id);

test.describe('a phone, 390×844, touch: the timeline’s window', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const lang of ['ar', 'en'] as const) {
    test(`(${lang}) the first view shows every box of the story whole, inside the axis`, async ({ page }) => {
      await openApp(page, `lang=${lang}`);
      await timelinePane(page).scrollIntoViewIfNeeded();
      const calls = (await servedEvents(page)).filter((e) => e.kind === 'defence-call');
      expect(calls.length).toBeGreaterThan(3);
      for (const c of calls) await expect.poll(() => overrun(page, c.id), c.id).toBeLessThanOrEqual(1);
    });

    test(`(${lang}) opening the last event from a window years before it brings its box in whole, without a year of empty future`, async ({
      page,
    }) => {
      await openApp(page, `lang=${lang}&from=2019-01-01&to=2022-01-01`);
      const row = listRows(page, MAIN_CALL);
      await row.scrollIntoViewIfNeeded();
      await row.tap();
      await expect.poll(() => query(page).get('event')).toBe(MAIN_CALL);
      const from = Date.parse(query(page).get('from')!);
      const to = Date.parse(query(page).get('to')!);
      // The window keeps its width (three years) and reaches at most a quarter of it past the last event.
      // The data ends with the events known only to the month of June 2024, whose period runs to 1 July.
      const last = Date.parse('2024-07-01');
      expect(to - from).toBeGreaterThan(2.9 * 365 * DAY);
      expect(to).toBeLessThanOrEqual(last + (to - from) * 0.25 + 2 * DAY);
      // Its box, on the timeline behind the event's view, is whole inside the axis.
      await expect.poll(() => overrun(page, MAIN_CALL)).toBeLessThanOrEqual(1);
    });
  }
});
