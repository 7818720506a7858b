import type { Page } from '@playwright/test';
import { detailTitle, expect, listRows, openApp, query, storyPane, test, timelinePane } from './fixtures';

/** The events in time order, as the list gives them (once it is drawn). */
async function order(page: Page): Promise<string[]> {
  await expect(listRows(page).first()).toBeAttached();
  return listRows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!));
}

const TEXT = {
  en: {
    forward: 'ArrowRight',
    backward: 'ArrowLeft',
    keys: 'Keyboard shortcuts',
    search: 'Search events',
    firstLane: "Defence ministers' calls",
  },
  ar: {
    forward: 'ArrowLeft',
    backward: 'ArrowRight',
    keys: 'اختصارات لوحة المفاتيح',
    search: 'ابحث',
    firstLane: 'اتصالات وزيرَي الدفاع',
  },
} as const;

/** The search status while the open event is the `at`th of `count` matches (Arabic-Indic digits in Arabic). */
const AT = {
  en: (at: number, count: number): RegExp => new RegExp(`^${at} of ${count} matching events$`),
  ar: (at: number, count: number): RegExp => {
    const d = (n: number): string => String(n).replace(/[0-9]/g, (c) => '٠١٢٣٤٥٦٧٨٩'[Number(c)]!);
    return new RegExp(`^${d(at)} من ${d(count)} `);
  },
} as const;

const WORDS = {
  en: {
    start: 'Start here',
    skip: "Skip to each source's words",
    words: "Each source's words",
    timeline: 'Skip to the timeline',
  },
  ar: {
    start: 'ابدأ من هنا',
    skip: 'انتقل إلى كلمات كل مصدر',
    words: 'كلمات كل مصدر',
    timeline: 'انتقل إلى الخط الزمني',
  },
} as const;

for (const lang of ['en', 'ar'] as const)
  test(`(${lang}) the first Tab skips to the timeline, where the arrow opens the first event in view; the next to the words`, async ({
    page,
  }) => {
    const w = WORDS[lang];
    await openApp(page, `lang=${lang}`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: w.timeline });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    const timeline = timelinePane(page);
    await expect(timeline).toBeFocused();
    // The boxes in view on the timeline before the step.
    const inView = await page.locator('.vis-item[data-id]').evaluateAll((els) => {
      const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
      return els
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return r.right > panel.left && r.left < panel.right && r.width > 0;
        })
        .map((e) => e.getAttribute('data-id')!);
    });
    expect(inView.length).toBeGreaterThan(0);
    await page.keyboard.press(TEXT[lang].forward);
    await expect.poll(() => query(page).get('event')).not.toBeNull();
    expect(inView).toContain(query(page).get('event'));
    // With an event open, the next skip link goes to its sources' words.
    await openApp(page, `lang=${lang}&event=call-2024-06-25`);
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: w.skip }).first()).toBeFocused();
    await expect(page.getByRole('link', { name: w.skip }).first()).toBeInViewport();
    await page.keyboard.press('Enter');
    // Past the summary of where they diverge: the sources' words themselves (review 11, S2-1).
    await expect(page.getByRole('group', { name: w.words })).toBeFocused();
    await expect(page.getByRole('blockquote').first()).toBeInViewport();
  });

for (const lang of ['en', 'ar'] as const)
  test(`(${lang}) from an event's heading, one Tab and Enter reach the sources' words`, async ({ page }) => {
    const w = WORDS[lang];
    await openApp(page, `lang=${lang}`);
    await page.getByRole('region', { name: w.start }).getByRole('button').first().click();
    await expect(page.getByRole('heading', { level: 2 }).and(page.locator(':focus'))).toHaveCount(1);
    await page.keyboard.press('Tab');
    // The link under the heading (the page's own skip links at its top name the words too).
    const skip = page.locator(':focus');
    await expect(skip).toHaveAccessibleName(w.skip);
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    const words = page.getByRole('group', { name: w.words });
    await expect(words).toBeFocused();
    await expect(page.getByRole('blockquote').first()).toBeInViewport();
  });

for (const lang of ['en', 'ar'] as const) {
  const k = TEXT[lang];
  test.describe(`one keyboard model on the desk (${lang})`, () => {
    // One opening for three checks, each a step continuing from where the one before left the page.
    test('a Start-here card, then the arrows and J/K; + and − zoom, Shift with an arrow pans, 0 shows all; “?” lists the keys', async ({
      page,
    }) => {
      await test.step('after a Start-here card, the arrows (in reading direction) and J/K step through the events, focus on the heading', async () => {
        await openApp(page, `lang=${lang}`);
        const ids = await order(page);
        await page.getByRole('region', { name: WORDS[lang].start }).getByRole('button').first().click();
        const first = query(page).get('event')!;
        const at = ids.indexOf(first);
        expect(at).toBeGreaterThanOrEqual(0);
        // Focus is on the event's heading, not lost to the page.
        await expect(page.locator('#detail-heading')).toBeFocused();
        const timelineTop = (await page
          .getByRole('region', { name: /timeline|الخط الزمني/i })
          .first()
          .boundingBox())!.y;
        await page.keyboard.press(k.forward);
        await expect.poll(() => query(page).get('event')).toBe(ids[at + 1]);
        await expect(page.locator('#detail-heading')).toBeFocused();
        await page.keyboard.press('j');
        await expect.poll(() => query(page).get('event')).toBe(ids[at + 2]);
        await page.keyboard.press('k');
        await expect.poll(() => query(page).get('event')).toBe(ids[at + 1]);
        await page.keyboard.press(k.backward);
        await expect.poll(() => query(page).get('event')).toBe(first);
        // The page did not scroll the timeline away.
        const after = (await page
          .getByRole('region', { name: /timeline|الخط الزمني/i })
          .first()
          .boundingBox())!.y;
        expect(Math.abs(after - timelineTop)).toBeLessThan(2);
      });
      await test.step('+ and − zoom, Shift with an arrow pans, 0 shows all, with focus away from the timeline', async () => {
        // Continues from the step before: its first event open, focus on its heading.
        const event = query(page).get('event');
        await expect(page.locator('#detail-heading')).toBeFocused();
        const span = (): number => {
          const q = query(page);
          return Date.parse(q.get('to') ?? '') - Date.parse(q.get('from') ?? '');
        };
        await expect.poll(span).toBeGreaterThan(0);
        const wide = span();
        await page.keyboard.press('+');
        await expect.poll(span).toBeLessThan(wide * 0.75);
        const narrow = span();
        await page.keyboard.press('-');
        await expect.poll(span).toBeGreaterThan(narrow * 1.5);
        // Shift with the arrow that reads forward pans later in time.
        const from = query(page).get('from')!;
        await page.keyboard.press(`Shift+${k.forward}`);
        await expect.poll(() => query(page).get('from')! > from).toBe(true);
        // The event stays open and focus stays where it was: nothing but the view moved.
        expect(query(page).get('event')).toBe(event);
        await expect(page.locator('#detail-heading')).toBeFocused();
        const panned = span();
        await page.keyboard.press('0');
        // All events of the main stretch of time (2022–24; the far-off 1962 and 2014 are counted beside
        // the arrows, not drawn on a 1950–2032 axis: UX review 10, S3-10).
        await expect.poll(span).toBeGreaterThan(panned * 2);
        await page.keyboard.press('?');
        const dialog = page.getByRole('dialog', { name: k.keys });
        await expect(dialog.getByText('+ − 0')).toBeVisible();
        await expect(dialog.getByText(/Shift/)).toBeVisible();
      });
      await test.step('“?” opens the list of keys, which Escape closes; typing in the search is never taken', async () => {
        // Continues from the step before: the event open, the list of keys open.
        const dialog = page.getByRole('dialog', { name: k.keys });
        await page.keyboard.press('Escape');
        // Closed before it is asked for again: a "?" that lands while it is still closing would be lost.
        await expect(dialog).toBeHidden();
        await page.keyboard.press('?');
        await expect(dialog).toBeVisible();
        await expect(dialog.getByText('Esc')).toBeVisible();
        const event = query(page).get('event');
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
        // Escape closed only the dialog, not the event.
        expect(query(page).get('event')).toBe(event);
        const box = page.getByRole('searchbox').first();
        await box.click();
        await page.keyboard.type('j?k');
        await expect(box).toHaveValue('j?k');
        await expect(dialog).toBeHidden();
        expect(query(page).get('event')).toBe(event);
      });
    });

    // One opening for both checks of stepping, the second continuing where the first left the page.
    test('with a search, the arrows and J/K step through its matches only; ↑/↓ in “All events in order” move the selection', async ({
      page,
    }) => {
      await openApp(page, `lang=${lang}`);
      const ids = await order(page);
      await test.step('with a search, the arrows and J/K step through its matches only, in time order; cleared, every event', async () => {
        const box = page.getByRole('searchbox').first();
        await box.fill(lang === 'en' ? 'Shoigu' : 'شويغو');
        const status = page.locator('#results-heading');
        await expect(status).toHaveText(/\d|[٠-٩]/);
        const found = await page
          .locator('#event-list button.result')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!));
        const inTime = ids.filter((id) => found.includes(id));
        const n = inTime.length;
        expect(n).toBeGreaterThan(3);
        // Some event the search does not find lies between two matches, so a plain step would land on it.
        const gap = inTime.findIndex((id, i) => i < n - 1 && ids[ids.indexOf(id) + 1] !== inTime[i + 1]);
        expect(gap).toBeGreaterThanOrEqual(0);
        await page.locator(`#event-list [data-event-id="${inTime[gap]}"]`).click();
        await expect.poll(() => query(page).get('event')).toBe(inTime[gap]);
        await expect(status).toHaveText(AT[lang](gap + 1, n));
        await page.keyboard.press(k.forward);
        await expect.poll(() => query(page).get('event')).toBe(inTime[gap + 1]);
        await expect(status).toHaveText(AT[lang](gap + 2, n));
        await page.keyboard.press('k');
        await expect.poll(() => query(page).get('event')).toBe(inTime[gap]);
        await page.keyboard.press('End');
        await expect.poll(() => query(page).get('event')).toBe(inTime[n - 1]);
        await expect(status).toHaveText(AT[lang](n, n));
        await page.keyboard.press('Home');
        await expect.poll(() => query(page).get('event')).toBe(inTime[0]);
        // The search cleared, the arrows go through every event again.
        await page.locator(`#event-list [data-event-id="${inTime[gap]}"]`).click();
        await box.fill('');
        await storyPane(page).click({ position: { x: 5, y: 5 } });
        await page.keyboard.press(k.forward);
        await expect.poll(() => query(page).get('event')).toBe(ids[ids.indexOf(inTime[gap]!) + 1]);
      });
      await test.step('↑/↓ in “All events in order” move the selection, focus staying in the list', async () => {
        // Continues from the step before: the search cleared.
        await page.locator(`#event-list [data-event-id="${ids[3]}"]`).click();
        await expect.poll(() => query(page).get('event')).toBe(ids[3]);
        await page.keyboard.press('ArrowDown');
        await expect.poll(() => query(page).get('event')).toBe(ids[4]);
        await expect(page.locator(`#event-list [data-event-id="${ids[4]}"]`)).toBeFocused();
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('ArrowUp');
        await expect.poll(() => query(page).get('event')).toBe(ids[2]);
        await expect(page.locator(`#event-list [data-event-id="${ids[2]}"]`)).toBeFocused();
        // The reading-direction arrows step from the list too, and focus follows the row.
        await page.keyboard.press(k.forward);
        await expect.poll(() => query(page).get('event')).toBe(ids[3]);
        await expect(page.locator(`#event-list [data-event-id="${ids[3]}"]`)).toBeFocused();
      });
    });

    test('from the reading pane too; Escape closes the event, then leaves the search', async ({ page }) => {
      await openApp(page, `lang=${lang}&event=call-2024-06-25`);
      const ids = await order(page);
      const at = ids.indexOf('call-2024-06-25');
      expect(at).toBeGreaterThan(0);
      // A click on the text of the accounts, then the arrow.
      await storyPane(page).click({ position: { x: 5, y: 5 } });
      await page.keyboard.press(k.backward);
      await expect.poll(() => query(page).get('event')).toBe(ids[at - 1]);
      await expect(page.locator('#detail-heading')).toBeFocused();
      await page.keyboard.press('Escape');
      await expect.poll(() => query(page).get('event')).toBeNull();
      await expect(detailTitle(page)).toHaveCount(0);
      // Focus is not lost: it lands on the closed event's row, whole in sight (review 13, S3-N2).
      const row = page.locator(`#event-list [data-event-id="${ids[at - 1]}"]`);
      await expect(row).toBeFocused();
      await expect(row).toBeInViewport({ ratio: 1 });
      // The full timeline is back as it was before the event opened, lanes from the first, not where
      // the strip had scrolled them to its box (review 13, S3-8).
      await expect(timelinePane(page).getByText(k.firstLane, { exact: true })).toBeInViewport({ ratio: 1 });
      // With a search: Escape closes the event first, then the search.
      const box = page.getByRole('searchbox').first();
      await box.fill('Belousov');
      await listRows(page).first().click();
      await expect.poll(() => query(page).get('event')).not.toBeNull();
      await page.keyboard.press('Escape');
      await expect.poll(() => query(page).get('event')).toBeNull();
      await expect(box).toHaveValue('Belousov');
      await page.keyboard.press('Escape');
      await expect(box).toHaveValue('');
    });

    test('“/” goes to the search box from the timeline or the reading pane, never while typing; “?” lists it', async ({
      page,
    }) => {
      await openApp(page, `lang=${lang}&event=call-2024-06-25`);
      const box = page.getByRole('searchbox').first();
      await storyPane(page).click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('/');
      await expect(box).toBeFocused();
      await expect(box).toHaveValue('');
      await page.keyboard.type('a/b');
      await expect(box).toHaveValue('a/b');
      await timelinePane(page).focus();
      await page.keyboard.press('/');
      await expect(box).toBeFocused();
      // The words already there are selected: typing replaces them.
      await page.keyboard.type('x');
      await expect(box).toHaveValue('x');
      await storyPane(page).click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog', { name: k.keys });
      await expect(dialog.getByText('/', { exact: true })).toBeVisible();
    });
  });
}
