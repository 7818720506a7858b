import type { BrowserContext } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

// Tests of a worker take turns in one browser context (fixtures.ts). These two run in order in one
// worker: the first leaves behind all a test can, the second, in the same context, must find none of it.
test.describe.configure({ mode: 'serial' });

let first: BrowserContext | undefined;

test('a test may store, grant and route what it likes', async ({ page, context }) => {
  first = context;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.route('**/dataset.json', (r) => r.fulfill({ status: 500 }));
  await context.addCookies([
    { name: 'left', value: 'behind', url: page.url() === 'about:blank' ? 'http://127.0.0.1/' : page.url() },
  ]);
  await page.goto('./?lang=en');
  await page.evaluate(async () => {
    localStorage.setItem('left', 'behind');
    sessionStorage.setItem('left', 'behind');
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('left-behind', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('s');
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error);
    });
    await caches.open('left-behind');
  });
});

test('the next test in the worker finds none of it', async ({ page, context }) => {
  // The route to a failing dataset, were it left, would keep the app from opening.
  await openApp(page, 'lang=en');
  expect(await page.context().cookies()).toEqual([]);
  const left = await page.evaluate(async () => ({
    local: localStorage.getItem('left'),
    session: sessionStorage.getItem('left'),
    databases: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    clipboard: (await navigator.permissions.query({ name: 'clipboard-read' as PermissionName })).state,
  }));
  expect(left).toEqual({ local: null, session: null, databases: [], caches: [], clipboard: 'prompt' });
  expect(context, 'the same context as the test before').toBe(first);
});
