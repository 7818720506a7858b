import type { Page } from '@playwright/test';
import { expect, openApp, test, waitReady } from './fixtures';

/** Writes `value` as the saved draft, where the workbench keeps it (IndexedDB `riwayat-author`). */
async function plantDraft(page: Page, value: unknown): Promise<void> {
  await page.evaluate(
    (saved) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('riwayat-author', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('drafts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put(saved, 'current');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    value,
  );
}

/** A saved history this build cannot read: a command it does not know. */
const JUNK = {
  base: { title: { ar: 'مسودة', en: 'Draft' }, sources: [], entities: [], events: [] },
  done: [{ type: 'rename-article', from: 'a', to: 'b' }],
  undone: [],
};

test.describe('a part of the page that fails', () => {
  test('a saved draft this build cannot read leaves the page readable, its header usable, and a way back', async ({
    page,
    watch,
  }) => {
    await openApp(page, 'lang=en');
    await plantDraft(page, JUNK);
    await page.goto('./?lang=en&author=1');
    // Never a blank page: there is text, and the header's language switch works.
    await expect(page.getByRole('banner')).toBeVisible();
    await expect.poll(() => page.evaluate(() => document.body.innerText.trim().length)).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'اقرأ بالعربية' }).first().click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect.poll(() => page.evaluate(() => document.body.innerText.trim().length)).toBeGreaterThan(20);
    // Leaving the workbench brings back the timeline.
    const close = page.getByRole('button', { name: 'إغلاق منضدة الإعداد' });
    await close.first().click();
    await waitReady(page);
    await expect(page.getByRole('region', { name: 'الخط الزمني' })).toBeVisible();
    // The draft's failure was reported on the console, and nothing else was.
    watch.problems.splice(
      0,
      watch.problems.length,
      ...watch.problems.filter((p) => !/reading 'sources'|rename-article/.test(p)),
    );
  });

  test('a timeline whose code fails to load says so, the rest works, and "Try again" brings it', async ({
    page,
    watch,
  }) => {
    let blocked = true;
    await page.route(/\/assets\/Timeline-[^/]*\.js$/, (route) =>
      blocked ? route.abort() : route.continue(),
    );
    await page.goto('./?lang=en');
    const failure = page.getByRole('alert').filter({ hasText: 'The timeline could not be shown.' });
    await expect(failure).toBeVisible();
    await expect(failure).toContainText('The rest of the page still works.');
    // The list, the card and the search still work.
    const list = page.getByRole('navigation', { name: /All events in order/ });
    await list.getByRole('button', { name: /Austin and Belousov speak by phone/ }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Austin and Belousov speak by phone', exact: true }),
    ).toBeVisible();
    await page.getByRole('searchbox').fill('Shoigu');
    await expect(page.getByRole('heading', { name: /matching event/ })).toBeVisible();
    await page.getByRole('searchbox').fill('');
    // The code is reachable again: "Try again" asks for it and the timeline draws.
    blocked = false;
    await failure.getByRole('button', { name: 'Try again' }).click();
    await waitReady(page);
    await expect(failure).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Timeline of events' })).toBeVisible();
    // The failed requests and React's report of the caught failure are expected here, and only those.
    const expected = /Failed to load resource|Failed to fetch dynamically imported module|Timeline-/;
    expect(watch.problems.length).toBeGreaterThan(0);
    expect(watch.problems.filter((p) => !expected.test(p))).toEqual([]);
    watch.problems.splice(0, watch.problems.length);
  });
});
