/**
 * Hostile files and faults while opening a dataset: each is refused (or cancelled) within seconds, with
 * an alert, and the dataset, selection and window on screen stay.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, query, test } from './fixtures';

type Json = Record<string, any>;
const bundled = async (page: Page): Promise<Json> =>
  (await (await page.request.get('./dataset.json')).json()) as Json;

const SELECTED = 'call-2024-06-25';

/** Drops a file whose text is built in the page (a large file crosses over far faster this way). */
async function dropBuilt(page: Page, name: string, build: (() => string) | string): Promise<void> {
  const text =
    typeof build === 'string' ? await page.evaluateHandle((t) => t, build) : await page.evaluateHandle(build);
  const transfer = await page.evaluateHandle(
    ([body, file]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([body], file, { type: 'application/json' }));
      return dt;
    },
    [text, name] as const,
  );
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}

const dropFile = dropBuilt;

/** The bundled dataset, the selected event and its title stay on screen. */
async function viewKept(page: Page, title: string): Promise<void> {
  await expect(page.locator('.detail-title')).toHaveText(title);
  await expect(page.locator('.vis-item.vis-box.vis-selected')).toHaveCount(1);
  expect(query(page).get('event')).toBe(SELECTED);
}

test('a source published on no real day is refused with its path, never a spinner', async ({ page }) => {
  const d = await bundled(page);
  d.sources.find((s: Json) => s.id === 'art-000').published = '2022-10-32';
  await page.route('**/bad-date.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(d) }),
  );
  await page.goto('./?lang=en&data=bad-date.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('$.sources[0].published', { timeout: 10_000 });
  await expect(alert).toContainText('not a valid date');
  await expect(page.locator('.load-progress')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Back to the bundled dataset' })).toBeVisible();
});

test('a file that breaks ten million rules is refused quickly with a capped list', async ({ page }) => {
  const d = await bundled(page);
  await openApp(page, `lang=en&event=${SELECTED}`);
  const title = d.events.find((e: Json) => e.id === SELECTED).title.en;
  // 20,000 events of 500 claims that are not objects, each missing its ten fields: 10,200,000 problems.
  await dropBuilt(page, 'amplified.json', () => {
    const event = `{"claims":[${new Array(500).fill(0).join(',')}]}`;
    return `{"format":"riwayat-dataset","version":1,"title":{"ar":"x","en":"x"},"sources":[],"entities":[],"events":[${new Array(20_000).fill(event).join(',')}]}`;
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('10,200,000 problems', { timeout: 20_000 });
  await expect(alert.locator('li')).toHaveCount(100);
  await expect(alert).toContainText('…and 10,199,900 more.');
  await viewKept(page, title);
});

/** The bundled dataset cut down and renamed, as a small valid file. */
function renamed(d: Json, en: string): string {
  const copy = structuredClone(d);
  copy.title = { ar: en, en };
  copy.events = copy.events.filter((e: Json) => e.kind === 'defence-call');
  return JSON.stringify(copy);
}

test('the last file chosen wins, even when an earlier one finishes later', async ({ page }) => {
  const d = await bundled(page);
  // The checking worker of the second load (the first file) starts four seconds late.
  let workers = 0;
  await page.route('**/parse.worker*.js', async (route) => {
    if (++workers === 2) await new Promise((r) => setTimeout(r, 4_000));
    await route.continue();
  });
  await openApp(page, 'lang=en');
  await dropFile(page, 'slow.json', renamed(d, 'Slow file'));
  await dropFile(page, 'quick.json', renamed(d, 'Quick file'));
  await expect(page.locator('.dataset-title')).toHaveText('Quick file');
  await page.waitForTimeout(5_000);
  await expect(page.locator('.dataset-title')).toHaveText('Quick file');
  await expect(page.locator('.load-progress')).toHaveCount(0);
});

test('a file dropped during a slow ?data= download wins, and the address drops data=', async ({ page }) => {
  const d = await bundled(page);
  await page.route('**/slow.json', async (route) => {
    await new Promise((r) => setTimeout(r, 4_000));
    await route.fulfill({ contentType: 'application/json', body: renamed(d, 'Slow link') });
  });
  await page.goto('./?lang=en&data=slow.json');
  await expect(page.locator('.load-progress')).toBeVisible();
  await dropFile(page, 'mine.json', renamed(d, 'My file'));
  await expect(page.locator('.dataset-title')).toHaveText('My file', { timeout: 15_000 });
  await page.waitForTimeout(5_000);
  await expect(page.locator('.dataset-title')).toHaveText('My file');
  expect(query(page).get('data')).toBeNull();
});

test('opening a local file over a ?data= dataset takes data= out of the link', async ({ page }) => {
  const d = await bundled(page);
  await page.route('**/linked.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: renamed(d, 'Linked') }),
  );
  await openApp(page, 'lang=en&data=linked.json');
  await expect(page.locator('.dataset-title')).toHaveText('Linked');
  expect(query(page).get('data')).toBe('linked.json');
  await dropFile(page, 'local.json', renamed(d, 'Local'));
  await expect(page.locator('.dataset-title')).toHaveText('Local');
  await expect.poll(() => query(page).get('data')).toBeNull();
  expect(query(page).get('lang')).toBe('en');
});

test('with site storage blocked the app starts, and choices apply without being remembered', async ({
  page,
}) => {
  // What Chromium does with cookies blocked for the site: reading localStorage throws.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await openApp(page, 'lang=en');
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await page.locator('.lang-switch').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});
