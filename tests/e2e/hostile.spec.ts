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
async function dropBuilt(page: Page, name: string, build: () => string): Promise<void> {
  const text = await page.evaluateHandle(build);
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
